// The authorization matrix over HTTP, on the production build: every page and route handler of
// tests/security/authorization-table.ts requested by every role and by an anonymous visitor. Each gets exactly
// what the table says — the page, 404, 401/403 JSON or the way to sign in — never a 500, and a refusal never
// carries the record. Needs the e2e server on a PostgreSQL server (TEST_DATABASE_URL) to set up its records.
import { expect, test, type APIRequestContext } from "@playwright/test";
import {
  HTTP_OPERATIONS,
  HTTP_ROLE_KEYS,
  ROLES,
  httpExpectation,
  type HttpOperation,
  type HttpRoleKey,
} from "../security/authorization-table";
import { loadWorld, makeNotice, makeProposal, removeFixtures } from "../security/fixtures";
import { fixture } from "../security/files";
import { BASE_URL, clientFor, serverDatabase } from "./security-support";

const db = serverDatabase();
test.skip(!db, "sets up its records in the e2e server's PostgreSQL database (run with TEST_DATABASE_URL)");

let places: Record<string, string> = {};
let secrets: string[] = [];

test.beforeAll(async () => {
  if (!db) return;
  const world = await loadWorld(db, "HELD");
  const proposal = await makeProposal(db, world, "ASSIGNED", {
    title: `Kiến nghị riêng của xã A ${Date.now()}`,
  });
  const draft = await makeProposal(db, world, "DRAFT", { title: `Bản nháp riêng của xã A ${Date.now()}` });
  const notice = await makeNotice(db, world);
  const report = await db.generatedReport.create({
    data: {
      kind: "register",
      title: "Sổ theo dõi SEC",
      fileName: "so.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      data: fixture("sample.xlsx"),
      createdById: world.users.coordinator.id,
    },
    select: { id: true },
  });
  places = {
    proposalA: encodeURIComponent(proposal.ref),
    draftA: draft.ref,
    draftIdA: String(draft.id),
    attachmentA: String(proposal.attachmentId),
    sessionId: String(world.sessionId),
    noticeId: String(notice.noticeId),
    reportId: String(report.id),
    userId: String(world.users.officerY.id),
  };
  const titles = await db.proposal.findMany({
    where: { id: { in: [proposal.id, draft.id] } },
    select: { title: true },
  });
  secrets = [...titles.map((row) => row.title), proposal.noteBody];
});

test.afterAll(async () => {
  if (!db) return;
  await removeFixtures(db);
  await db.$disconnect();
});

function fill(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => places[name] ?? `missing-${name}`);
}

async function send(client: APIRequestContext, op: HttpOperation) {
  const url = fill(op.path);
  const options = { maxRedirects: 0, headers: { origin: BASE_URL } };
  if (op.method === "GET") return client.get(url, options);
  if (op.method === "DELETE") return client.delete(url, options);
  return client.post(url, {
    ...options,
    multipart: {
      file: { name: "bien-ban.png", mimeType: "image/png", buffer: Buffer.from(fixture("sample.png")) },
    },
  });
}

/** What the response was, in the table's words. */
async function outcome(response: Awaited<ReturnType<typeof send>>): Promise<string> {
  const status = response.status();
  if (status >= 500) return `server error ${status}`;
  if (status >= 200 && status < 300) return "ok";
  if (status === 404) return "not-found";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status >= 300 && status < 400) {
    const location = response.headers()["location"] ?? "";
    return new URL(location, BASE_URL).pathname === "/sign-in" ? "sign-in" : `redirect to ${location}`;
  }
  return `status ${status}`;
}

for (const role of HTTP_ROLE_KEYS) {
  test(`every page and route handler answers ${role === "anonymous" ? "an anonymous visitor" : ROLES[role].label} as the matrix says`, async () => {
    const client = await clientFor(role === "anonymous" ? null : ROLES[role].email);
    const actual: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const op of HTTP_OPERATIONS) {
      const response = await send(client, op);
      actual[op.id] = await outcome(response);
      expected[op.id] = httpExpectation(op, role as HttpRoleKey);
      if (actual[op.id] !== "ok") {
        const body = await response.text();
        for (const secret of secrets)
          expect(body, `${op.id} must not carry the record`).not.toContain(secret);
      }
    }
    expect(actual).toEqual(expected);
    await client.dispose();
  });
}

test("malformed and out-of-range addresses answer 404 or the list, never 500", async () => {
  // Escapes that Next.js decodes into a broken one ("%25E0" → "%E0"), ids beyond PostgreSQL's int, a NUL in a
  // search: each once gave a 500. (A raw broken escape in a dynamic segment, "/proposals/%E0%A4%A", is refused
  // by Next.js itself before any of our code runs; see docs/security.md.)
  const cases: [keyof typeof ROLES, string, number][] = [
    ["communeA", "/proposals/%25E0%25A4%25A", 404],
    ["communeA", "/proposals/%25E0%25A4%25A/receipt", 404],
    ["communeA", "/proposals/%25E0%25A4%25A/edit", 404],
    ["communeA", "/proposals/draft-9999999999", 404],
    ["communeA", "/proposals/%00", 404],
    ["communeA", "/proposals/draft-9999999999/edit", 404],
    ["communeA", `/proposals/${"x".repeat(3000)}`, 404],
    ["communeA", "/api/attachments/99999999999", 404],
    ["communeA", "/api/attachments/1e3", 404],
    ["coordinator", "/sessions/abc", 404],
    ["coordinator", "/sessions/99999999999/edit", 404],
    ["coordinator", "/conclusions/99999999999", 404],
    ["coordinator", "/api/reports/-1", 404],
    ["admin", "/admin/users/99999999999", 404],
    ["coordinator", "/proposals?session=99999999999&page=999999999&field=abc", 200],
    ["coordinator", "/proposals?q=%00%25_'", 200],
    ["admin", "/admin/users?q=%00&page=-1&role=ROOT", 200],
  ];
  const clients = new Map<string, APIRequestContext>();
  for (const [role, path, status] of cases) {
    if (!clients.has(role)) clients.set(role, await clientFor(ROLES[role].email));
    const response = await clients.get(role)!.get(path, { maxRedirects: 0 });
    expect(response.status(), `${role} ${path}`).toBe(status);
  }
  for (const client of clients.values()) await client.dispose();
});
