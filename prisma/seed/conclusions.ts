// The Standing Committee's notice of conclusions after the 2023 dialogue: six key tasks and four agency assignments.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { TaskStatus } from "../../lib/generated/prisma/enums";
import { utcDay } from "./timeline";

export interface TaskPlan {
  kind: "KEY_TASK" | "AGENCY_ASSIGNMENT";
  title: string;
  description: string;
  agency?: string;
  dueOn: Date | null;
  status: TaskStatus;
  percent: number;
  updates: { author: string; status: TaskStatus; percent: number; note: string; at: string }[];
}

export const NOTICE_2023 = {
  number: "1498-TB/TU",
  issuedOn: utcDay("2023-08-21"),
  title:
    "Thông báo kết luận của Ban Thường vụ Tỉnh ủy tại Hội nghị gặp mặt, đối thoại với Bí thư Đảng ủy, Chủ tịch UBND các xã, phường, thị trấn năm 2023",
  content: [
    'Ngày 03 và 04/8/2023, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị gặp mặt, đối thoại với Bí thư Đảng ủy, Chủ tịch UBND các xã, phường, thị trấn với chủ đề "Đoàn kết – Dân chủ – Sáng tạo – Phát triển". Hội nghị đã nghe ý kiến, kiến nghị của cơ sở và các sở, ban, ngành trực tiếp trả lời nhiều nội dung.',
    "Ban Thường vụ Tỉnh ủy ghi nhận, biểu dương đội ngũ cán bộ chủ chốt cấp xã đã nỗ lực vượt qua khó khăn, lãnh đạo thực hiện tốt nhiệm vụ chính trị ở địa phương; đồng thời chỉ rõ những hạn chế cần khắc phục trong thời gian tới.",
    "Ban Thường vụ Tỉnh ủy yêu cầu Bí thư Đảng ủy, Chủ tịch UBND các xã, phường, thị trấn tập trung thực hiện sáu nhóm nhiệm vụ trọng tâm và giao các cơ quan của tỉnh thực hiện các nhiệm vụ được phân công dưới đây.",
  ].join("\n\n"),
};

const COORD = "canbo.bdvtu@demo.vn";
const ORG_HEAD = "lanhdao.tc@demo.vn";
const termEnd = utcDay("2025-06-30");

const key = (
  title: string,
  description: string,
  status: TaskStatus,
  percent: number,
  note: string,
  at: string,
): TaskPlan => ({
  kind: "KEY_TASK",
  title,
  description,
  dueOn: termEnd,
  status,
  percent,
  updates: [{ author: COORD, status, percent, note, at }],
});

