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
import type { Locale } from "@/lib/i18n/config";

export const CATALOGUES: Record<Locale, Record<string, unknown>> = {
  vi: {
    ...coreVi,
    workflow: workflowVi,
    attachments: attachmentsVi,
    answers: answersVi,
    duplicates: duplicatesVi,
  },
  en: {
    ...coreEn,
    workflow: workflowEn,
    attachments: attachmentsEn,
    answers: answersEn,
    duplicates: duplicatesEn,
  },
};
