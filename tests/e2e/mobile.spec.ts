// On a 375 px phone the pages fit the screen: no sideways scrolling, everything reachable.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./support";

async function expectNoHorizontalScroll(page: import("@playwright/test").Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("sign-in, home, list and detail fit a 375 px screen", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoHorizontalScroll(page);
  await signIn(page, "thanhvinh@demo.vn");
  await expectNoHorizontalScroll(page);
  await page.getByRole("link", { name: "Kiến nghị", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kiến nghị" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Diễn biến" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test("the new-proposal form fits a phone and is accessible", async ({ page }) => {
  await signIn(page, "cualo@demo.vn");
  await page.goto("/proposals/new");
  await expect(page.getByLabel("Tiêu đề kiến nghị")).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test("an agency officer's answer workspace fits a phone", async ({ page }) => {
  await signIn(page, "canbo.xd@demo.vn");
  await page.goto("/proposals?status=IN_PROGRESS");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Diễn biến" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});
