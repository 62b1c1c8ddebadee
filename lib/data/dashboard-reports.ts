// Official reports from the dashboard's figures: make one (.docx or .xlsx), keep it with who and when, list, read.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/permissions";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import { todayInVietnam } from "@/lib/calendar/today";
import { makeTranslate } from "@/lib/i18n/translate";
import { parseDashboardFilters, type DashboardFilters } from "@/lib/schemas/dashboard";
import { parseTheme, REPORT_KINDS, type ReportRequest } from "@/lib/schemas/report";
import { getDashboard } from "@/lib/data/dashboard";
import { loadDashboardOptions } from "@/lib/data/dashboard-options";
import { loadRegisterRows } from "@/lib/data/dashboard-register";
import { buildReportDocument } from "@/lib/reports/report-content";
import { writeReportDocx } from "@/lib/reports/report-docx";
import { REGISTER_COLUMNS, writeRegisterXlsx } from "@/lib/reports/register-xlsx";
import { fileSlug } from "@/lib/reports/document-parts";
import { isoDateKey } from "@/lib/calendar/working-days";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const t = makeTranslate("vi");
const k = (key: string, params?: Record<string, string | number>) => t(`reports.document.${key}`, params);

function assertReports(actor: Actor): void {
  if (!can(actor.role, "report.generate")) throw forbidden();
}

/** What a thematic report is about, named the way the report's subject line names it. */
async function themeOf(
  theme: string | undefined,
): Promise<{ filters: Partial<DashboardFilters>; subject: string; name: string }> {
  const picked = parseTheme(theme);
  const options = await loadDashboardOptions();
  if (picked.field) {
    const field = options.fields.find((f) => f.id === picked.field);
    if (field)
      return {
        filters: { field: field.id },
        subject: k("subjectField", { name: field.label }),
        name: field.label,
      };
  }
  if (picked.agency) {
    const agency = options.agencies.find((a) => a.id === picked.agency);
    if (agency)
      return {
        filters: { agency: agency.id },
        subject: k("subjectAgency", { name: agency.label }),
        name: agency.label,
      };
  }
  if (picked.session) {
    const session = await db().dialogueSession.findUnique({
      where: { id: picked.session },
      select: { id: true, code: true, title: true },
    });
    if (session)
      return {
        filters: { session: session.id },
        subject: k("subjectSession", { name: session.title }),
        name: session.code,
      };
  }
  throw new ExpectedError("invalid", "reports.errors.theme");
}

type Made = { kind: string; title: string; fileName: string; mimeType: string; bytes: Buffer };

async function makeWordReport(actor: Actor, request: ReportRequest, now: Date): Promise<Made> {
  const date = request.date ? new Date(`${request.date}T00:00:00.000Z`) : todayInVietnam(now);
  let filters: DashboardFilters = parseDashboardFilters({});
  let subject: string;
  let title: string;
  if (request.kind === "annual") {
    const year = request.year!;
    filters = { ...filters, from: `${year}-01-01`, to: `${year}-12-31` };
    subject = k("subjectAnnual", { year });
    title = k("titleAnnual", { year });
  } else {
    const theme = await themeOf(request.theme);
    filters = { ...filters, ...theme.filters };
    subject = theme.subject;
    title = k("titleThematic", { name: theme.name });
  }
  const dashboard = await getDashboard(actor, filters, { now });
  const bytes = await writeReportDocx(buildReportDocument(dashboard, request, subject, date));
  return {
    kind: request.kind,
    title,
    fileName: `${fileSlug(title)}_${isoDateKey(date)}.docx`,
    mimeType: DOCX_MIME,
    bytes,
  };
}

async function makeRegister(actor: Actor, request: ReportRequest, now: Date): Promise<Made> {
  let name = request.year ? k("registerYear", { year: request.year }) : k("registerAll");
  if (request.session) {
    const session = await db().dialogueSession.findUnique({
      where: { id: request.session },
      select: { code: true },
    });
    if (!session) throw new ExpectedError("invalid", "reports.errors.theme");
    name = session.code;
  }
  const title = k("titleRegister", { name });
  const rows = await loadRegisterRows({
    session: request.session,
    year: request.session ? undefined : request.year,
  });
  const headers = Object.fromEntries(
    REGISTER_COLUMNS.map((key) => [key, t(`reports.register.${key}`)]),
  ) as Record<(typeof REGISTER_COLUMNS)[number], string>;
  const bytes = await writeRegisterXlsx({ title, headers, rows, author: actor.name });
  return {
    kind: "register",
    title,
    fileName: `${fileSlug(title)}_${isoDateKey(todayInVietnam(now))}.xlsx`,
    mimeType: XLSX_MIME,
    bytes,
  };
}

/** Makes the report, keeps it (who, when, with which parameters) and returns its id. */
export async function generateReport(
  actor: Actor,
  request: ReportRequest,
  { now = new Date() }: { now?: Date } = {},
): Promise<{ id: number; title: string; fileName: string }> {
  assertReports(actor);
  const made =
    request.kind === "register"
      ? await makeRegister(actor, request, now)
      : await makeWordReport(actor, request, now);
  const saved = await db().generatedReport.create({
    data: {
      kind: made.kind,
      title: made.title,
      params: request as unknown as Prisma.InputJsonValue,
      fileName: made.fileName,
      mimeType: made.mimeType,
      data: new Uint8Array(made.bytes),
      createdById: actor.id,
    },
    select: { id: true, title: true, fileName: true },
  });
  return saved;
}

export type ReportListItem = {
  id: number;
  kind: string;
  title: string;
  fileName: string;
  createdAt: Date;
  createdBy: string;
};

/** The reports made so far, newest first (the most recent hundred). */
export async function listReports(actor: Actor): Promise<ReportListItem[]> {
  assertReports(actor);
  const rows = await db().generatedReport.findMany({
    where: { kind: { in: [...REPORT_KINDS] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      kind: true,
      title: true,
      fileName: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ createdBy, ...row }) => ({ ...row, createdBy: createdBy.name }));
}

/** One report's file, for download; outsiders get "not found" like a missing id. */
export async function readReport(
  actor: Actor,
  id: number,
): Promise<{ fileName: string; mimeType: string; data: Uint8Array<ArrayBuffer> }> {
  if (!can(actor.role, "report.generate")) throw notFound();
  const row = await db().generatedReport.findFirst({
    where: { id, kind: { in: [...REPORT_KINDS] } },
    select: { fileName: true, mimeType: true, data: true },
  });
  if (!row) throw notFound();
  const mimeType = [DOCX_MIME, XLSX_MIME].includes(row.mimeType) ? row.mimeType : "application/octet-stream";
  // The pg driver hands back a Buffer over an ordinary ArrayBuffer; the cast only says so to the Fetch types.
  return { fileName: row.fileName, mimeType, data: row.data as Uint8Array<ArrayBuffer> };
}
