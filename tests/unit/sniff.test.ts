// Attachments are judged by their bytes: each accepted type is recognised, everything else is refused whatever
// its name, and the user's file name comes back safe to show and to download.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ALLOWED_TYPE_LABELS,
  ATTACHMENT_ACCEPT,
  contentDisposition,
  formatFileSize,
  sanitizeFileName,
  sniffFile,
  zipEntries,
  zipEntryNames,
} from "@/lib/attachments/sniff";
import { zipBombDocx } from "../security/files";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

describe("sniffFile", () => {
  it.each([
    ["sample.pdf", "pdf", "application/pdf"],
    ["sample.docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["sample.xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["sample.jpg", "jpg", "image/jpeg"],
    ["sample.png", "png", "image/png"],
  ])("recognises %s from its content", (name, kind, mime) => {
    expect(sniffFile(fixture(name))).toEqual({ ok: true, kind, mime });
  });

  it.each([
    ["program-renamed.pdf", "an executable named .pdf"],
    ["page-renamed.pdf", "an HTML page named .pdf"],
    ["drawing-renamed.png", "an SVG named .png"],
    ["legacy-word.doc", "an old binary Word file"],
    ["plain-zip.docx", "a ZIP that is neither DOCX nor XLSX (part names only in its comment)"],
  ])("refuses %s (%s) as unsupported", (name) => {
    expect(sniffFile(fixture(name))).toEqual({ ok: false, reason: "unsupported" });
  });

  it("refuses an empty file", () => {
    expect(sniffFile(fixture("empty.pdf"))).toEqual({ ok: false, reason: "empty" });
  });

  it.each(["truncated.docx", "truncated.pdf", "truncated.png"])("refuses %s as damaged", (name) => {
    expect(sniffFile(fixture(name))).toEqual({ ok: false, reason: "damaged" });
  });

  it("refuses a JPEG cut off before its end marker, and headers alone", () => {
    const jpg = fixture("sample.jpg");
    expect(sniffFile(jpg.subarray(0, jpg.length - 2))).toEqual({ ok: false, reason: "damaged" });
    expect(sniffFile(new Uint8Array([0xff, 0xd8, 0xff]))).toEqual({ ok: false, reason: "damaged" });
    expect(sniffFile(new TextEncoder().encode("%PDF-"))).toEqual({ ok: false, reason: "damaged" });
    expect(sniffFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toEqual({ ok: false, reason: "damaged" });
  });

  it("refuses a Word file carrying macros", () => {
    expect(sniffFile(fixture("macro.docx"))).toEqual({ ok: false, reason: "macro" });
  });

  it("accepts a JPEG with data after its end marker, as phones write them", () => {
    const jpg = fixture("sample.jpg");
    const withTrailer = new Uint8Array([...jpg, ...new TextEncoder().encode("SEFT trailer")]);
    expect(sniffFile(withTrailer)).toMatchObject({ ok: true, kind: "jpg" });
  });
});

describe("zip bombs", () => {
  it("refuses an Office file whose parts declare more than 200 MB unpacked, without unpacking anything", () => {
    expect(sniffFile(zipBombDocx(201 * 1024 * 1024, true))).toEqual({ ok: false, reason: "bomb" });
    expect(sniffFile(zipBombDocx(0xffffffff, true))).toEqual({ ok: false, reason: "bomb" });
  });

  it("reads each part's declared size from the central directory", () => {
    expect(zipEntries(zipBombDocx(12345, true))?.map((entry) => entry.uncompressedSize)).toEqual([29, 12345]);
    const sizes = zipEntries(fixture("sample.docx"))!.map((entry) => entry.uncompressedSize);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(10_000);
  });
});

describe("zipEntryNames", () => {
  it("reads the names from the central directory", () => {
    expect(zipEntryNames(fixture("sample.xlsx"))).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/worksheets/sheet1.xml",
    ]);
    expect(zipEntryNames(fixture("plain-zip.docx"))).toEqual(["readme.txt"]);
  });

  it("gives null for a truncated archive or one whose directory points outside the file", () => {
    expect(zipEntryNames(fixture("truncated.docx"))).toBeNull();
    const broken = fixture("sample.docx").slice();
    const view = new DataView(broken.buffer);
    view.setUint32(broken.length - 6, broken.length * 2, true); // directory offset beyond the end
    expect(zipEntryNames(broken)).toBeNull();
  });
});

