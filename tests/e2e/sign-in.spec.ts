// Every role signs in through the form and lands on a home of its own, with real data on it.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./support";

const HOMES = [
  { email: "thanhvinh@demo.vn", heading: "Kiến nghị của Phường Thành Vinh", table: true },
  { email: "dieuphoi@demo.vn", heading: "Kiến nghị mới đến", table: true },
  { email: "canbo.xd@demo.vn", heading: "Kiến nghị giao cho Sở Xây dựng", table: true },
  { email: "lanhdao.tc@demo.vn", heading: "Kiến nghị giao cho Ban Tổ chức Tỉnh ủy", table: true },
  { email: "thuongvu@demo.vn", heading: "Tổng quan chương trình", table: true },
  { email: "admin@demo.vn", heading: "Quản trị hệ thống", table: false },
];

test("the sign-in page is in Vietnamese and accessible", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expectNoAxeViolations(page);
});

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Địa chỉ email").fill("quephong@demo.vn");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator("#sign-in-message")).toHaveText("Email hoặc mật khẩu không đúng.");
  await page.goto("/proposals");
  await expect(page).toHaveURL(/\/sign-in/);
});

for (const home of HOMES) {
  test(`${home.email} signs in, sees their home and signs out`, async ({ page }) => {
    await signIn(page, home.email);
    await expect(page.getByRole("heading", { level: 1, name: home.heading })).toBeVisible();
    if (home.table) await expect(page.getByRole("table").first()).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Trang chủ" }),
    ).toHaveAttribute("aria-current", "page");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });
}

test("the language switch turns the portal to English and is remembered", async ({ page }) => {
  await signIn(page, "thuongvu@demo.vn");
  await page.getByRole("button", { name: "Chuyển sang English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Program overview" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Program overview" })).toBeVisible();
  await page.getByRole("link", { name: "Proposals" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Proposals" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Switch to Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kiến nghị" })).toBeVisible();
});