// prettier-ignore
export const TASKS_2023: readonly TaskPlan[] = [
  key("Rà soát, đánh giá giữa nhiệm kỳ việc thực hiện nghị quyết đại hội",
    "Tổ chức rà soát, đánh giá giữa nhiệm kỳ việc thực hiện nghị quyết đại hội đảng bộ xã, phường, thị trấn nhiệm kỳ 2020–2025; bổ sung giải pháp cho các chỉ tiêu đạt thấp.",
    "COMPLETED", 100, "100% đảng bộ cấp xã đã hoàn thành đánh giá giữa nhiệm kỳ, bổ sung giải pháp cho các chỉ tiêu đạt thấp.", "2023-12-15"),
  key("Giữ nghiêm quy chế làm việc; đẩy mạnh chuyển đổi số, cải cách hành chính, dân chủ ở cơ sở",
    "Thực hiện nghiêm quy chế làm việc, nguyên tắc lãnh đạo tập thể gắn với trách nhiệm cá nhân người đứng đầu; đẩy mạnh chuyển đổi số, cải cách hành chính, thực hiện dân chủ ở cơ sở; chuẩn bị tốt việc sắp xếp đơn vị hành chính cấp xã giai đoạn 2023–2025.",
    "COMPLETED", 100, "Các xã, phường, thị trấn đã rà soát, ban hành lại quy chế làm việc; hoàn thành sắp xếp đơn vị hành chính giai đoạn 2023–2025.", "2024-12-20"),
  key("Huy động nguồn lực cho giảm nghèo, nông thôn mới, OCOP và hỗ trợ nhà ở giai đoạn 2023–2025",
    "Chủ động huy động các nguồn lực thực hiện giảm nghèo bền vững, xây dựng nông thôn mới, chương trình OCOP và hỗ trợ nhà ở cho hộ nghèo, hộ khó khăn giai đoạn 2023–2025.",
    "IN_PROGRESS", 85, "Đã hỗ trợ xây mới, sửa chữa phần lớn nhà ở cho hộ nghèo; số sản phẩm OCOP tăng so với năm 2023.", "2024-11-28"),
  key("Đối thoại với nhân dân, giải quyết kiến nghị chính đáng ngay từ cơ sở",
    "Thường xuyên tiếp xúc, đối thoại trực tiếp với nhân dân; giải quyết kịp thời, dứt điểm các kiến nghị chính đáng, hợp pháp ngay từ cơ sở.",
    "IN_PROGRESS", 90, "Các địa phương duy trì đối thoại định kỳ; tỷ lệ kiến nghị được giải quyết tại cơ sở tăng.", "2024-10-10"),
  key("Xây dựng phong trào thi đua và đời sống văn hóa ở khu dân cư",
    "Phát động, duy trì các phong trào thi đua yêu nước; xây dựng đời sống văn hóa, phát huy vai trò của Mặt trận và các đoàn thể ở khu dân cư.",
    "COMPLETED", 100, "Phong trào thi đua được tổng kết; nhiều mô hình tiêu biểu được khen thưởng.", "2024-12-05"),
  key("Giữ kỷ luật, kỷ cương, nêu gương và không ngừng học tập",
    "Cán bộ chủ chốt cấp xã nêu cao kỷ luật, kỷ cương, trách nhiệm nêu gương; không ngừng học tập, nâng cao trình độ, năng lực lãnh đạo, quản lý.",
    "IN_PROGRESS", 80, "Đã tổ chức các lớp bồi dưỡng cho cán bộ chủ chốt cấp xã; tiếp tục thực hiện thường xuyên.", "2024-09-20"),
  { kind: "AGENCY_ASSIGNMENT", agency: "BTGTU", title: "Tham mưu đánh giá kết quả hội nghị, tuyên truyền kết luận",
    description: "Tham mưu đánh giá kết quả hội nghị; chỉ đạo các cơ quan báo chí, hệ thống tuyên truyền cơ sở tuyên truyền sâu rộng nội dung kết luận.",
    dueOn: utcDay("2023-09-30"), status: "COMPLETED", percent: 100,
    updates: [{ author: COORD, status: "COMPLETED", percent: 100, note: "Ban Tuyên giáo Tỉnh ủy đã ban hành hướng dẫn tuyên truyền; báo chí của tỉnh đăng tải chuyên mục về kết quả hội nghị.", at: "2023-09-25" }] },
  { kind: "AGENCY_ASSIGNMENT", agency: "BTCTU", title: "Trả lời kiến nghị về tổ chức – cán bộ; chuẩn bị quy định thí điểm tăng cường cán bộ cấp phòng về xã",
    description: "Chủ trì trả lời các kiến nghị về công tác tổ chức, cán bộ và cải cách hành chính trong Đảng; chuẩn bị quy định thí điểm tăng cường cán bộ cấp phòng của các sở, ngành về công tác tại cấp xã.",
    dueOn: utcDay("2023-12-31"), status: "COMPLETED", percent: 100,
    updates: [
      { author: ORG_HEAD, status: "IN_PROGRESS", percent: 60, note: "Đã trả lời các kiến nghị thuộc lĩnh vực; dự thảo quy định thí điểm đang lấy ý kiến các sở, ngành.", at: "2023-10-20" },
      { author: ORG_HEAD, status: "COMPLETED", percent: 100, note: "Ban Thường vụ Tỉnh ủy đã ban hành quy định thí điểm; đợt đầu tăng cường cán bộ về các xã khó khăn.", at: "2024-03-15" },
    ] },
  { kind: "AGENCY_ASSIGNMENT", agency: "BCSDUBND", title: "Chỉ đạo UBND tỉnh, các sở, ban, ngành trả lời kiến nghị; tháo gỡ khó khăn của cơ sở",
    description: "Lãnh đạo UBND tỉnh chỉ đạo các sở, ban, ngành trả lời các kiến nghị thuộc thẩm quyền; tham mưu tháo gỡ khó khăn của cơ sở về phát triển kinh tế – xã hội, quốc phòng, an ninh, đối ngoại.",
    dueOn: utcDay("2023-10-31"), status: "COMPLETED", percent: 100,
    updates: [{ author: COORD, status: "COMPLETED", percent: 100, note: "UBND tỉnh đã chỉ đạo các sở, ngành trả lời toàn bộ kiến nghị thuộc thẩm quyền.", at: "2023-11-10" }] },
  { kind: "AGENCY_ASSIGNMENT", agency: "BDVTU", title: "Gửi trả lời; theo dõi, đôn đốc, kiểm tra thực hiện; báo cáo chuyên đề và hằng năm",
    description: "Chủ trì, phối hợp Ban Tổ chức Tỉnh ủy và Ban cán sự đảng UBND tỉnh gửi văn bản trả lời đến tổ chức, cá nhân liên quan; theo dõi, đôn đốc, kiểm tra việc thực hiện; báo cáo Ban Thường vụ Tỉnh ủy bằng báo cáo chuyên đề và hằng năm.",
    dueOn: utcDay("2024-12-31"), status: "COMPLETED", percent: 100,
    updates: [
      { author: COORD, status: "IN_PROGRESS", percent: 50, note: "Đã gửi văn bản trả lời đến các địa phương; ban hành báo cáo chuyên đề lần 1.", at: "2023-12-20" },
      { author: COORD, status: "COMPLETED", percent: 100, note: "Đã báo cáo Ban Thường vụ Tỉnh ủy kết quả theo dõi, đôn đốc năm 2024.", at: "2024-12-18" },
    ] },
];

export async function writeConclusions(
  tx: Prisma.TransactionClient,
  sessionId: number,
  { agencyId, userId }: { agencyId: (code: string) => number; userId: (email: string) => number },
): Promise<void> {
  await tx.conclusionNotice.create({
    data: {
      sessionId,
      number: NOTICE_2023.number,
      issuedOn: NOTICE_2023.issuedOn,
      title: NOTICE_2023.title,
      content: NOTICE_2023.content,
      createdAt: NOTICE_2023.issuedOn,
      tasks: {
        create: TASKS_2023.map((t, k) => ({
          kind: t.kind,
          sortOrder: k + 1,
          title: t.title,
          description: t.description,
          agencyId: t.agency ? agencyId(t.agency) : null,
          dueOn: t.dueOn,
          status: t.status,
          percent: t.percent,
          version: 1 + t.updates.length,
          updates: {
            create: t.updates.map((u) => ({
              authorId: userId(u.author),
              status: u.status,
              percent: u.percent,
              note: u.note,
              createdAt: new Date(`${u.at}T02:30:00Z`),
            })),
          },
        })),
      },
    },
  });
}
