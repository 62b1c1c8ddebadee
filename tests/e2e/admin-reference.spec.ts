// The administrator keeps the reference data in the browser: creates an agency, sets a field's routing rule to it,
// adds (and removes) a holiday, writes an answer template, browses the units of 2024 and of today — each page
// checked with axe and at 375 px. Other roles get "not found". Changes that could touch other specs are undone.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessiblePage, signIn } from "./support";

const RUN = Date.now().toString(36).toUpperCase();
const AGENCY = `Sở Thử nghiệm E2E ${RUN}`;

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function openSection(page: Page, name: string) {
  await page.goto("/admin");
  await page.getByRole("main").getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

// Several pages, form round trips and axe runs per test: more than the default minute on a busy 2-core machine.
test.describe.configure({ mode: "serial", timeout: 120_000 });

test("an administrator creates and renames an agency", async ({ page }) => {
  await signIn(page, "admin@demo.vn");
  await page.goto("/admin");
  await expectAccessiblePage(page, /Quản trị/);

  await openSection(page, "Cơ quan");
  await expect(page.getByRole("heading", { level: 1, name: "Cơ quan" })).toBeVisible();
  await expectAccessiblePage(page, /Cơ quan/);
  await page.getByRole("link", { name: "Thêm cơ quan" }).click();
  await page.getByLabel("Mã (chữ in hoa, số, dấu gạch)").fill(`E2E-${RUN}`);
  await page.getByLabel("Tên đầy đủ").fill(AGENCY);
  await page.getByLabel("Tên tiếng Anh").fill(`Department of E2E Testing ${RUN}`);
  await page.getByLabel("Tên viết tắt").fill("Sở TN E2E");
  await page.getByLabel("Loại cơ quan").selectOption({ label: "Sở, ban, ngành" });
  await page.getByLabel("Cơ quan cấp trên").selectOption({ label: "Ủy ban nhân dân tỉnh" });
  await page.getByRole("button", { name: "Thêm cơ quan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: AGENCY })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm cơ quan." })).toBeVisible();
  await expectAccessiblePage(page, /Cơ quan/);

  // A rename is saved and shown; the same form sent again from a stale page would be refused (integration tests).
  await page.getByLabel("Tên viết tắt").fill("Sở E2E");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText("Đã lưu thay đổi.")).toBeVisible();
  await expect(page.getByText(/^Sở E2E · /)).toBeVisible();
});

test("an administrator routes a field to the new agency, and the change is in the log", async ({ page }) => {
  await signIn(page, "admin@demo.vn");
  await openSection(page, "Lĩnh vực và quy tắc chuyển xử lý");
  await expectAccessiblePage(page, /Lĩnh vực/);
  await page.getByRole("link", { name: "Sửa lĩnh vực Đối ngoại" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đối ngoại" })).toBeVisible();
  const lead = page.getByLabel("Cơ quan chủ trì mặc định");
  await expect(lead).toHaveValue(/\d+/);
  await lead.selectOption({ label: AGENCY });
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText("Đã lưu thay đổi.")).toBeVisible();
  await expectAccessiblePage(page, /Lĩnh vực/);
  await page.getByRole("link", { name: "Danh sách lĩnh vực" }).click();
  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "Sửa lĩnh vực Đối ngoại" }) });
  await expect(row.getByRole("cell").nth(1)).toHaveText(AGENCY);

  // Put the rule back as the demo has it, so other specs see the seeded routing.
  await page.getByRole("link", { name: "Sửa lĩnh vực Đối ngoại" }).click();
  await page.getByLabel("Cơ quan chủ trì mặc định").selectOption({ label: "Sở Ngoại vụ" });
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText("Đã lưu thay đổi.")).toBeVisible();

  // Every change is in the administration log.
  await openSection(page, "Nhật ký quản trị");
  await page.getByLabel("Đối tượng").selectOption("Field");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByRole("cell", { name: /field\.updated/ }).first()).toBeVisible();
  await expectAccessiblePage(page, /Nhật ký/);
});

