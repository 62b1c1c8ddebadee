// The checks of two app instances behind a round-robin balancer: a session signed in on one is signed in on the
// other, a form rendered by one is accepted by the other, a file uploaded to one downloads from the other.
// Each answer names its instance (X-Upstream), so every check proves that the two instances took part.
import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PortalSession, actionRedirect, type Reply } from "./portal-client";
import { ROOT } from "./processes";
import { ACCOUNTS, DEMO_PASSWORD, type ActionIds } from "./workload";

export type CheckResult = { name: string; ok: boolean; detail: string };

const upstream = (reply: Reply) => reply.headers.get("x-upstream") ?? "?";

/** Sign in through the balancer, then read pages: consecutive requests alternate and all are signed in. */
export async function sessionAcrossInstances(url: string): Promise<CheckResult> {
  const session = new PortalSession(url);
  const seen: string[] = [];
  const csrf = await session.request("csrf", "/api/auth/csrf");
  seen.push(`csrf@${upstream(csrf)}`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const callback = await session.request("callback", "/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      email: ACCOUNTS.commune[0]!,
      password: DEMO_PASSWORD,
      csrfToken,
      callbackUrl: url,
      json: "true",
    }),
  });
  seen.push(`sign-in@${upstream(callback)}`);
  const pages: Reply[] = [];
  for (let index = 0; index < 4; index++) pages.push(await session.request("home", "/"));
  const instances = new Set(pages.map(upstream));
  const signedIn = pages.every((page) => page.status === 200 && page.body.includes("Phường Thành Vinh"));
  const alternating = pages.every(
    (page, index) => index === 0 || upstream(page) !== upstream(pages[index - 1]!),
  );
  return {
    name: "a session signed in on one instance is signed in on the other",
    ok:
      session.signedIn &&
      signedIn &&
      instances.size === 2 &&
      alternating &&
      upstream(csrf) !== upstream(callback),
    detail: `${seen.join(", ")}; pages ${pages.map((page) => `${page.status}@${upstream(page)}`).join(", ")}`,
  };
}

/** A new-proposal form rendered by one instance, autosaved and submitted (server actions) on the other. */
export async function formAcrossInstances(
  url: string,
  ids: ActionIds,
): Promise<CheckResult & { proposalId?: number }> {
  const session = new PortalSession(url);
  await session.signIn(ACCOUNTS.commune[1]!, DEMO_PASSWORD);
  const trail: string[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    const form = await session.request("form", "/proposals/new");
    const sessionId = form.body.match(/name="sessionId" value="(\d+)"/)?.[1];
    if (form.status !== 200 || !sessionId) return { name: "form", ok: false, detail: `form ${form.status}` };
    const fields = {
      clientToken: randomUUID(),
      proposalId: "",
      version: "",
      sessionId,
      fieldId: "",
      title: "Hai máy chủ: đề nghị hỗ trợ kinh phí sửa chữa nhà văn hóa khối 3",
      content:
        "Nhà văn hóa khối 3 xuống cấp, mái dột, đề nghị tỉnh hỗ trợ kinh phí sửa chữa trước mùa mưa bão.",
    };
    const saved = await session.action("save", "/proposals/new", ids.saveDraft, fields);
    const proposalId = saved.body.match(/"proposalId":(\d+)/)?.[1];
    const version = saved.body.match(/"version":(\d+)/)?.[1];
    trail.push(`form@${upstream(form)} autosave ${saved.status}@${upstream(saved)}`);
    if (upstream(saved) === upstream(form) || !proposalId || !version) continue;
    // Round robin: one request in between, so that the submit too lands on the instance that did not render the form.
    await session.request("health", "/api/health");
    const submitted = await session.action("submit", "/proposals/new", ids.submit, {
      ...fields,
      proposalId,
      version,
    });
    const receipt = actionRedirect(submitted);
    trail.push(`submit ${submitted.status}@${upstream(submitted)} → ${receipt}`);
    return {
      name: "a form rendered by one instance is accepted by the other (server actions)",
      ok:
        submitted.status === 200 &&
        /\/receipt$/.test(receipt ?? "") &&
        upstream(submitted) !== upstream(form),
      detail: trail.join("; "),
    };
  }
  return {
    name: "a form rendered by one instance is accepted by the other",
    ok: false,
    detail: trail.join("; "),
  };
}

/** A PDF of about 9.5 MB: the sample file with a long comment (checks nginx's body limit on the way too). */
function largePdf(): Buffer {
  const sample = readFileSync(path.join(ROOT, "tests", "fixtures", "sample.pdf"));
  const firstLine = sample.indexOf(0x0a) + 1;
  const filler = Buffer.from(`%${"x".repeat(9_500_000)}\n`);
  return Buffer.concat([sample.subarray(0, firstLine), filler, sample.subarray(firstLine)]);
}

/** A draft's attachment uploaded through one instance is downloaded, byte for byte, from the other. */
export async function attachmentAcrossInstances(url: string, ids: ActionIds): Promise<CheckResult> {
  const session = new PortalSession(url);
  await session.signIn(ACCOUNTS.commune[2]!, DEMO_PASSWORD);
  const form = await session.request("form", "/proposals/new");
  const sessionId = form.body.match(/name="sessionId" value="(\d+)"/)?.[1] ?? "";
  const saved = await session.action("save", "/proposals/new", ids.saveDraft, {
    clientToken: randomUUID(),
    proposalId: "",
    version: "",
    sessionId,
    fieldId: "",
    title: "Hai máy chủ: tệp đính kèm",
    content: "",
  });
  const proposalId = saved.body.match(/"proposalId":(\d+)/)?.[1];
  if (!proposalId) return { name: "attachments", ok: false, detail: `no draft: ${saved.body.slice(0, 200)}` };
  const file = largePdf();
  const trail: string[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    const body = new FormData();
    body.set("file", new Blob([new Uint8Array(file)], { type: "application/pdf" }), `ho-so-${attempt}.pdf`);
    const uploaded = await session.request("upload", `/api/proposals/${proposalId}/attachments`, {
      method: "POST",
      headers: { origin: new URL(url).origin },
      body,
    });
    const id = uploaded.status === 201 ? (JSON.parse(uploaded.body) as { id: number }).id : undefined;
    const downloaded = id ? await session.request("download", `/api/attachments/${id}`) : undefined;
    trail.push(
      `upload ${(file.length / 1e6).toFixed(1)} MB ${uploaded.status}@${upstream(uploaded)}` +
        (downloaded ? `, download ${downloaded.status}@${upstream(downloaded)}` : ""),
    );
    if (!downloaded || upstream(downloaded) === upstream(uploaded)) continue;
    const same =
      createHash("sha256").update(downloaded.bytes).digest("hex") ===
      createHash("sha256").update(file).digest("hex");
    return {
      name: "a file uploaded through one instance downloads from the other, byte for byte",
      ok: downloaded.status === 200 && same,
      detail: `${trail.join("; ")}; sha-256 ${same ? "equal" : "DIFFERENT"}`,
    };
  }
  return { name: "attachments across instances", ok: false, detail: trail.join("; ") };
}
