// A dialogue session's register (sổ theo dõi) as .xlsx or CSV, for whoever may read the session's proposals:
// the file holds exactly the proposals the caller sees on screen, never more.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/permissions";
import { notFound } from "@/lib/errors";
import { proposalScope } from "@/lib/data/proposal-scope";
import { loadRegisterRows } from "@/lib/data/dashboard-register";
import { makeTranslate } from "@/lib/i18n/translate";
import { todayInVietnam } from "@/lib/calendar/today";
import { isoDateKey } from "@/lib/calendar/working-days";
import { fileSlug } from "@/lib/reports/document-parts";
import { REGISTER_COLUMNS, writeRegisterXlsx, type RegisterColumn } from "@/lib/reports/register-xlsx";
import { writeRegisterCsv } from "@/lib/reports/register-csv";

export const REGISTER_FORMATS = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;
export type RegisterFormat = keyof typeof REGISTER_FORMATS;

/** One session: the session column would repeat the same code on every row. */
export const SESSION_REGISTER_COLUMNS: readonly RegisterColumn[] = REGISTER_COLUMNS.filter(
  (column) => column !== "session",
);

// The register is an official working document: Vietnamese, whatever the reader's language.
const t = makeTranslate("vi");

/** Whether this role reads any proposals at all (and so may export its part of a register). */
export function mayExportRegister(actor: Actor): boolean {
  return (["proposal.read.all", "proposal.read.assigned", "proposal.read.own-unit"] as const).some(
    (capability) => can(actor.role, capability),
  );
}

export async function exportSessionRegister(
  actor: Actor,
  sessionId: number,
  format: RegisterFormat,
  now = new Date(),
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  if (!mayExportRegister(actor)) throw notFound();
  const session = await db().dialogueSession.findUnique({
    where: { id: sessionId },
    select: { code: true },
  });
  if (!session) throw notFound();
  const rows = await loadRegisterRows(
    { session: sessionId },
    // Communes read a reply once it has been sent to them; agencies and the province once it is approved.
    { visibleTo: proposalScope(actor), sentAnswersOnly: actor.role === "COMMUNE_LEADER" },
  );
  const headers = Object.fromEntries(
    REGISTER_COLUMNS.map((key) => [key, t(`reports.register.${key}`)]),
  ) as Record<RegisterColumn, string>;
  const title = t("reports.document.titleRegister", { name: session.code });
  const bytes =
    format === "xlsx"
      ? await writeRegisterXlsx({
          title,
          headers,
          rows,
          author: actor.name,
          columns: SESSION_REGISTER_COLUMNS,
        })
      : writeRegisterCsv({ headers, rows, columns: SESSION_REGISTER_COLUMNS });
  return {
    fileName: `${fileSlug(title)}_${isoDateKey(todayInVietnam(now))}.${format}`,
    mimeType: REGISTER_FORMATS[format],
    bytes,
  };
}
