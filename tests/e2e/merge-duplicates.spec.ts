// Two communes send the same request, one typed with Vietnamese diacritics and one without. The coordinator,
// on the first, is offered the second under "Kiến nghị trùng", ticks it and merges: the second becomes "Đã gộp",
// and its commune is told (page and notification) that it was merged into the first's code.
import { expect, test } from "@playwright/test";
import { expectAccessiblePage, openProposal, pageFor, submitProposal } from "./support";

test("near-identical proposals, with and without diacritics, are suggested and merged", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const token = `${Date.now()}`;
  const withMarks = {
    title: `Đề nghị sửa chữa đường tỉnh 534 bị sạt lở nghiêm trọng mùa mưa ${token}`,
    content:
      "Đường tỉnh 534 đoạn qua phường bị sạt lở taluy dương dài khoảng 120 m, đất đá tràn xuống mặt đường, " +
      "nguy hiểm cho người tham gia giao thông. Đề nghị tỉnh bố trí kinh phí sửa chữa.",
  };
  const withoutMarks = {
    title: `De nghi sua chua duong tinh 534 bi sat lo nghiem trong ${token}`,
    content:
      "Duong tinh 534 doan qua phuong bi sat lo, dat da tran xuong mat duong, nguy hiem cho nguoi dan di lai. " +
      "De nghi tinh som bo tri kinh phi sua chua.",
  };

  const thanhVinh = await pageFor(browser, "thanhvinh@demo.vn");
  const primaryCode = await submitProposal(thanhVinh, { ...withMarks, field: "Hạ tầng – giao thông" });
  const cuaLo = await pageFor(browser, "cualo@demo.vn");
  const memberCode = await submitProposal(cuaLo, withoutMarks);
  expect(memberCode).not.toBe(primaryCode);

  // The coordinator opens the first; the second is suggested (matched without diacritics) and can be ticked.
  const coordinator = await pageFor(browser, "dieuphoi@demo.vn");
  await openProposal(coordinator, primaryCode, withMarks.title);
  const duplicates = coordinator.getByRole("region", { name: "Kiến nghị trùng" });
  await expect(
    duplicates.getByRole("heading", { name: "Kiến nghị tương tự trong cùng kỳ đối thoại" }),
  ).toBeVisible();
  const candidate = duplicates.getByRole("checkbox", { name: withoutMarks.title });
  await expect(candidate).toBeEnabled();
  const suggestion = duplicates
    .getByRole("listitem")
    .filter({ has: coordinator.getByRole("checkbox", { name: withoutMarks.title }) });
  await expect(suggestion).toContainText(memberCode);
  await expect(suggestion).toContainText("Phường Cửa Lò");
  await expect(suggestion).toContainText(/Tương đồng \d+(,\d)?%/);
  await expectAccessiblePage(coordinator, `${primaryCode} · Cổng đối thoại`);

  await candidate.check();
  await duplicates.getByRole("button", { name: "Gộp vào kiến nghị này" }).click();
  const members = duplicates.getByRole("list", { name: "Các kiến nghị đã gộp vào đây" });
  await expect(members.getByRole("listitem").filter({ hasText: memberCode })).toContainText("Đã gộp");
  await expect(duplicates).toContainText("Kiến nghị này đại diện cho nhóm");
  // A merged proposal is no longer offered as a duplicate.
  await expect(duplicates.getByRole("checkbox", { name: withoutMarks.title })).toHaveCount(0);

  // The merged one, seen by the coordinator: "Đã gộp", pointing at the first.
  await coordinator.goto(`/proposals/${encodeURIComponent(memberCode)}`);
  await expect(coordinator.getByRole("heading", { level: 1, name: withoutMarks.title })).toBeVisible();
  await expect(coordinator.getByText("Đã gộp", { exact: true }).first()).toBeVisible();
  await expect(coordinator.getByRole("region", { name: "Kiến nghị trùng" })).toContainText(
    `Kiến nghị này đã được gộp vào kiến nghị ${primaryCode} có cùng nội dung.`,
  );

  // Cửa Lò is notified, and its proposal says where it went and that the answer will come from there.
  await cuaLo.goto("/");
  await cuaLo.getByRole("link", { name: /^Thông báo/ }).click();
  await expect(cuaLo.getByRole("heading", { level: 1, name: "Thông báo" })).toBeVisible();
  const notice = cuaLo
    .getByRole("listitem")
    .filter({ hasText: `Kiến nghị ${memberCode} đã được gộp vào kiến nghị ${primaryCode} có cùng nội dung` });
  await expect(notice).toHaveCount(1);
  await notice.getByRole("button", { name: "Mở" }).click();
  await expect(cuaLo.getByRole("heading", { level: 1, name: withoutMarks.title })).toBeVisible();
  await expect(cuaLo.getByText("Đã gộp", { exact: true }).first()).toBeVisible();
  const mergedInto = cuaLo.getByRole("region", { name: "Kiến nghị trùng" });
  await expect(mergedInto).toContainText(
    `Kiến nghị này đã được gộp vào kiến nghị ${primaryCode} có cùng nội dung.`,
  );
  await expect(mergedInto).toContainText(withMarks.title);
  await expect(mergedInto).toContainText(
    `Kiến nghị ${primaryCode} chưa được trả lời; bạn sẽ nhận được thông báo khi có văn bản trả lời.`,
  );
  // Another commune's proposal stays out of reach: its code is not a link for Cửa Lò.
  await expect(mergedInto.getByRole("link", { name: primaryCode })).toHaveCount(0);
  await expect(cuaLo.getByRole("region", { name: "Diễn biến" })).toContainText("Gộp với kiến nghị trùng");
  await expectAccessiblePage(cuaLo, `${memberCode} · Cổng đối thoại`);

  // Thành Vinh's own proposal heads the group; Cửa Lò's proposal is not listed or linked for it.
  await thanhVinh.goto(`/proposals/${encodeURIComponent(primaryCode)}`);
  const group = thanhVinh.getByRole("region", { name: "Kiến nghị trùng" });
  await expect(group).toContainText("Kiến nghị này đại diện cho nhóm");
  await expect(group).toContainText("Không có kiến nghị nào khác trong nhóm mà bạn được xem.");
  await expect(thanhVinh.getByRole("link", { name: memberCode })).toHaveCount(0);
  await expect(thanhVinh.getByText(withoutMarks.title)).toHaveCount(0);

  for (const page of [thanhVinh, cuaLo, coordinator]) await page.context().close();
});
