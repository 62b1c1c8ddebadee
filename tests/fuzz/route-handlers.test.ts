// Fuzz: the route handlers (attachment upload, download and removal, report download) called with generated
// ids, callers, origins, lengths, bodies and file names, 1,000 requests each. Every answer is an expected status
// with a JSON message from both catalogues; a refusal writes nothing; a download is always an attachment.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { POST as upload } from "@/app/api/proposals/[id]/attachments/route";
import { DELETE as removeFile, GET as download } from "@/app/api/attachments/[id]/route";
import { GET as downloadReport } from "@/app/api/reports/[id]/route";
import { makeProposal, removeFixtures, rowCounts } from "../security/fixtures";
import { fixture, zipBombDocx } from "../security/files";
import { hostileText, RUNS } from "./support/harness";
import { fuzzState } from "./support/state";
import { fuzzWorld, type FuzzWorld } from "./support/world";

let w: FuzzWorld;
let drafts: number[];
let attachments: number[];
let reports: number[];
beforeAll(async () => {
  w = await fuzzWorld();
  const made = await Promise.all(Array.from({ length: 6 }, () => makeProposal(db(), w, "DRAFT")));
  const assigned = await Promise.all(Array.from({ length: 6 }, () => makeProposal(db(), w, "ASSIGNED")));
  drafts = made.map((draft) => draft.id);
  attachments = [...made, ...assigned].map((proposal) => proposal.attachmentId);
  const report = await db().generatedReport.create({
    data: {
      kind: "register",
      title: "Sổ SEC",
      fileName: "so.xlsx",
      mimeType: "text/html",
      data: new Uint8Array([60, 104]),
      createdById: w.users.coordinator.id,
    },
    select: { id: true },
  });
  reports = [report.id];
});
afterAll(() => removeFixtures(db()));

const ORIGIN = "http://localhost:3000";
const caller = () =>
  fc.constantFrom<keyof FuzzWorld["actors"] | null>(
    null,
    "communeA",
    "communeB",
    "coordinator",
    "officerX",
    "committee",
  );
const idParam = (known: () => number[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known().map(String)) },
    { weight: 2, arbitrary: hostileText },
  );

const fileBytes = fc.oneof(
  fc.constantFrom(
    fixture("sample.png"),
    fixture("sample.pdf"),
    fixture("sample.docx"),
    fixture("macro.docx"),
    fixture("legacy-word.doc"),
    fixture("truncated.pdf"),
    zipBombDocx(300 * 1024 * 1024, true),
    new Uint8Array(0),
  ),
  fc.uint8Array({ maxLength: 2048 }),
);

const uploadRequest = () =>
  fc.record({
    actor: caller(),
    id: idParam(() => drafts),
    origin: fc.constantFrom<string | null>(
      ORIGIN,
      ORIGIN,
      ORIGIN,
      "http://evil.example",
      "null",
      "not a url",
      null,
    ),
    length: fc.constantFrom("actual", "actual", "actual", "missing", "abc", "-1", "99999999999", "10"),
    body: fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          kind: fc.constant("file" as const),
          bytes: fileBytes,
          name: fc.oneof(
            fc.constantFrom("a.png", "../../etc/passwd", "x\u0000.pdf", "\u202Egnp.exe"),
            hostileText,
          ),
        }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant("text" as const), value: hostileText }) },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant("garbage" as const),
          bytes: fc.uint8Array({ maxLength: 512 }),
        }),
      },
    ),
  });

type Json = { error?: string };

function as(actor: keyof FuzzWorld["actors"] | null): Actor | null {
  return actor ? w.actors[actor] : null;
}

async function expectJsonRefusal(response: Response) {
  expect(response.headers.get("content-type")).toContain("application/json");
  const body = (await response.json()) as Json;
  expect(body.error).toMatch(/\S/);
  expect(body.error).not.toMatch(/^[a-z]+(\.[A-Za-z-]+)+$/); // a text, not a raw catalogue key
}

