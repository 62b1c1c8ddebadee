// What an uploaded file really is, judged from its bytes (never its name or the browser's Content-Type), the
// limits on attachments, and a file name that is safe to show and to send back. Pure; also used by the browser.
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/format";

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_MAX_COUNT = 5;
/**
 * What a DOCX or XLSX may expand to when opened (the sum of its parts' declared sizes). Office text compresses
 * about tenfold, so a 10 MB file of real content stays far below; a "zip bomb" (a few MB of zeros that unpack to
 * gigabytes in the reader's Word or Excel) does not.
 */
export const ATTACHMENT_MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export const ATTACHMENT_TYPES = {
  pdf: { mime: "application/pdf", label: "PDF", extensions: ["pdf"] },
  docx: {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "DOCX",
    extensions: ["docx"],
  },
  xlsx: {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "XLSX",
    extensions: ["xlsx"],
  },
  jpg: { mime: "image/jpeg", label: "JPG", extensions: ["jpg", "jpeg"] },
  png: { mime: "image/png", label: "PNG", extensions: ["png"] },
} as const satisfies Record<string, { mime: string; label: string; extensions: readonly string[] }>;

export type AttachmentKind = keyof typeof ATTACHMENT_TYPES;
const KINDS = Object.keys(ATTACHMENT_TYPES) as AttachmentKind[];

/** "PDF, DOCX, XLSX, JPG, PNG" — for messages that name what is accepted. */
export const ALLOWED_TYPE_LABELS = KINDS.map((kind) => ATTACHMENT_TYPES[kind].label).join(", ");

/** For <input accept>: a hint to the phone's file picker only; the server decides from the content. */
export const ATTACHMENT_ACCEPT = KINDS.flatMap((kind) => [
  ...ATTACHMENT_TYPES[kind].extensions.map((ext) => `.${ext}`),
  ATTACHMENT_TYPES[kind].mime,
]).join(",");

export type SniffResult =
  | { ok: true; kind: AttachmentKind; mime: string }
  | { ok: false; reason: "empty" | "unsupported" | "damaged" | "macro" | "bomb" };

export function kindOfMime(mime: string): AttachmentKind | null {
  return KINDS.find((kind) => ATTACHMENT_TYPES[kind].mime === mime) ?? null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function ascii(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}

/** Whether `needle` occurs within the last `window` bytes. */
function inTail(bytes: Uint8Array, needle: readonly number[], window: number): boolean {
  for (let i = bytes.length - needle.length; i >= Math.max(0, bytes.length - window); i--) {
    if (startsWith(bytes, needle, i)) return true;
  }
  return false;
}

const PDF = ascii("%PDF-");
const PDF_EOF = ascii("%%EOF");
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_IHDR = [0, 0, 0, 13, ...ascii("IHDR")];
const PNG_IEND = [...ascii("IEND"), 0xae, 0x42, 0x60, 0x82];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function kind(k: AttachmentKind): SniffResult {
  return { ok: true, kind: k, mime: ATTACHMENT_TYPES[k].mime };
}

export function sniffFile(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  // A file cut short (a dropped connection on a phone) keeps its header but loses its end: check both.
  // The 1,024-byte window for the PDF trailer is the tolerance PDF readers themselves allow.
  if (startsWith(bytes, PDF))
    return inTail(bytes, PDF_EOF, 1024) ? kind("pdf") : { ok: false, reason: "damaged" };
  if (startsWith(bytes, PNG)) {
    const whole = startsWith(bytes, PNG_IHDR, 8) && inTail(bytes, PNG_IEND, 1024);
    return whole ? kind("png") : { ok: false, reason: "damaged" };
  }
  if (startsWith(bytes, JPEG)) {
    // Phones append data after the end-of-image marker, so it need not be last — but it must be there.
    return hasJpegEnd(bytes) ? kind("jpg") : { ok: false, reason: "damaged" };
  }
  if (startsWith(bytes, ZIP)) return sniffOfficeZip(bytes);
  return { ok: false, reason: "unsupported" };
}

function hasJpegEnd(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 2; i > 2; i--) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  }
  return false;
}