test("an administrator adds and removes a holiday", async ({ page }) => {
  await signIn(page, "admin@demo.vn");
  await page.goto("/admin/calendar?year=2026");
  await expect(page.getByRole("heading", { level: 1, name: "Lịch ngày làm việc 2026" })).toBeVisible();
  await expect(page.getByText("Tết Nguyên đán").first()).toBeVisible();
  await expectAccessiblePage(page, /Lịch ngày làm việc/);

  await page.getByRole("link", { name: "Năm sau" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lịch ngày làm việc 2027" })).toBeVisible();
  await page.goto("/admin/calendar?year=2030");
  await expect(page.getByRole("heading", { level: 1, name: "Lịch ngày làm việc 2030" })).toBeVisible();
  const add = page.getByRole("region", { name: "Thêm ngày" });
  await add.getByLabel("Ngày", { exact: true }).fill("2030-10-09");
  await add.getByLabel("Tên (lý do)").fill(`Ngày nghỉ thử ${RUN}`);
  await add.getByRole("button", { name: "Thêm ngày" }).click();
  await expect(add.getByText("Đã thêm ngày 09/10/2030.")).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: `Ngày nghỉ thử ${RUN}` });
  await expect(item).toContainText("09/10/2030");
  await expectAccessiblePage(page, /Lịch ngày làm việc/);
  await item.getByText("Sửa ngày 09/10/2030").click();
  await item.getByRole("button", { name: "Xóa ngày này" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã xóa ngày 09/10/2030" })).toBeVisible();
  await expect(page.getByText(`Ngày nghỉ thử ${RUN}`)).toHaveCount(0);
});

test("an administrator writes an answer template", async ({ page }) => {
  await signIn(page, "admin@demo.vn");
  await openSection(page, "Mẫu trả lời");
  await expectAccessiblePage(page, /Mẫu trả lời/);
  await page.getByRole("link", { name: "Thêm mẫu" }).click();
  await page.getByLabel("Tên mẫu").fill(`Mẫu thử E2E ${RUN}`);
  await page
    .getByRole("textbox", { name: "Nội dung mẫu" })
    .fill("Kính gửi UBND xã: cơ quan trả lời như sau …");
  await page.getByLabel("Cơ quan (để trống: mọi cơ quan)").selectOption({ label: "Sở Xây dựng" });
  await page.getByRole("button", { name: "Thêm mẫu" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Mẫu thử E2E ${RUN}` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm mẫu trả lời." })).toBeVisible();
  await expectAccessiblePage(page, /Sửa mẫu trả lời/);
  // Taken out of use again, so agency officers in other specs see the seeded templates only.
  await page.getByRole("button", { name: "Ngừng sử dụng" }).click();
  await expect(page.getByText("Đã ngừng sử dụng.")).toBeVisible();
});

test("an administrator browses the units of 1 January 2024 and of today", async ({ page }) => {
  await signIn(page, "admin@demo.vn");
  await openSection(page, "Đơn vị hành chính");
  await expect(page.getByText(/130 xã, phường/)).toBeVisible();
  await expectAccessiblePage(page, /Đơn vị hành chính/);
  await page.getByLabel("Tại ngày").fill("2024-01-01");
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/on=2024-01-01/);
  await expect(page.getByText("Tại ngày 01/01/2024: 21 đơn vị cấp huyện, 460 đơn vị cấp xã.")).toBeVisible();
  const district = page
    .locator("details")
    .filter({ has: page.locator("summary", { hasText: "Huyện Đô Lương" }) });
  await district.locator("summary").click();
  await expect(district.getByRole("listitem").first().getByRole("link")).toBeVisible();
  await expectAccessiblePage(page, /Đơn vị hành chính/);
  await page.getByRole("link", { name: "Hôm nay" }).click();
  await expect(page.getByText(/: 130 xã, phường/)).toBeVisible();
});

test("an administrator sees what a new unit was made of, and the 2025 mapping by old unit", async ({
  page,
}) => {
  await signIn(page, "admin@demo.vn");
  await page.goto("/admin/units");
  await page.getByLabel("Tìm theo tên hoặc mã").fill("cua lo");
  await page.getByRole("button", { name: "Xem" }).click();
  await page.getByRole("link", { name: "Phường Cửa Lò" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Phường Cửa Lò" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Hình thành từ" }).getByRole("link")).not.toHaveCount(0);
  await expectAccessiblePage(page, /Đơn vị hành chính/);
  await page.goto("/admin/units/mapping?view=old&q=nghi thu");
  await expect(page.getByRole("columnheader", { name: "Trở thành" })).toBeVisible();
  await expectAccessiblePage(page, /Bảng chuyển đổi/);
});

test.describe("on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test("every administration page fits the screen", async ({ page }) => {
    await signIn(page, "admin@demo.vn");
    for (const path of [
      "/admin",
      "/admin/agencies",
      "/admin/agencies/new",
      "/admin/fields",
      "/admin/calendar?year=2026",
      "/admin/templates",
      "/admin/templates/new",
      "/admin/units?on=2024-01-01",
      "/admin/units/mapping",
      "/admin/audit",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoHorizontalScroll(page);
    }
    await page.goto("/admin/agencies?q=xây");
    await page.getByRole("table").getByRole("link").first().click();
    await expectNoHorizontalScroll(page);
    await expectAccessiblePage(page, /Cơ quan/);
  });
});

test("other roles get 'not found' for every administration page", async ({ page }) => {
  await signIn(page, "dieuphoi@demo.vn");
  for (const path of [
    "/admin/agencies",
    "/admin/fields",
    "/admin/calendar",
    "/admin/templates",
    "/admin/units",
    "/admin/audit",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