type UploadInput = ReturnType<typeof uploadRequest> extends fc.Arbitrary<infer T> ? T : never;

async function buildUpload(input: UploadInput) {
  let body: Uint8Array;
  let type = "multipart/form-data; boundary=----x";
  if (input.body.kind === "garbage") body = input.body.bytes;
  else {
    const data = new FormData();
    if (input.body.kind === "file") data.append("file", new File([input.body.bytes], input.body.name));
    else data.append("file", input.body.value);
    const encoded = new Response(data);
    type = encoded.headers.get("content-type")!;
    body = new Uint8Array(await encoded.arrayBuffer());
  }
  const headers = new Headers({ host: "localhost:3000", "content-type": type });
  if (input.origin !== null) headers.set("origin", input.origin);
  if (input.length === "actual") headers.set("content-length", String(body.byteLength));
  else if (input.length !== "missing") headers.set("content-length", input.length);
  return new Request(`${ORIGIN}/api/proposals/x/attachments`, {
    method: "POST",
    headers,
    body: body as BodyInit,
  });
}

const context = (id: string) => ({ params: Promise.resolve({ id }) });

describe("fuzz: route handlers", () => {
  it("POST /api/proposals/[id]/attachments", async () => {
    await fc.assert(
      fc.asyncProperty(uploadRequest(), async (input) => {
        fuzzState.actor = as(input.actor);
        fuzzState.missingKeys.clear();
        const before = await rowCounts(db());
        const response = await upload(await buildUpload(input), context(input.id));
        expect([200, 201, 400, 401, 403, 404, 411, 413, 415]).toContain(response.status);
        expect([...fuzzState.missingKeys]).toEqual([]);
        if (response.status >= 400) {
          await expectJsonRefusal(response);
          expect(await rowCounts(db())).toEqual(before);
        } else {
          // Keep room under the five-file limit for the next runs.
          const { id } = (await response.json()) as { id: number };
          await db().attachment.delete({ where: { id } });
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it("GET and DELETE /api/attachments/[id]", async () => {
    const request = fc.record({
      actor: caller(),
      id: idParam(() => attachments),
      method: fc.constantFrom("GET", "GET", "DELETE"),
      origin: fc.constantFrom<string | null>(ORIGIN, "http://evil.example", null),
    });
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        fuzzState.actor = as(input.actor);
        fuzzState.missingKeys.clear();
        const headers = new Headers({ host: "localhost:3000" });
        if (input.origin) headers.set("origin", input.origin);
        const req = new Request(`${ORIGIN}/api/attachments/x`, { method: input.method, headers });
        const before = await rowCounts(db());
        const response = await (input.method === "GET" ? download : removeFile)(req, context(input.id));
        expect([200, 401, 403, 404]).toContain(response.status);
        expect([...fuzzState.missingKeys]).toEqual([]);
        if (response.status !== 200) {
          await expectJsonRefusal(response);
          expect(await rowCounts(db())).toEqual(before);
        } else if (input.method === "GET") {
          expect(response.headers.get("content-disposition")).toMatch(
            /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''/,
          );
          expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it("GET /api/reports/[id]", async () => {
    const request = fc.record({ actor: caller(), id: idParam(() => reports) });
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        fuzzState.actor = as(input.actor);
        fuzzState.missingKeys.clear();
        const response = await downloadReport(new Request(`${ORIGIN}/api/reports/x`), context(input.id));
        expect([200, 401, 404]).toContain(response.status);
        expect([...fuzzState.missingKeys]).toEqual([]);
        if (response.status !== 200) return expectJsonRefusal(response);
        // A stored type outside the allow-list (text/html here) is never served as such.
        expect(response.headers.get("content-type")).toBe("application/octet-stream");
        expect(response.headers.get("content-disposition")).toMatch(/^attachment; /);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
