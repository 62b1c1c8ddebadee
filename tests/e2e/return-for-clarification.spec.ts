// A commune writes and submits a proposal on the form; the coordinator returns it for clarification;
// the commune edits and resubmits; the coordinator receives it. Every step shows on the timeline.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, pageFor } from "./support";

test("submit, return for clarification, resubmit, receive", async ({ browser }) => {
  const commune = await pageFor(browser, "quephong@demo.vn");
  await commune.getByRole("link", { name: "Gửi kiến nghị" }).first().click();
  await expect(commune.getByRole("heading", { level: 1, name: "Gửi kiến nghị mới" })).toBeVisible();
  await expectNoAxeViolations(commune);

  // Too short: the form says so beside the fields, and nothing is submitted.
  await commune.getByLabel("Tiêu đề kiến nghị").fill("Ngắn");
  await commune.getByRole("button", { name: "Gửi kiến nghị" }).click();
  await expect(commune.getByText("Tiêu đề cần ít nhất 10 ký tự.")).toBeVisible();

  const title = `Đề nghị hỗ trợ kinh phí sửa chữa cầu treo bản Na ${Date.now()}`;
  await commune.getByLabel("Tiêu đề kiến nghị").fill(title);
  await commune.getByLabel("Lĩnh vực").selectOption({ label: "Hạ tầng – giao thông" });
  await commune
    .getByLabel("Nội dung kiến nghị")
    .fill(
      "Cầu treo bản Na xuống cấp, dây cáp han gỉ, mùa mưa học sinh không qua lại được. Đề nghị tỉnh hỗ trợ kinh phí sửa chữa.",
    );
  await expect(commune.getByText(/Đã lưu nháp lúc/)).toBeVisible({ timeout: 15_000 });
  await commune.getByRole("button", { name: "Gửi kiến nghị" }).click();

  await expect(commune.getByRole("heading", { name: "Phiếu xác nhận đã gửi kiến nghị" })).toBeVisible();
  const code = (await commune.locator("dd").first().textContent())!.trim();
  expect(code).toMatch(/^ĐT-\d{4}-\d{5}$/);
  await expectNoAxeViolations(commune);

  const coordinator = await pageFor(browser, "dieuphoi@demo.vn");
  await coordinator.goto(`/proposals/${encodeURIComponent(code)}`);
  await expect(coordinator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await coordinator.locator("summary", { hasText: "Trả lại để làm rõ" }).click();
  await coordinator
    .getByLabel("Nội dung cần làm rõ")
    .fill("Đề nghị nêu rõ chiều dài cầu và số hộ dân sử dụng.");
  await coordinator.getByRole("button", { name: "Trả lại để làm rõ" }).click();
  await expect(
    coordinator.getByRole("status").filter({ hasText: "Đã thực hiện: Trả lại để làm rõ." }),
  ).toBeVisible();

  await commune.goto(`/proposals/${encodeURIComponent(code)}`);
  await expect(commune.getByText("Trả lại để làm rõ").first()).toBeVisible();
  await expect(commune.getByText("Đề nghị nêu rõ chiều dài cầu").first()).toBeVisible();
  await commune.getByRole("link", { name: "Sửa kiến nghị" }).click();
  await expect(commune.getByText("Kiến nghị được trả lại để làm rõ.")).toBeVisible();
  await commune
    .getByLabel("Nội dung kiến nghị")
    .fill(
      "Cầu treo bản Na dài 86 m, 214 hộ dân sử dụng hằng ngày; dây cáp han gỉ, mùa mưa học sinh không qua lại được. Đề nghị tỉnh hỗ trợ kinh phí sửa chữa.",
    );
  await commune.getByRole("button", { name: "Gửi lại kiến nghị" }).click();
  await expect(commune.getByRole("heading", { name: "Phiếu xác nhận đã gửi kiến nghị" })).toBeVisible();

  await coordinator.goto(`/proposals/${encodeURIComponent(code)}`);
  await coordinator.getByRole("button", { name: "Tiếp nhận" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Đã thực hiện: Tiếp nhận." })).toBeVisible();
  await expect(coordinator.getByText("Đã tiếp nhận").first()).toBeVisible();

  await commune.goto(`/proposals/${encodeURIComponent(code)}`);
  const timeline = commune.getByRole("list").filter({ hasText: "Gửi kiến nghị" }).last();
  for (const step of [
    "Gửi kiến nghị",
    "Trả lại để làm rõ",
    "Sửa nội dung",
    "Gửi lại sau khi làm rõ",
    "Tiếp nhận",
  ]) {
    await expect(timeline.getByText(step, { exact: true })).toBeVisible();
  }
  await expect(commune.getByRole("link", { name: "Sửa kiến nghị" })).toHaveCount(0);
  await expectNoAxeViolations(commune);
});
