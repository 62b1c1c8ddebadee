// One brand-new proposal carried through the whole cycle by everyone who touches it, through the UI only:
// commune → coordinator (receive, assign) → coordinating agency (input) → lead agency officer (draft, submit) →
// head (request changes) → officer (revise, resubmit) → head (approve, sign) → coordinator (send) → commune
// (notification, read, acknowledge with a rating, follow-up) → officer (reply, implementation) → commune (sees it
// all on the timeline, and none of the agencies' internal steps).
import { expect, test, type Page } from "@playwright/test";
import {
  expectDone,
  expectLatestStep,
  expectAccessiblePage,
  openProposal,
  pageFor,
  submitProposal,
  timelineSteps,
  todayInVietnam,
} from "./support";

const HOME_TITLE = "Trang chủ · Cổng đối thoại";

const NAMES = {
  commune: "Trần Quốc Thành",
  coordinator: "Nguyễn Thị Thu Hà",
  officer: "Nguyễn Văn Đức",
  head: "Võ Thanh Sơn",
  coordinatingOfficer: "Hồ Thị Lan",
};

/** The answering agencies' forms report in their own live region (they do not reload the page). */
async function expectFormMessage(page: Page, message: string) {
  await expect(page.getByRole("status").filter({ hasText: message })).toBeVisible();
}

