// Hostile uploads over HTTP, on the production build: each refused with its own message and nothing stored; a
// path-like, direction-reversed name is cleaned; the download is an attachment with a safe name and nosniff.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadWorld, makeProposal, removeFixtures } from "../security/fixtures";
import { fixture, zipBombDocx } from "../security/files";
import type { Db } from "../../lib/prisma-client";
import { BASE_URL, clientFor, serverDatabase } from "./security-support";

const db = serverDatabase() as Db;
test.skip(!db, "sets up its draft in the e2e server's PostgreSQL database (run with TEST_DATABASE_URL)");

let leader: APIRequestContext;
let draftId: number;

test.beforeAll(async () => {
  if (!db) return;
  const world = await loadWorld(db, "HELD");
  draftId = (await makeProposal(db, world, "DRAFT")).id;
  // The fixture's own attachment goes: the draft starts empty.
  await db.attachment.deleteMany({ where: { proposalId: draftId } });
  leader = await clientFor("thanhvinh@demo.vn");
});

test.afterAll(async () => {
  if (!db) return;
  await leader?.dispose();
  await removeFixtures(db);
  await db.$disconnect();
});

function upload(name: string, bytes: Uint8Array, headers: Record<string, string> = { origin: BASE_URL }) {
  return leader.post(`/api/proposals/${draftId}/attachments`, {
    headers,
    multipart: { file: { name, mimeType: "application/pdf", buffer: Buffer.from(bytes) } },
  });
}

async function expectRefused(response: Awaited<ReturnType<typeof upload>>, status: number, message: RegExp) {
  expect(response.status()).toBe(status);
  expect(((await response.json()) as { error: string }).error).toMatch(message);
  expect(await db.attachment.count({ where: { proposalId: draftId } })).toBe(0);
}

test("oversize, disguised, macro-laden, bomb and cross-site uploads are refused with a clear message", async () => {
  await expectRefused(await upload("lon.pdf", new Uint8Array(10 * 1024 * 1024 + 1)), 413, /lớn hơn 10 MB/);
  await expectRefused(
    await upload("to-trinh.pdf", fixture("program-renamed.pdf")),
    415,
    /Chỉ nhận tệp PDF, DOCX, XLSX, JPG, PNG/,
  );
  await expectRefused(await upload("bao-cao.docx", fixture("macro.docx")), 415, /macro/);
  await expectRefused(await upload("bom.docx", zipBombDocx(300 * 1024 * 1024, true)), 413, /200 MB/);
  await expectRefused(await upload("rong.pdf", new Uint8Array(0)), 400, /\S/);
  await expectRefused(
    await upload("anh.png", fixture("sample.png"), { origin: "https://evil.example" }),
    403,
    /\S/,
  );
  // A body longer than any allowed file is refused from its Content-Length, before it is read.
  const huge = await leader.post(`/api/proposals/${draftId}/attachments`, {
    headers: { origin: BASE_URL, "content-type": "multipart/form-data; boundary=x" },
    data: Buffer.alloc(11 * 1024 * 1024),
  });
  expect(huge.status()).toBe(413);
});

test("a path-like, direction-reversed file name is cleaned, and the download is a safe attachment", async () => {
  const response = await upload("../../etc/passwd\u202Egnp.exe", fixture("sample.png"));
  expect(response.status()).toBe(201);
  const stored = (await response.json()) as { id: number; fileName: string; mimeType: string };
  expect(stored.fileName).toBe("passwdgnp.exe.png");
  expect(stored.mimeType).toBe("image/png");

  const download = await leader.get(`/api/attachments/${stored.id}`);
  expect(download.status()).toBe(200);
  const headers = download.headers();
  expect(headers["content-type"]).toBe("image/png");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["content-disposition"]).toBe(
    `attachment; filename="passwdgnp.exe.png"; filename*=UTF-8''passwdgnp.exe.png`,
  );
  expect(headers["cache-control"]).toContain("no-store");
});
