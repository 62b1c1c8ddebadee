// Judges each row of a proposals spreadsheet against the session's reference data: which participating commune
// (by GSO code or name), which field, whether title and content meet the on-behalf form's limits, and whether
// it repeats an earlier row or a proposal already in the session. Pure: the data layer supplies the lists.
import { OnBehalfProposal } from "@/lib/schemas/session";
import { fold } from "@/lib/import/columns";
import type { RawRow } from "@/lib/import/read-workbook";

export type ImportUnit = { id: number; code: string; name: string };
export type ImportField = { id: number; code: string; name: string; nameEn: string };
/** A catalogue key under imports.rowErrors with its parameters. */
export type RowError = { key: string; params?: Record<string, string | number> };

export type CheckedRow = RawRow & {
  unit: ImportUnit | null;
  fieldRef: ImportField | null;
  errors: RowError[];
};

export type ImportReference = {
  /** the session's participating units */
  units: readonly ImportUnit[];
  /** active fields */
  fields: readonly ImportField[];
  /** proposalKey → reference code, for the session's proposals with the same titles */
  existing: ReadonlyMap<string, string>;
};

const PREFIX = /^(xã|phường|thị trấn|xa|phuong|thi tran)\s+/u;

function lowerName(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
}

/** Same commune, same title, same text (case and spacing aside): the same proposal. */
export function proposalKey(unit: number | string, title: string, content: string): string {
  return `${unit}\u0000${lowerName(title)}\u0000${lowerName(content)}`;
}

function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k) map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}

type Match<T> = { found: T } | { ambiguous: T[] } | null;

/** The first level of matching that gives exactly one candidate wins; several at a level is ambiguous. */
function firstUnique<T>(levels: (T[] | undefined)[]): Match<T> {
  for (const candidates of levels) {
    if (!candidates || candidates.length === 0) continue;
    return candidates.length === 1 ? { found: candidates[0]! } : { ambiguous: candidates };
  }
  return null;
}

function unitMatcher(units: readonly ImportUnit[]) {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const exact = indexBy(units, (unit) => lowerName(unit.name));
  const bare = indexBy(units, (unit) => lowerName(unit.name).replace(PREFIX, ""));
  const folded = indexBy(units, (unit) => fold(unit.name).replace(PREFIX, ""));
  return (text: string, isNumber: boolean): Match<ImportUnit> => {
    if (isNumber || /^\d{1,10}$/.test(text)) {
      // GSO commune codes have five digits; a number cell loses the leading zeros.
      const unit = byCode.get(text.padStart(5, "0")) ?? byCode.get(text);
      return unit ? { found: unit } : null;
    }
    const name = lowerName(text);
    return firstUnique([
      exact.get(name),
      bare.get(name.replace(PREFIX, "")),
      folded.get(fold(text).replace(PREFIX, "")),
    ]);
  };
}

function fieldMatcher(fields: readonly ImportField[]) {
  const byCode = new Map(fields.map((field) => [field.code.toUpperCase(), field]));
  const byName = indexBy(fields, (field) => fold(field.name));
  const byNameEn = indexBy(fields, (field) => fold(field.nameEn));
  return (text: string): Match<ImportField> => {
    const field = byCode.get(text.toUpperCase());
    if (field) return { found: field };
    return firstUnique([byName.get(fold(text)), byNameEn.get(fold(text))]);
  };
}

/** Title and content against the same limits as the coordinator's on-behalf form. */
function textErrors(row: RawRow): RowError[] {
  const errors: RowError[] = [];
  const checks = [
    ["title", row.title, OnBehalfProposal.shape.title],
    ["content", row.content, OnBehalfProposal.shape.content],
  ] as const;
  for (const [name, value, schema] of checks) {
    if (!value) {
      errors.push({ key: `${name}Missing` });
      continue;
    }
    const issue = schema.safeParse(value).error?.issues[0];
    if (!issue) continue;
    if (issue.code === "too_big")
      errors.push({ key: `${name}TooLong`, params: { max: Number(issue.maximum) } });
    else if (issue.code === "too_small")
      errors.push({ key: `${name}TooShort`, params: { min: Number(issue.minimum) } });
    else errors.push({ key: `${name}Invalid` });
  }
  return errors;
}

export function checkRows(rows: readonly RawRow[], reference: ImportReference): CheckedRow[] {
  const matchUnit = unitMatcher(reference.units);
  const matchField = fieldMatcher(reference.fields);
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const errors: RowError[] = [];
    let unit: ImportUnit | null = null;
    let fieldRef: ImportField | null = null;
    if (!row.commune) errors.push({ key: "communeMissing" });
    else {
      const match = matchUnit(row.commune, row.communeIsNumber);
      if (!match) errors.push({ key: "communeUnknown", params: { value: row.commune } });
      else if ("ambiguous" in match)
        errors.push({
          key: "communeAmbiguous",
          params: {
            value: row.commune,
            names: match.ambiguous.map((u) => `${u.name} (${u.code})`).join(", "),
          },
        });
      else unit = match.found;
    }
    // A field may be left empty: the coordinator classifies the proposal afterwards, as for on-behalf entries.
    if (row.field) {
      const match = matchField(row.field);
      if (match && "found" in match) fieldRef = match.found;
      else errors.push({ key: "fieldUnknown", params: { value: row.field } });
    }
    errors.push(...textErrors(row));
    if (row.title && row.content) {
      const key = proposalKey(unit ? unit.id : `?${fold(row.commune)}`, row.title, row.content);
      const earlier = seen.get(key);
      if (earlier !== undefined) errors.push({ key: "duplicateInFile", params: { line: earlier } });
      else seen.set(key, row.line);
      const code = unit ? reference.existing.get(key) : undefined;
      if (code) errors.push({ key: "alreadyInSession", params: { code } });
    }
    return { ...row, unit, fieldRef, errors };
  });
}
