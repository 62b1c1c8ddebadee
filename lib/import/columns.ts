// The shape of the proposals spreadsheet: its limits, its columns and the header names recognised for them.
// Pure; shared by the template writer, the reader and the pages that explain the format.

/** Largest upload accepted (the file as sent). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Largest total of the workbook's parts once unpacked: a 5 MB zip may not open into gigabytes. */
export const IMPORT_MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Most proposal rows in one file: a large session has about a thousand; beyond this, split the file. */
export const IMPORT_MAX_ROWS = 10_000;

export const IMPORT_COLUMNS = ["stt", "commune", "field", "title", "content"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Header texts of the template, in the program's language (the file is a working document in Vietnamese). */
export const TEMPLATE_HEADERS: Record<ImportColumn, string> = {
  stt: "STT",
  commune: "Xã/phường (tên hoặc mã)",
  field: "Lĩnh vực",
  title: "Tiêu đề",
  content: "Nội dung",
};

/** Columns a file must have; STT is only a help for people and may be left out. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ["commune", "field", "title", "content"];

/**
 * Lower case, no Vietnamese diacritics (đ → d), anything but letters and digits as single spaces. Used to
 * compare header names and, as a last resort, commune and field names ("Hòa" and "Hoà" are the same word).
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// Folded header names accepted per column (a note in brackets after the name is ignored).
const HEADER_NAMES: Record<ImportColumn, readonly string[]> = {
  stt: ["stt", "so tt", "so thu tu", "tt", "no", "number"],
  commune: [
    "xa phuong",
    "xa phuong thi tran",
    "xa",
    "don vi",
    "ten xa phuong",
    "ma xa phuong",
    "commune",
    "commune ward",
    "unit",
  ],
  field: ["linh vuc", "field"],
  title: ["tieu de", "tieu de kien nghi", "ten kien nghi", "title"],
  content: ["noi dung", "noi dung kien nghi", "content"],
};

/** Which column a header cell names, or null. */
export function columnOfHeader(header: string): ImportColumn | null {
  const name = fold(header.replace(/\([^)]*\)/g, " "));
  if (!name) return null;
  return IMPORT_COLUMNS.find((column) => HEADER_NAMES[column].includes(name)) ?? null;
}
