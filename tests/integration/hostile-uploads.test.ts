// Hostile uploads at the data layer: oversize, a type disguised by its name, zip bombs, and file names that try
// to climb folders, hide characters or run on forever. Each is refused with its own reason and writes nothing,
// or is stored under a name that is safe to show and to send back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AttachmentError, addAttachment, type AttachmentProblem } from "@/lib/data/attachments";
import { ATTACHMENT_MAX_BYTES } from "@/lib/attachments/sniff";
import { loadWorld, makeProposal, removeFixtures, rowCounts, type World } from "../security/fixtures";
import { fixture, PNG_BYTES, zipBombDocx } from "../security/files";
import { actorByEmail } from "../support/actors";

let world: World;
let leader: Actor;

beforeAll(async () => {
  world = await loadWorld(db());
  leader = await actorByEmail("thanhvinh@demo.vn");
});
afterAll(() => removeFixtures(db()));

const text = (value: string) => new TextEncoder().encode(value) as Uint8Array<ArrayBuffer>;

/** A PNG that differs from every other one here (a byte after IEND), so no upload is a duplicate. */
let serial = 0;
function uniquePng(): Uint8Array<ArrayBuffer> {
  const png = PNG_BYTES();
  const out = new Uint8Array(png.length + 1);
  out.set(png);
  out[png.length] = ++serial % 256;
  return out;
}

async function expectRefused(fileName: string, bytes: Uint8Array<ArrayBuffer>, problem: AttachmentProblem) {
  const draft = await makeProposal(db(), world, "DRAFT");
  const before = await rowCounts(db());
  await expect(addAttachment(leader, draft.id, { fileName, bytes })).rejects.toSatisfy(
    (error) => error instanceof AttachmentError && error.problem === problem,
  );
  expect(await rowCounts(db())).toEqual(before);
}

async function storedName(fileName: string): Promise<string> {
  const draft = await makeProposal(db(), world, "DRAFT");
  const added = await addAttachment(leader, draft.id, { fileName, bytes: uniquePng() });
  return added.fileName;
}

describe("refused uploads write nothing", () => {
  it("a file over the size limit", async () => {
    await expectRefused("big.pdf", new Uint8Array(ATTACHMENT_MAX_BYTES + 1), "tooLarge");
  });

  it.each([
    [
      "a Windows program renamed to .pdf",
      "to-trinh.pdf",
      text("MZ\x90\x00\x03\x00\x00\x00 This program cannot be run in DOS mode"),
    ],
    ["an HTML page renamed to .png", "anh.png", text("<html><script>alert(document.cookie)</script></html>")],
    [
      "an SVG with a script renamed to .jpg",
      "anh.jpg",
      text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    ],
    ["a shell script renamed to .docx", "bao-cao.docx", text("#!/bin/sh\nrm -rf /\n")],
    ["a legacy .doc renamed to .docx", "cu.docx", fixture("legacy-word.doc")],
    ["a plain ZIP renamed to .docx", "nen.docx", fixture("plain-zip.docx")],
  ])("%s", async (_what, name, bytes) => {
    await expectRefused(name, bytes, "unsupported");
  });

  it("a Word file with macros renamed to .docx", async () => {
    await expectRefused("macro.docx", fixture("macro.docx"), "macro");
  });

  it("an empty file", async () => {
    await expectRefused("rong.pdf", new Uint8Array(0), "empty");
  });

  it("a .docx that unpacks to 250 MB of zeros (a zip bomb), and one that only claims to", async () => {
    const bomb = zipBombDocx(250 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(ATTACHMENT_MAX_BYTES);
    await expectRefused("bom.docx", bomb, "bomb");
    await expectRefused("noi-doi.docx", zipBombDocx(4_000_000_000, true), "bomb");
  });
});

describe("file names are made safe before they are stored", () => {
  it.each([
    ["../../etc/passwd", "passwd.png"],
    ["..\\..\\Windows\\System32\\cmd.exe", "cmd.exe.png"],
    ["/var/www/html/shell.php", "shell.php.png"],
    ["anh\u0000.php.png", "anh.php.png"],
    ["hoa-don\u202Egnp.exe", "hoa-dongnp.exe.png"],
    ["\u200B\u200Bẩn\uFEFF.png", "ẩn.png"],
    ["con\r\nSet-Cookie: x=1.png", "conSet-Cookie_ x=1.png"],
    ["....", "tep-dinh-kem.png"],
    ["", "tep-dinh-kem.png"],
    ['"; filename=evil.html', "_; filename=evil.html.png"],
  ])("%j → %j", async (raw, expected) => {
    expect(await storedName(raw)).toBe(expected);
  });

  it("a name of 10,000 characters is cut to 120, keeping the real type's extension", async () => {
    const name = await storedName(`${"Đ".repeat(10_000)}.png`);
    expect(Array.from(name)).toHaveLength(120);
    expect(name.endsWith(".png")).toBe(true);
  });

  it("a name with lone surrogates and every control character keeps only what can be shown", async () => {
    const raw = `a\uD800b${Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("")}c.png`;
    expect(await storedName(raw)).toBe("abc.png");
  });
});
