// Starting templates for reply letters (AnswerTemplate reference data): general ones and some per field or agency.
import type { Prisma } from "../../lib/generated/prisma/client";

export interface AnswerTemplateDef {
  name: string;
  /** sanitised-HTML body; "…" marks what the officer fills in */
  body: string;
  field?: string;
  agency?: string;
}

export const ANSWER_TEMPLATES: readonly AnswerTemplateDef[] = [
  {
    name: "Trả lời chung: ghi nhận và giao thực hiện",
    body:
      "<p>Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại chương trình gặp mặt, đối thoại với lãnh đạo chủ chốt các xã, phường, " +
      "cơ quan trả lời kiến nghị của địa phương như sau:</p>" +
      "<p>1. Về nội dung kiến nghị: …</p>" +
      "<p>2. Kết quả rà soát, căn cứ quy định: …</p>" +
      "<p>3. Hướng giải quyết, thời gian và đơn vị thực hiện: …</p>" +
      "<p>Cơ quan trân trọng trả lời để địa phương biết, phối hợp thực hiện.</p>",
  },
  {
    name: "Không thuộc thẩm quyền của tỉnh: đã chuyển cơ quan có thẩm quyền",
    body:
      "<p>Nội dung kiến nghị thuộc thẩm quyền giải quyết của …, không thuộc thẩm quyền của tỉnh.</p>" +
      "<p>Cơ quan đã có văn bản số … ngày … chuyển kiến nghị đến … để xem xét, giải quyết theo quy định; " +
      "khi có kết quả sẽ thông báo để địa phương biết.</p>",
  },
  {
    name: "Hạ tầng – giao thông: bố trí vốn đầu tư, sửa chữa",
    field: "HTGT",
    agency: "SXD",
    body:
      "<p>Sở Xây dựng đã phối hợp với địa phương kiểm tra hiện trạng công trình …</p>" +
      "<ul><li>Hiện trạng: …</li><li>Nguồn vốn đề xuất bố trí: … (kế hoạch đầu tư công trung hạn / vốn sự nghiệp giao thông năm …)</li>" +
      "<li>Thời gian dự kiến triển khai: …</li></ul>" +
      "<p>Đề nghị UBND xã, phường hoàn thiện hồ sơ đề xuất chủ trương đầu tư, gửi Sở Xây dựng trước ngày … để tổng hợp, " +
      "tham mưu UBND tỉnh.</p>",
  },
  {
    name: "Tổ chức – cán bộ: hướng dẫn thực hiện theo quy định",
    field: "TCCB",
    agency: "BTCTU",
    body:
      "<p>Ban Tổ chức Tỉnh ủy trả lời như sau:</p>" +
      "<p>Căn cứ Quy định số … của Bộ Chính trị và hướng dẫn của Ban Tổ chức Trung ương về …, việc … được thực hiện như sau: …</p>" +
      "<p>Đề nghị Đảng ủy xã, phường rà soát, lập hồ sơ theo hướng dẫn và gửi về Ban Tổ chức Tỉnh ủy để thẩm định. " +
      "Trong quá trình thực hiện, nếu có vướng mắc đề nghị liên hệ phòng … của Ban để được hướng dẫn.</p>",
  },
];

/** Inserts the templates whose name is not there yet; templates an administrator edited are left as they are. */
export async function seedAnswerTemplates(db: Prisma.TransactionClient): Promise<number> {
  const existing = new Set(
    (
      await db.answerTemplate.findMany({
        where: { name: { in: ANSWER_TEMPLATES.map((t) => t.name) } },
        select: { name: true },
      })
    ).map((t) => t.name),
  );
  const missing = ANSWER_TEMPLATES.filter((t) => !existing.has(t.name));
  if (missing.length === 0) return 0;
  const codes = (list: (string | undefined)[]) => list.filter((c): c is string => c !== undefined);
  const fields = new Map(
    (
      await db.field.findMany({
        where: { code: { in: codes(missing.map((t) => t.field)) } },
        select: { id: true, code: true },
      })
    ).map((f) => [f.code, f.id]),
  );
  const agencies = new Map(
    (
      await db.agency.findMany({
        where: { code: { in: codes(missing.map((t) => t.agency)) } },
        select: { id: true, code: true },
      })
    ).map((a) => [a.code, a.id]),
  );
  const { count } = await db.answerTemplate.createMany({
    data: missing.map((t) => ({
      name: t.name,
      body: t.body,
      fieldId: t.field ? (fields.get(t.field) ?? null) : null,
      agencyId: t.agency ? (agencies.get(t.agency) ?? null) : null,
    })),
  });
  return count;
}
