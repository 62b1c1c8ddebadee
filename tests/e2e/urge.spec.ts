// The coordinator urges a late agency from the monitoring board; the agency's officer sees the notice and finds the
// urge, with its message, on the timeline of a late proposal.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, pageFor } from "./support";

test("the coordinator urges Sở Xây dựng and its officer sees the urge", async ({ browser }) => {
  const message = `Đề nghị Sở Xây dựng khẩn trương trả lời các kiến nghị chậm (kiểm thử ${Date.now()}).`;

  const coordinator = await pageFor(browser, "dieuphoi@demo.vn");
  await coordinator
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Theo dõi, đôn đốc" })
    .click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Theo dõi, đôn đốc" })).toBeVisible();
  await expectNoAxeViolations(coordinator);
  const agency = coordinator
    .getByRole("listitem")
    .filter({ has: coordinator.getByRole("heading", { level: 3, name: "Sở Xây dựng", exact: true }) });
  await expect(agency).toHaveCount(1);
  await agency.getByText("Đôn đốc", { exact: true }).click();
  await agency.getByLabel("Nội dung đôn đốc").fill(message);
  await agency.getByRole("button", { name: "Gửi đôn đốc" }).click();
  await expect(agency.getByText(/^Đã đôn đốc \d+ kiến nghị/)).toBeVisible();

  const officer = await pageFor(browser, "canbo.xd@demo.vn");
  const bell = officer.getByRole("link", { name: /^Thông báo/ });
  await expect(bell).toContainText(/\d+/);
  await bell.click();
  await expect(officer.getByRole("heading", { level: 1, name: "Thông báo" })).toBeVisible();
  const notice = officer.getByRole("listitem").filter({ hasText: message });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText("Đôn đốc Sở Xây dựng trả lời");
  await notice.getByRole("button", { name: "Mở" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "Kiến nghị" })).toBeVisible();
  await officer.getByRole("table").getByRole("link").first().click();
  const timeline = officer.getByRole("region", { name: "Diễn biến" });
  const urge = timeline.getByRole("listitem").filter({ hasText: message });
  await expect(urge).toHaveCount(1);
  await expect(urge.getByRole("paragraph").first()).toHaveText("Đôn đốc");
});

test("the monitoring board and the notification settings fit a 375 px phone", async ({ browser }) => {
  for (const [email, path] of [
    ["dieuphoi@demo.vn", "/monitoring"],
    ["canbo.xd@demo.vn", "/settings/notifications"],
  ] as const) {
    const page = await pageFor(browser, email);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page);
  }
});

test("a person turns off e-mail for one kind of notice and the choice is kept", async ({ browser }) => {
  const page = await pageFor(browser, "canbo.tc@demo.vn");
  await page.goto("/notifications");
  await page.getByRole("link", { name: "Cài đặt thông báo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cài đặt thông báo" })).toBeVisible();
  const box = page.getByRole("checkbox", { name: /^Thư điện tử: Kiến nghị … sắp đến hạn trả lời/ });
  await expect(box).toBeChecked();
  await box.uncheck();
  await page.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu cài đặt thông báo.");
  await page.reload();
  await expect(
    page.getByRole("checkbox", { name: /^Thư điện tử: Kiến nghị … sắp đến hạn trả lời/ }),
  ).not.toBeChecked();
  await expect(
    page.getByRole("checkbox", { name: /^Trên cổng: Kiến nghị … sắp đến hạn trả lời/ }),
  ).toBeChecked();
});
