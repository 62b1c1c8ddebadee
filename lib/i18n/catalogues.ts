// The message catalogues: the core file per language plus one file per feature (messages/<feature>.<lang>.json),
// merged under the feature's name, so features can add their texts without touching each other's files.
import coreVi from "@/messages/vi.json";
import coreEn from "@/messages/en.json";
import workflowVi from "@/messages/workflow.vi.json";
import workflowEn from "@/messages/workflow.en.json";
import attachmentsVi from "@/messages/attachments.vi.json";
import attachmentsEn from "@/messages/attachments.en.json";
import answersVi from "@/messages/answers.vi.json";
import answersEn from "@/messages/answers.en.json";
import duplicatesVi from "@/messages/duplicates.vi.json";
import duplicatesEn from "@/messages/duplicates.en.json";
import monitoringVi from "@/messages/monitoring.vi.json";
import monitoringEn from "@/messages/monitoring.en.json";
import settingsVi from "@/messages/settings.vi.json";
import settingsEn from "@/messages/settings.en.json";
import emailVi from "@/messages/email.vi.json";
import emailEn from "@/messages/email.en.json";
import dashboardVi from "@/messages/dashboard.vi.json";
import dashboardEn from "@/messages/dashboard.en.json";
import reportsVi from "@/messages/reports.vi.json";
import reportsEn from "@/messages/reports.en.json";
import adminVi from "@/messages/admin.vi.json";
import adminEn from "@/messages/admin.en.json";
import sessionsVi from "@/messages/sessions.vi.json";
import sessionsEn from "@/messages/sessions.en.json";
import conclusionsVi from "@/messages/conclusions.vi.json";
import conclusionsEn from "@/messages/conclusions.en.json";
import importsVi from "@/messages/imports.vi.json";
import importsEn from "@/messages/imports.en.json";
import type { Locale } from "@/lib/i18n/config";

export const CATALOGUES: Record<Locale, Record<string, unknown>> = {
  vi: {
    ...coreVi,
    workflow: workflowVi,
    attachments: attachmentsVi,
    answers: answersVi,
    duplicates: duplicatesVi,
    dashboard: dashboardVi,
    reports: reportsVi,
    monitoring: monitoringVi,
    settings: settingsVi,
    email: emailVi,
    sessions: sessionsVi,
    conclusions: conclusionsVi,
    imports: importsVi,
    admin: adminVi,
  },
  en: {
    ...coreEn,
    workflow: workflowEn,
    attachments: attachmentsEn,
    answers: answersEn,
    duplicates: duplicatesEn,
    dashboard: dashboardEn,
    reports: reportsEn,
    monitoring: monitoringEn,
    settings: settingsEn,
    email: emailEn,
    sessions: sessionsEn,
    conclusions: conclusionsEn,
    imports: importsEn,
    admin: adminEn,
  },
};
