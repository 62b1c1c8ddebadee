// The Standing Committee: which agencies are late, on what, in three clicks; then this year's annual report.
import { expect, test } from "@playwright/test";
import { reportingPeriods } from "@/lib/calendar/reporting-periods";
import { expectNoAxeViolations, signIn } from "./support";

test("a Standing Committee member drills from overdue by agency to one proposal, then downloads the annual report", async ({
  page,
}) => {
  await signIn(page, "thuongvu@demo.vn");
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });

  // Click 1: the dashboard.
  await nav.getByRole("link", { name: "Bảng điều khiển" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bảng điều khiển" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Cơ quan chủ trì" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Kiến nghị quá hạn theo cơ quan chủ trì" })).toBeVisible();
  await expect(
    page.getByRole("img", { name: "Số kiến nghị gửi đến và đã trả lời theo tháng" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Click 2: one agency's overdue figure opens the list behind it.
  const overdue = page.getByRole("link", { name: /^\d+ kiến nghị quá hạn của / }).first();
  const label = (await overdue.getAttribute("aria-label"))!;
  const count = Number(/^(\d+)/.exec(label)![1]);
  expect(count).toBeGreaterThan(0);
  await overdue.click();
  await expect(page).toHaveURL(/\/proposals\?(?=.*agency=\d+)(?=.*deadline=overdue)/);
  await expect(page.getByRole("heading", { level: 1, name: "Kiến nghị" })).toBeVisible();
  await expect(page.getByText(`${count} kiến nghị`, { exact: true })).toBeVisible();
  await expect(page.getByRole("table").getByText("Quá hạn")).toHaveCount(Math.min(count, 25));

  // Click 3: a single proposal.
  const first = page.getByRole("table").getByRole("link").first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(page);

  // The annual report, ready to sign.
  await nav.getByRole("link", { name: "Báo cáo", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Loại báo cáo").selectOption("annual");
  const year = await page.getByLabel("Năm", { exact: true }).inputValue();
  await page.getByLabel("Họ và tên người ký").fill("Nguyễn Văn An");
  await page.getByRole("button", { name: "Lập báo cáo" }).click();
  await expect(page.getByText(`Đã lập: Báo cáo năm ${year}.`)).toBeVisible({ timeout: 20_000 });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page
      .getByRole("link", { name: `Tải về Báo cáo năm ${year}` })
      .first()
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^bao-cao-nam-${year}_\\d{4}-\\d{2}-\\d{2}\\.docx$`),
  );
});

test("the dashboard exports a session's register from its filters", async ({ page }) => {
  await signIn(page, "dieuphoi@demo.vn");
  await page.goto("/dashboard");
  await page.getByLabel("Kỳ đối thoại", { exact: true }).selectOption({ label: "DT-2023" });
  await page.getByRole("button", { name: "Xem số liệu" }).click();
  await expect(page).toHaveURL(/session=\d+/);
  await page.getByRole("button", { name: "Xuất sổ theo dõi Excel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo" })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải về Sổ theo dõi kiến nghị DT-2023" }).first().click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
});

test("a reporting period of Decree 09 fills in the dates, and its total matches the list behind it", async ({
  page,
}) => {
  await signIn(page, "thuongvu@demo.vn");
  await page.goto("/dashboard");
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
  const year = reportingPeriods(today).find((period) => period.kind === "year")!;
  const periods = page.getByRole("navigation", { name: /^Kỳ báo cáo/ });
  await periods.getByRole("link", { name: new RegExp(`^Năm ${year.year} `) }).click();
  await expect(page).toHaveURL(new RegExp(`from=${year.from}&to=${year.to}`));
  await expect(page.getByLabel("Gửi từ ngày")).toHaveValue(year.from);
  await expect(page.getByLabel("Đến ngày")).toHaveValue(year.to);
  await expect(periods.locator("[aria-current=true]")).toHaveText(new RegExp(`^Năm ${year.year} `));
  await expectNoAxeViolations(page);

  // The total comes from the half-month summaries; the list behind it counts the proposals themselves.
  const total = page.getByRole("link", { name: /^Kiến nghị [\d.]+$/ });
  const value = (await total.locator("span").nth(1).textContent())!.trim();
  expect(Number(value.replace(/\./g, ""))).toBeGreaterThan(0);
  await total.click();
  await expect(page).toHaveURL(new RegExp(`/proposals\\?(?=.*from=${year.from})(?=.*to=${year.to})`));
  await expect(page.getByText(`${value} kiến nghị`, { exact: true })).toBeVisible();
});

test("a commune leader has no dashboard", async ({ page }) => {
  await signIn(page, "thanhvinh@demo.vn");
  await expect(
    page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Bảng điều khiển" }),
  ).toHaveCount(0);
  expect((await page.goto("/dashboard"))?.status()).toBe(404);
  expect((await page.request.get("/api/reports/1")).status()).toBe(404);
});

test("the dashboard and the reports page fit a 375 px phone: wide tables scroll inside their box", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, "thuongvu@demo.vn");
  for (const path of ["/dashboard", "/reports"]) {
    await page.goto(path, { waitUntil: "load" });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Nothing sticks out of the screen except inside the boxes that scroll sideways (wide tables).
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > 376 && !el.closest(".overflow-x-auto"))
        .map((el) => `${el.tagName}.${el.className}`.slice(0, 80)),
    );
    expect(wide, path).toEqual([]);
  }
});