test("a new proposal goes through the whole cycle across all roles", async ({ browser }) => {
  test.setTimeout(420_000);
  const stamp = Date.now();
  const title = `Đề nghị đầu tư nâng cấp tuyến đường Lê Mao kéo dài ${stamp}`;
  const contribution = `Sở Nông nghiệp và Môi trường thống nhất; lưu ý hành lang thoát lũ ${stamp}.`;
  const internalNote = `Ghi chú nội bộ: kiểm tra nguồn vốn sự nghiệp giao thông ${stamp}`;
  const reviewComment = `Bổ sung nguồn vốn và thời gian triển khai cụ thể ${stamp}`;
  const firstDraft = `Sở Xây dựng đã kiểm tra hiện trạng tuyến đường ${stamp}.`;
  const revision = `Nguồn vốn: kế hoạch đầu tư công trung hạn 2026–2030; khởi công quý III/2026 (${stamp}).`;
  const documentNumber = `${10_000 + (stamp % 90_000)}/SXD-QLXD`;
  const question = `Đề nghị Sở cho biết thời gian cụ thể bàn giao mặt bằng ${stamp}?`;
  const followUpReply = `Mặt bằng bàn giao trước ngày 30/9/2026 (${stamp}).`;
  const today = todayInVietnam();

  // ── The commune writes and submits; the receipt carries the reference code. ──
  const commune = await pageFor(browser, "thanhvinh@demo.vn");
  await expect(
    commune.getByRole("heading", { level: 1, name: "Kiến nghị của Phường Thành Vinh" }),
  ).toBeVisible();
  await expectAccessiblePage(commune, HOME_TITLE);
  const code = await submitProposal(commune, {
    title,
    field: "Hạ tầng – giao thông",
    content:
      "Tuyến đường Lê Mao kéo dài dài 1,2 km xuống cấp nghiêm trọng, mùa mưa ngập sâu, ảnh hưởng 1.500 hộ dân. " +
      "Đề nghị tỉnh bố trí vốn đầu tư nâng cấp.",
  });
  expect(code).toMatch(new RegExp(`^ĐT-${new Date().getFullYear()}-\\d{5}$`));
  const proposalUrl = `/proposals/${encodeURIComponent(code)}`;
  const proposalTitle = `${code} · Cổng đối thoại`;

  // ── The coordinator finds it, receives it and assigns it. ──
  const coordinator = await pageFor(browser, "dieuphoi@demo.vn");
  await expect(coordinator.getByRole("heading", { level: 1, name: "Kiến nghị mới đến" })).toBeVisible();
  await expectAccessiblePage(coordinator, HOME_TITLE);
  await openProposal(coordinator, code, title);
  await coordinator.getByRole("button", { name: "Tiếp nhận" }).click();
  await expectDone(coordinator, "Tiếp nhận");

  const assign = coordinator.locator("form").filter({ has: coordinator.getByLabel("Cơ quan chủ trì") });
  await assign.getByLabel("Lĩnh vực").selectOption({ label: "Hạ tầng – giao thông" });
  await assign.getByLabel("Cơ quan chủ trì").selectOption({ label: "Sở Xây dựng" });
  await assign
    .getByRole("group", { name: "Cơ quan phối hợp" })
    .getByRole("checkbox", { name: "Sở Nông nghiệp và Môi trường", exact: true })
    .check();
  await expect(assign.getByLabel("Hạn trả lời")).not.toHaveValue(""); // the session's default, kept
  await assign.getByRole("button", { name: "Chuyển xử lý" }).click();
  await expectDone(coordinator, "Chuyển xử lý");
  const facts = coordinator.getByRole("region", { name: "Kiến nghị", exact: true });
  await expect(facts).toContainText("Sở Xây dựng");
  await expect(facts).toContainText("Sở Nông nghiệp và Môi trường");
  await expect(coordinator.getByText("Đã chuyển xử lý").first()).toBeVisible();

  // ── The coordinating agency gives its input. ──
  const coordinating = await pageFor(browser, "canbo.nn@demo.vn");
  await expect(
    coordinating.getByRole("heading", { level: 1, name: "Kiến nghị giao cho Sở Nông nghiệp và Môi trường" }),
  ).toBeVisible();
  await expectAccessiblePage(coordinating, HOME_TITLE);
  await openProposal(coordinating, code, title);
  await coordinating.getByLabel("Ý kiến của cơ quan").fill(contribution);
  await coordinating.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expectFormMessage(coordinating, "Đã gửi ý kiến cho cơ quan chủ trì.");

  // ── The lead agency's officer drafts the answer (from a template), saves, adds a note, submits for review. ──
  const officer = await pageFor(browser, "canbo.xd@demo.vn");
  await expect(
    officer.getByRole("heading", { level: 1, name: "Kiến nghị giao cho Sở Xây dựng" }),
  ).toBeVisible();
  await expectAccessiblePage(officer, HOME_TITLE);
  await openProposal(officer, code, title);
  await expect(officer.getByRole("region", { name: "Ý kiến cơ quan phối hợp" })).toContainText(contribution);
  const editor = officer.getByRole("textbox", { name: "Nội dung trả lời" });
  await officer
    .getByRole("toolbar", { name: "Định dạng văn bản" })
    .getByRole("combobox")
    .selectOption({ label: "Hạ tầng – giao thông: bố trí vốn đầu tư, sửa chữa" });
  await expect(editor).toContainText("Sở Xây dựng đã phối hợp với địa phương kiểm tra hiện trạng");
  await editor.click();
  await officer.keyboard.press("Control+End");
  await officer.keyboard.press("Enter");
  await officer.keyboard.type(firstDraft);
  await officer.getByRole("button", { name: "Lưu dự thảo" }).click();
  await expectFormMessage(officer, "Đã lưu dự thảo.");
  await expect(editor).toContainText(firstDraft); // reloaded from what was stored

  await officer.getByLabel("Ghi chú mới").fill(internalNote);
  await officer.getByRole("button", { name: "Thêm ghi chú" }).click();
  await expectFormMessage(officer, "Đã thêm ghi chú.");
  await expect(officer.getByRole("region", { name: "Ghi chú nội bộ" })).toContainText(internalNote);

  // The draft form gives way to the read-only draft "in review" (its own success message goes with it).
  await officer.getByRole("button", { name: "Trình lãnh đạo duyệt" }).click();
  await expectLatestStep(officer, "Trình duyệt");
  await expect(officer.getByText("Dự thảo đang chờ lãnh đạo cơ quan duyệt.")).toBeVisible();

  // Not sent yet: the commune sees no answer at all, only that there is none.
  await commune.goto(proposalUrl);
  await expect(commune.getByRole("region", { name: "Văn bản trả lời" })).toContainText(
    "Chưa có văn bản trả lời.",
  );
  await expect(commune.getByText(firstDraft)).toHaveCount(0);

  // ── The head sends it back with a comment. ──
  const head = await pageFor(browser, "lanhdao.xd@demo.vn");
  await expect(head.getByRole("heading", { level: 1, name: "Kiến nghị giao cho Sở Xây dựng" })).toBeVisible();
  await expect(head.getByRole("heading", { name: /^Dự thảo trả lời chờ duyệt/ })).toBeVisible();
  await expectAccessiblePage(head, HOME_TITLE);
  await openProposal(head, code, title);
  const review = head.getByRole("region", { name: "Trả lời kiến nghị" });
  await expect(review.getByRole("heading", { name: "Dự thảo chờ duyệt" })).toBeVisible();
  await expect(review).toContainText(firstDraft);
  await head.getByLabel(/^Ý kiến yêu cầu sửa/).fill(reviewComment);
  await head.getByRole("button", { name: "Yêu cầu sửa" }).click();
  await expectLatestStep(head, "Yêu cầu sửa");

  // ── The officer sees the comment, revises and resubmits. ──
  await officer.goto(proposalUrl);
  await expect(officer.getByRole("note")).toContainText(reviewComment);
  await expect(editor).toContainText(firstDraft);
  await expectAccessiblePage(officer, proposalTitle); // the workspace: editor, toolbar, notes
  await editor.click();
  await officer.keyboard.press("Control+End");
  await officer.keyboard.press("Enter");
  await officer.keyboard.type(revision);
  await officer.getByRole("button", { name: "Trình lãnh đạo duyệt" }).click();
  await expectLatestStep(officer, "Trình duyệt");
  await expect(officer.getByText("Dự thảo đang chờ lãnh đạo cơ quan duyệt.")).toBeVisible();

  // ── The head approves and signs: number, date, signer. ──
  await head.goto(proposalUrl);
  await expect(review).toContainText(revision);
  const approve = head.getByRole("form", { name: "Duyệt và ký ban hành" });
  await approve.getByLabel("Số, ký hiệu văn bản").fill(documentNumber);
  await approve.getByLabel("Ngày ban hành").fill(today.iso);
  await approve.getByLabel("Người ký", { exact: true }).fill("Võ Thanh Sơn");
  await approve.getByLabel("Chức vụ người ký").fill("Phó Giám đốc Sở Xây dựng");
  await expectAccessiblePage(head, proposalTitle); // the review: approve and send-back forms
  await approve.getByRole("button", { name: "Duyệt văn bản trả lời" }).click();
  await expectLatestStep(head, "Duyệt văn bản trả lời");
  await expect(head.getByRole("region", { name: "Văn bản trả lời" })).toContainText(`Số: ${documentNumber}`);

  // Approved but not sent: still nothing for the commune.
  await commune.reload();
  await expect(commune.getByRole("region", { name: "Văn bản trả lời" })).toContainText(
    "Chưa có văn bản trả lời.",
  );
  await expect(commune.getByText(documentNumber)).toHaveCount(0);
  await expect(commune.getByText(revision)).toHaveCount(0);

  // ── The coordinator sends the answer to the commune. ──
  await coordinator.goto(proposalUrl);
  await expect(coordinator.getByText("Đã duyệt").first()).toBeVisible();
  await coordinator.getByRole("button", { name: "Gửi văn bản trả lời cho xã, phường" }).click();
  await expectDone(coordinator, "Gửi văn bản trả lời");
  await expect(coordinator.getByText("Đã trả lời").first()).toBeVisible();

  // ── The commune is notified, reads the answer, acknowledges with a rating and asks once more. ──
  await commune.goto("/");
  const bell = commune.getByRole("link", { name: /^Thông báo/ });
  await expect(bell).toContainText(/\d+/);
  await bell.click();
  await expect(commune.getByRole("heading", { level: 1, name: "Thông báo" })).toBeVisible();
  const notice = commune.getByRole("listitem").filter({ hasText: `Đã có văn bản trả lời kiến nghị ${code}` });
  await expect(notice).toHaveCount(1);
  await expectAccessiblePage(commune, "Thông báo · Cổng đối thoại");
  await notice.getByRole("button", { name: "Mở" }).click();
  await expect(commune.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const answer = commune.getByRole("region", { name: "Văn bản trả lời" });
  await expect(answer).toContainText(`Số: ${documentNumber}`);
  await expect(answer).toContainText(`Ngày ${today.shown}`);
  await expect(answer).toContainText(firstDraft);
  await expect(answer).toContainText(revision);
  await expect(answer).toContainText("Người ký: Võ Thanh Sơn, Phó Giám đốc Sở Xây dựng");

  await commune.getByRole("radio", { name: "Hài lòng một phần" }).check();
  await commune.getByLabel("Nhận xét (không bắt buộc)").fill("Cần làm rõ thời gian bàn giao mặt bằng.");
  await commune.getByRole("button", { name: "Xác nhận đã nhận văn bản trả lời" }).click();
  await expectDone(commune, "Xác nhận đã nhận");
  await expect(answer).toContainText("Đánh giá của xã, phường: Hài lòng một phần");

  await commune.locator("summary", { hasText: "Hỏi lại cơ quan chủ trì" }).click(); // opens the disclosure
  await commune.getByLabel("Câu hỏi").fill(question);
  await commune.getByRole("button", { name: "Hỏi lại cơ quan chủ trì" }).click();
  await expectDone(commune, "Hỏi lại");
  await expect(commune.getByRole("region", { name: "Hỏi lại và trả lời" })).toContainText(question);
  await expect(commune.getByText("Đang chờ cơ quan chủ trì trả lời.")).toBeVisible();

  // ── The officer replies to the follow-up and records implementation. ──
  await officer.goto(proposalUrl);
  await expect(officer.getByText(question).first()).toBeVisible();
  await officer.getByLabel("Nội dung trả lời").fill(followUpReply);
  await officer.getByRole("button", { name: "Gửi trả lời" }).click();
  await expectLatestStep(officer, "Trả lời câu hỏi lại");

  const results = officer.getByRole("region", { name: "Kết quả thực hiện" });
  await officer.getByLabel("Tỷ lệ hoàn thành (%)").fill("60");
  await officer.getByLabel("Kết quả", { exact: true }).selectOption({ label: "Đang thực hiện" });
  await officer.getByLabel("Nội dung đã thực hiện").fill("Đã phê duyệt chủ trương đầu tư, đang lập dự án.");
  await officer.getByRole("button", { name: "Cập nhật", exact: true }).click();
  await expectFormMessage(officer, "Đã cập nhật kết quả thực hiện.");
  await expect(results).toContainText("Đang thực hiện · 60%");

  await officer.getByLabel("Tỷ lệ hoàn thành (%)").fill("100");
  await officer.getByLabel("Kết quả", { exact: true }).selectOption({ label: "Đã giải quyết" });
  await officer.getByLabel("Nội dung đã thực hiện").fill("Tuyến đường đã hoàn thành, đưa vào sử dụng.");
  await officer.getByRole("button", { name: "Cập nhật", exact: true }).click();
  await expect(results).toContainText("Đã giải quyết · 100%");

  // ── The commune sees the reply, the implementation and the timeline: who did what, in order. ──
  await commune.reload();
  const followUps = commune.getByRole("region", { name: "Hỏi lại và trả lời" });
  await expect(followUps).toContainText(followUpReply);
  await expect(followUps).toContainText(NAMES.officer);
  const implementation = commune.getByRole("region", { name: "Kết quả thực hiện" });
  await expect(implementation).toContainText("Đã giải quyết · 100%");
  await expect(implementation).toContainText("Đang thực hiện · 60%");
  await expect(implementation).toContainText("Tuyến đường đã hoàn thành, đưa vào sử dụng.");

  const steps = await timelineSteps(commune);
  const expected = [
    { step: "Gửi kiến nghị", by: NAMES.commune },
    { step: "Tiếp nhận", by: NAMES.coordinator },
    { step: "Chuyển xử lý", by: NAMES.coordinator },
    { step: "Gửi văn bản trả lời", by: NAMES.coordinator },
    { step: "Xác nhận đã nhận", by: NAMES.commune },
    { step: "Hỏi lại", by: NAMES.commune },
    { step: "Trả lời câu hỏi lại", by: NAMES.officer },
    { step: "Cập nhật kết quả thực hiện", by: NAMES.officer },
    { step: "Cập nhật kết quả thực hiện", by: NAMES.officer },
  ];
  // Each expected step appears, by the right person, after the one before it.
  let from = 0;
  for (const want of expected) {
    const at = steps.findIndex((s, i) => i >= from && s.step === want.step && s.by === want.by);
    expect(
      at,
      `timeline step "${want.step}" by ${want.by}, after position ${from}, in ${JSON.stringify(steps)}`,
    ).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
  // The agencies' internal work stays inside: no review steps, no note, no review comment, no drafts history.
  // (The texts of the coordinating agency's input and of the internal note are hidden; their timeline entries,
  // "Ý kiến cơ quan phối hợp" and "Ghi chú nội bộ", still show to the commune — reported, see INTERNAL_ACTIONS.)
  const seen = steps.map((s) => s.step);
  for (const internal of ["Trình duyệt", "Yêu cầu sửa", "Soạn dự thảo trả lời", "Duyệt văn bản trả lời"]) {
    expect(seen).not.toContain(internal);
  }
  for (const secret of [internalNote, reviewComment, contribution]) {
    await expect(commune.getByText(secret)).toHaveCount(0);
  }
  await expect(commune.getByRole("region", { name: "Ghi chú nội bộ" })).toHaveCount(0);
  await expectAccessiblePage(commune, proposalTitle);

  // The agency, by contrast, sees its whole internal trail.
  await officer.reload();
  const officerSteps = await timelineSteps(officer);
  for (const entry of [
    { step: "Ý kiến cơ quan phối hợp", by: NAMES.coordinatingOfficer },
    { step: "Trình duyệt", by: NAMES.officer },
    { step: "Yêu cầu sửa", by: NAMES.head },
    { step: "Duyệt văn bản trả lời", by: NAMES.head },
    { step: "Gửi văn bản trả lời", by: NAMES.coordinator },
  ]) {
    expect(officerSteps).toContainEqual(entry);
  }

  for (const page of [commune, coordinator, coordinating, officer, head]) await page.context().close();
});
