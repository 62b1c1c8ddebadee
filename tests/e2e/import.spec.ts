// The coordinator imports a meeting's paper proposals: downloads the template, fills it, uploads a file with one
// bad row (sees the row's error, nothing imported), uploads the corrected file, confirms, finds the proposals,
// then downloads the session's register with them in it. Every page checked with axe.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectAccessiblePage, pageFor } from "./support";

async function downloaded(page: Page, linkName: string): Promise<ExcelJS.Workbook> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: linkName }).click();
  const file = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(file)) as never);
  return workbook;
}

async function upload(page: Page, workbook: ExcelJS.Workbook, button: string) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.getByLabel("Tệp kiến nghị (.xlsx)").setInputFiles({
    name: "kien-nghi-buoi-doi-thoai.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  });
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Xem trước tệp kiến nghị" })).toBeVisible();
}

test("the coordinator imports paper proposals from Excel and downloads the register", async ({ browser }) => {
  // Two uploads, a confirmation, two downloads and six axe checks: a long path on a busy two-core machine.
  test.setTimeout(180_000);
  const tag = randomUUID().slice(0, 8);
  const titles = [1, 2, 3].map((n) => `Kiến nghị giấy ${tag} số ${n}: sửa đường liên thôn`);
  const content = "Tuyến đường liên thôn xuống cấp sau mùa mưa lũ, đề nghị tỉnh hỗ trợ kinh phí sửa chữa.";
  const page = await pageFor(browser, "dieuphoi@demo.vn");

  await page.goto("/sessions");
  await page
    .getByRole("link", { name: /DT-2026/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Nhập kiến nghị từ tệp Excel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhập kiến nghị từ tệp Excel" })).toBeVisible();
  await expectAccessiblePage(page, /Nhập kiến nghị/);

  // The template: the proposals sheet to fill and the lists that help fill it.
  const workbook = await downloaded(page, "Tải tệp mẫu (.xlsx)");
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Kiến nghị", "Danh mục", "Hướng dẫn"]);
  const sheet = workbook.getWorksheet("Kiến nghị")!;
  expect(sheet.getRow(1).values).toEqual([
    undefined,
    "STT",
    "Xã/phường (tên hoặc mã)",
    "Lĩnh vực",
    "Tiêu đề",
    "Nội dung",
  ]);
  sheet.addRow([1, "Phường Thành Vinh", "Hạ tầng – giao thông", titles[0], content]);
  sheet.addRow([2, "Xã Không Tồn Tại", "Y tế", titles[1], content]);
  sheet.addRow([3, "16708", "", titles[2], content]); // Phường Vinh Lộc by its code

  await upload(page, workbook, "Tải lên và xem trước");
  await expect(page.getByText("3 dòng kiến nghị: 2 hợp lệ, 1 có lỗi.")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Có 1 dòng lỗi nên chưa thể nhập" })).toBeVisible();
  const badRow = page.getByRole("row").filter({ hasText: titles[1] });
  await expect(badRow).toContainText(
    "Không tìm thấy “Xã Không Tồn Tại” trong các xã/phường tham dự kỳ đối thoại.",
  );
  await expect(page.getByRole("button", { name: /Xác nhận nhập/ })).toHaveCount(0);
  await expectAccessiblePage(page, /Xem trước/);
  // On a phone the page does not scroll sideways (only the table does) and the error is on screen.
  await page.setViewportSize({ width: 375, height: 740 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  const error = await badRow.getByText(/Không tìm thấy/).boundingBox();
  expect(error!.x + error!.width).toBeLessThanOrEqual(375);
  await expectAccessiblePage(page, /Xem trước/);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Corrected and uploaded again.
  sheet.getCell("B3").value = "Phường Trường Vinh";
  await upload(page, workbook, "Tải lên tệp đã sửa");
  await expect(page.getByText("3 dòng kiến nghị: 3 hợp lệ, 0 có lỗi.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: titles[2] })).toContainText("Phường Vinh Lộc (16708)");
  await expectAccessiblePage(page, /Xem trước/);
  await page.getByRole("button", { name: "Xác nhận nhập 3 kiến nghị" }).click();

  // Back on the session page: what was imported, with its codes.
  await expect(page.getByRole("status").filter({ hasText: "Đã nhập 3 kiến nghị từ tệp" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: /DT-2026/ })).toBeVisible();
  await expectAccessiblePage(page);

  // The register holds the three proposals, each under its commune.
  const register = (await downloaded(page, "Tải sổ theo dõi (.xlsx)")).worksheets[0]!;
  const found = new Map<string, string>();
  register.eachRow((row) => {
    const proposal = String(row.getCell(4).value);
    const title = titles.find((t) => proposal.endsWith(t));
    if (title) found.set(title, String(row.getCell(2).value));
  });
  expect(Object.fromEntries(found)).toEqual({
    [titles[0]!]: "Phường Thành Vinh",
    [titles[1]!]: "Phường Trường Vinh",
    [titles[2]!]: "Phường Vinh Lộc",
  });

  // And the proposals are in the session's list.
  await page.getByRole("link", { name: /Xem tất cả kiến nghị của kỳ này/ }).click();
  await page.getByRole("searchbox", { name: "Tìm kiếm" }).fill(tag);
  await page.getByRole("button", { name: "Lọc" }).click();
  for (const title of titles) await expect(page.getByRole("link", { name: title })).toBeVisible();
});
