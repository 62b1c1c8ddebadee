// Texts of the import pages built from several catalogue entries: a refused file, an earlier or finished import.
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { formatDateTime, formatNumber } from "@/lib/format";
import { formatFileSize } from "@/lib/attachments/sniff";
import {
  IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  IMPORT_MAX_UNPACKED_BYTES,
} from "@/lib/import/columns";
import type { BatchSummary } from "@/lib/data/import-batches";

/** Reasons a whole upload is refused, as they arrive in the import page's URL. */
export const FILE_ERRORS = [
  "empty",
  "noFile",
  "badRequest",
  "tooLarge",
  "notXlsx",
  "macro",
  "damaged",
  "tooBigUnpacked",
  "noSheet",
  "wrongColumns",
  "noRows",
  "tooManyRows",
  "sessionClosed",
] as const;

export function limitParams(locale: Locale) {
  return {
    size: formatFileSize(IMPORT_MAX_BYTES, locale),
    rows: formatNumber(IMPORT_MAX_ROWS, locale),
  };
}

/** The message for a refused file, or null for an unknown reason (a hand-edited URL). */
export function fileErrorMessage(t: Translate, locale: Locale, problem: string, missing = ""): string | null {
  if (!(FILE_ERRORS as readonly string[]).includes(problem)) return null;
  const params = {
    ...limitParams(locale),
    ...(problem === "tooBigUnpacked" ? { size: formatFileSize(IMPORT_MAX_UNPACKED_BYTES, locale) } : {}),
  };
  const text = t(`imports.errors.${problem}`, params);
  const columns = missing
    .split(",")
    .filter((column) => (IMPORT_COLUMNS as readonly string[]).includes(column))
    .map((column) => t(`imports.columnNames.${column}`));
  return problem === "wrongColumns" && columns.length > 0
    ? `${text} ${t("imports.errors.missingColumns", { columns: columns.join(", ") })}`
    : text;
}

export function codeRange(t: Translate, batch: BatchSummary): string {
  if (!batch.firstCode || !batch.lastCode) return "";
  return batch.firstCode === batch.lastCode
    ? batch.firstCode
    : t("imports.codeRange", { first: batch.firstCode, last: batch.lastCode });
}

/** "already imported … by …" or "imported N proposals …". */
export function batchMessage(
  t: Translate,
  locale: Locale,
  key: "imports.already" | "imports.done",
  batch: BatchSummary,
): string {
  return t(key, {
    when: formatDateTime(batch.createdAt),
    by: batch.createdBy,
    count: formatNumber(batch.rowCount, locale),
    file: batch.fileName,
    codes: codeRange(t, batch),
  });
}
