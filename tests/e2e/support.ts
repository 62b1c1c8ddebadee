// Shared steps of the e2e specs: signing in through the real form, and an accessibility check with axe.
import { expect, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_PASSWORD } from "../../scripts/demo-accounts";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Địa chỉ email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

/** A signed-in page in its own browser context, for specs where several people work on the same proposal. */
export async function pageFor(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Today in Vietnam, as dd/MM/yyyy (what the portal shows) and yyyy-MM-dd (what a date field takes). */
export function todayInVietnam(): { shown: string; iso: string } {
  const shown = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(new Date());
  const [day, month, year] = shown.split("/");
  return { shown, iso: `${year}-${month}-${day}` };
}

/** A commune leader writes a proposal on the form and submits it; returns its reference code from the receipt. */
export async function submitProposal(
  page: Page,
  proposal: { title: string; content: string; field?: string },
): Promise<string> {
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Gửi kiến nghị" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Gửi kiến nghị mới" })).toBeVisible();
  await page.getByLabel("Tiêu đề kiến nghị").fill(proposal.title);
  if (proposal.field) await page.getByLabel("Lĩnh vực").selectOption({ label: proposal.field });
  await page.getByLabel("Nội dung kiến nghị").fill(proposal.content);
  await expect(page.getByText(/Đã lưu nháp lúc/)).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "Gửi kiến nghị" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Phiếu xác nhận đã gửi kiến nghị" }),
  ).toBeVisible();
  const code = page.getByRole("definition").filter({ hasText: /^ĐT-\d{4}-\d{5}$/ });
  await expect(code).toHaveCount(1);
  return (await code.textContent())!.trim();
}

/** Finds a proposal the way a person would: "Kiến nghị" in the menu, search by its code, open it. */
export async function openProposal(page: Page, code: string, title: string) {
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Kiến nghị", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Kiến nghị" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Tìm kiếm" }).fill(code);
  await page.getByRole("button", { name: "Lọc" }).click();
  await page.getByRole("table").getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(code, { exact: true }).first()).toBeVisible();
}

/** A workflow step that redirects back to the proposal: wait for its green "Đã thực hiện: …" banner. */
export async function expectDone(page: Page, step: string) {
  await expect(page.getByRole("status").filter({ hasText: `Đã thực hiện: ${step}.` })).toBeVisible();
}

/** The proposal's timeline as [step, who] pairs, oldest first, as the signed-in person sees it. */
export async function timelineSteps(page: Page): Promise<{ step: string; by: string }[]> {
  const items = page.getByRole("region", { name: "Diễn biến" }).getByRole("listitem");
  const texts = await items.evaluateAll((nodes) =>
    nodes.map((node) => Array.from(node.querySelectorAll("p")).map((p) => (p.textContent ?? "").trim())),
  );
  return texts.map(([step = "", meta = ""]) => ({ step, by: meta.replace(/^.*·\s*bởi\s*/, "") }));
}

/** Waits until the newest entry on the proposal's timeline is this step (for forms that vanish once used). */
export async function expectLatestStep(page: Page, step: string) {
  const latest = page.getByRole("region", { name: "Diễn biến" }).getByRole("listitem").last();
  await expect(latest.getByRole("paragraph").first()).toHaveText(step);
}

/**
 * The axe check once the page has settled: after a client-side navigation or a form action's refresh the document
 * title is updated a moment after the content (and can be briefly absent), so wait for the expected one first.
 */
export async function expectAccessiblePage(page: Page, title: string | RegExp = /\S/) {
  await expect(page).toHaveTitle(title);
  await expectNoAxeViolations(page);
}