function sniffOfficeZip(bytes: Uint8Array): SniffResult {
  const parts = zipEntries(bytes);
  if (!parts) return { ok: false, reason: "damaged" };
  const names = parts.map((part) => part.name);
  // Part names in Office packages are case-insensitive (OPC).
  const entries = new Set(names.map((name) => name.toLowerCase()));
  if (!entries.has("[content_types].xml")) return { ok: false, reason: "unsupported" };
  const isDocx = entries.has("word/document.xml");
  const isXlsx = entries.has("xl/workbook.xml");
  if (isDocx === isXlsx) return { ok: false, reason: "unsupported" };
  // A .docm/.xlsm renamed: its macros would travel to every official who opens it.
  if ([...entries].some((name) => name.endsWith("vbaproject.bin"))) return { ok: false, reason: "macro" };
  const unpacked = parts.reduce((sum, part) => sum + part.uncompressedSize, 0);
  if (unpacked > ATTACHMENT_MAX_UNPACKED_BYTES) return { ok: false, reason: "bomb" };
  return kind(isDocx ? "docx" : "xlsx");
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;

/**
 * The entry names listed in a ZIP's central directory, or null when the archive is truncated or malformed.
 * Reads only the directory (APPNOTE 4.3.12–4.3.16); nothing is decompressed, so a zip bomb costs nothing.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  return zipEntries(bytes)?.map((entry) => entry.name) ?? null;
}

/**
 * The central directory's entries with their declared uncompressed sizes (Infinity when kept in a ZIP64
 * extra field), so a reader can refuse an archive that would unpack to far more than it weighs.
 */
export function zipEntries(bytes: Uint8Array): { name: string; uncompressedSize: number }[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last thing in the file, followed only by a comment of at most 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD && i + 22 + view.getUint16(i + 20, true) <= bytes.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) return null; // multi-disk
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let start = view.getUint32(eocd + 16, true);
  let directoryEnd = eocd;
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD) return null;
    count = Number(view.getBigUint64(record + 32, true));
    size = Number(view.getBigUint64(record + 40, true));
    start = Number(view.getBigUint64(record + 48, true));
    directoryEnd = record;
  }
  if (start + size > directoryEnd) return null;
  const entries: { name: string; uncompressedSize: number }[] = [];
  const decoder = new TextDecoder();
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > start + size || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > start + size) return null;
    // Each entry must point at a real local header before the directory (0xffffffff: offset kept in ZIP64 extra).
    const local = view.getUint32(at + 42, true);
    if (local !== 0xffffffff && (local + 30 > start || view.getUint32(local, true) !== LOCAL)) return null;
    const unpacked = view.getUint32(at + 24, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      uncompressedSize: unpacked === 0xffffffff ? Infinity : unpacked,
    });
    at = next;
  }
  return entries;
}

const MAX_NAME_LENGTH = 120;
const FALLBACK_NAME = "tep-dinh-kem";
const KNOWN_EXTENSIONS = new Set<string>(KINDS.flatMap((k) => [...ATTACHMENT_TYPES[k].extensions]));

// Control characters, C1 controls, zero-width and bidirectional marks ("invoice\u202Efdp.exe" shows as ".pdf").
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The user's file name made safe to show and to send in Content-Disposition: no folders, no control or
 * direction characters, no characters Windows refuses, at most 120 characters, and the extension of the type
 * the content really is (a PNG called "scan.pdf" becomes "scan.png").
 */
export function sanitizeFileName(raw: string, kind: AttachmentKind): string {
  const lastSegment = raw.normalize("NFC").split(/[\\/]/).pop() ?? "";
  let stem = lastSegment
    .replace(LONE_SURROGATE, "")
    .replace(INVISIBLE, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim();
  const extensions: readonly string[] = ATTACHMENT_TYPES[kind].extensions;
  let extension: string = extensions[0] ?? kind;
  const dot = stem.lastIndexOf(".");
  const typed = dot >= 0 ? stem.slice(dot + 1).toLowerCase() : "";
  if (extensions.includes(typed)) extension = typed;
  if (KNOWN_EXTENSIONS.has(typed)) stem = stem.slice(0, dot);
  const room = MAX_NAME_LENGTH - extension.length - 1;
  stem = Array.from(stem).slice(0, room).join("");
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, "");
  return `${stem || FALLBACK_NAME}.${extension}`;
}

/** `attachment; filename="…"; filename*=UTF-8''…` — an ASCII fallback and the exact name (RFC 6266, 5987). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName.replace(LONE_SURROGATE, "")).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** 1,2 MB / 340 KB / 512 B — binary units, numbers written the reader's way. */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
}
