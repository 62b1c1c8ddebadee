// Scope in the browser: a commune leader cannot open another commune's proposal by typing its address.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./support";

test("a commune leader reads their own proposal with its timeline", async ({ page }) => {
  await signIn(page, "thanhvinh@demo.vn");
  await page.goto("/proposals?status=SENT");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Diễn biến" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Văn bản trả lời" })).toBeVisible();
  await expect(page.getByText("Gửi kiến nghị").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("another commune's proposal URL answers 'not found'", async ({ browser }) => {
  const other = await browser.newPage();
  await signIn(other, "cualo@demo.vn");
  await other.goto("/proposals");
  const href = await other.getByRole("table").getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/proposals\//);
  await expect(other.getByRole("heading", { level: 1 })).toBeVisible();
  await other.close();

  const page = await browser.newPage();
  await signIn(page, "thanhvinh@demo.vn");
  const response = await page.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy kiến nghị" })).toBeVisible();
  await page.close();
});

test("an agency officer cannot open a proposal assigned to another agency", async ({ browser }) => {
  const coordinatorPage = await browser.newPage();
  await signIn(coordinatorPage, "canbo.tc@demo.vn");
  await coordinatorPage.goto("/proposals");
  const href = await coordinatorPage.getByRole("table").getByRole("link").first().getAttribute("href");
  await coordinatorPage.close();

  const page = await browser.newPage();
  await signIn(page, "canbo.xd@demo.vn");
  const response = await page.goto(href!);
  expect(response?.status()).toBe(404);
  await page.close();
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
});

test("security headers are sent", async ({ request }) => {
  const response = await request.get("/sign-in");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});