describe("sanitizeFileName", () => {
  it("keeps a Vietnamese name as the user wrote it, composed (NFC)", () => {
    const decomposed = "Báo cáo kiến nghị.pdf".normalize("NFD"); // as macOS hands it over
    expect(sanitizeFileName(decomposed, "pdf")).toBe("Báo cáo kiến nghị.pdf");
  });

  it("drops folders and path tricks", () => {
    expect(sanitizeFileName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(sanitizeFileName("C:\\fakepath\\to-trinh.docx", "docx")).toBe("to-trinh.docx");
    expect(sanitizeFileName("..", "png")).toBe("tep-dinh-kem.png");
    expect(sanitizeFileName("", "png")).toBe("tep-dinh-kem.png");
  });

  it("removes control and direction characters and characters Windows refuses", () => {
    expect(sanitizeFileName("hoa\u0000don\r\n.pdf", "pdf")).toBe("hoadon.pdf");
    expect(sanitizeFileName("invoice\u202Efdp.exe", "pdf")).toBe("invoicefdp.exe.pdf");
    expect(sanitizeFileName('a<b>:"c"|d?*.xlsx', "xlsx")).toBe("a_b___c__d__.xlsx");
    expect(sanitizeFileName("  .hidden  ", "png")).toBe("hidden.png");
  });

  it("gives the extension of the real type", () => {
    expect(sanitizeFileName("scan.pdf", "png")).toBe("scan.png");
    expect(sanitizeFileName("photo.JPEG", "jpg")).toBe("photo.jpeg");
    expect(sanitizeFileName("bang-tong-hop", "xlsx")).toBe("bang-tong-hop.xlsx");
    expect(sanitizeFileName("setup.exe", "pdf")).toBe("setup.exe.pdf");
  });

  it("limits the length without splitting a character", () => {
    const name = sanitizeFileName(`${"Đề nghị hỗ trợ ".repeat(20)}.docx`, "docx");
    expect(Array.from(name).length).toBeLessThanOrEqual(120);
    expect(name.endsWith(".docx")).toBe(true);
    expect(name.startsWith("Đề nghị hỗ trợ")).toBe(true);
  });
});

describe("contentDisposition", () => {
  it("sends an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("Tờ trình đường (mới).pdf")).toBe(
      "attachment; filename=\"To trinh duong (moi).pdf\"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20%C4%91%C6%B0%E1%BB%9Dng%20%28m%E1%BB%9Bi%29.pdf",
    );
  });

  it("cannot be broken out of by quotes or semicolons", () => {
    expect(contentDisposition('a";b.pdf')).toBe(
      "attachment; filename=\"a__b.pdf\"; filename*=UTF-8''a%22%3Bb.pdf",
    );
  });
});

describe("the rules shown to users", () => {
  it("name the five accepted types and let the picker offer them", () => {
    expect(ALLOWED_TYPE_LABELS).toBe("PDF, DOCX, XLSX, JPG, PNG");
    expect(ATTACHMENT_ACCEPT).toContain(".docx");
    expect(ATTACHMENT_ACCEPT).toContain("image/jpeg");
  });

  it("write sizes the Vietnamese way", () => {
    expect(formatFileSize(1.2 * 1024 * 1024, "vi")).toBe("1,2 MB");
    expect(formatFileSize(10 * 1024 * 1024, "vi")).toBe("10 MB");
    expect(formatFileSize(1.2 * 1024 * 1024, "en")).toBe("1.2 MB");
    expect(formatFileSize(2560, "vi")).toBe("2,5 KB");
    expect(formatFileSize(512, "vi")).toBe("512 B");
  });
});
