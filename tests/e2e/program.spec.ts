// Sessions, notices of conclusions and user administration render for the roles that use them, accessibly.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, pageFor } from "./support";

test("the coordinator sees sessions and the 2023 notice of conclusions", async ({ browser }) => {
  const page = await pageFor(browser, "dieuphoi@demo.vn");
  await page.getByRole("link", { name: "Kỳ đối thoại" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("DT-2023").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole("link", { name: /DT-2026/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Kết luận" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole("main")
    .getByRole("link")
    .filter({ hasText: /TB|Thông báo|kết luận/i })
    .first()
    .click();
  await expect(page.getByText("Ban Tổ chức Tỉnh ủy").filter({ visible: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the administrator reaches the user list and the new-user form", async ({ browser }) => {
  const page = await pageFor(browser, "admin@demo.vn");
  await page.goto("/admin/users?q=thanhvinh");
  await expect(page.getByText("thanhvinh@demo.vn").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/admin/users/new");
  await expect(page.getByLabel(/Email/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a commune leader cannot open user administration", async ({ browser }) => {
  const page = await pageFor(browser, "thanhvinh@demo.vn");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
});
