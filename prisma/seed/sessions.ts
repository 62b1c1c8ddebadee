// The two demo sessions: the real 2023 dialogue (absolute dates) and a current one placed around "today".
import type { SessionStatus } from "../../lib/generated/prisma/enums";
import type { CalendarExceptions } from "../../lib/calendar/working-days";
import { addDays, atVietnamTime, onOrAfterWorkingDay, utcDay } from "./timeline";

export interface SessionPlan {
  key: "2023" | "2026";
  code: string;
  title: string;
  theme: string;
  startsOn: Date;
  endsOn: Date;
  venue: string;
  agenda: string;
  submissionOpensAt: Date;
  submissionClosesAt: Date;
  coordinatingAgency: string;
  status: SessionStatus;
  defaultAnswerDays: number;
  receiptDays: number;
  era: "old" | "new";
  /** First and last day on which the demo places events of this session's proposals. */
  windowOpen: Date;
  lastEventDay: Date;
  /** Assignments wait for the notice of conclusions (2023) or start at once (2026). */
  assignNotBefore: Date;
}

const TITLE =
  "Hội nghị gặp mặt, đối thoại giữa Ban Thường vụ Tỉnh ủy với Bí thư Đảng ủy, Chủ tịch UBND các xã, phường";

export function session2023(): SessionPlan {
  return {
    key: "2023",
    code: "DT-2023",
    title: `${TITLE}, thị trấn năm 2023`,
    theme: "Đoàn kết – Dân chủ – Sáng tạo – Phát triển",
    startsOn: utcDay("2023-08-03"),
    endsOn: utcDay("2023-08-04"),
    venue: "Trung tâm Hội nghị tỉnh, thành phố Vinh, tỉnh Nghệ An",
    agenda:
      "Ngày 03/8: khai mạc; báo cáo kết quả giải quyết kiến nghị kỳ trước; đối thoại theo các nhóm lĩnh vực. Ngày 04/8: đối thoại (tiếp); phát biểu kết luận của đồng chí Bí thư Tỉnh ủy.",
    submissionOpensAt: atVietnamTime(utcDay("2023-07-03"), 0),
    submissionClosesAt: atVietnamTime(utcDay("2023-07-28"), 17),
    coordinatingAgency: "BDVTU",
    status: "CLOSED",
    defaultAnswerDays: 15,
    receiptDays: 10,
    era: "old",
    windowOpen: utcDay("2023-07-03"),
    lastEventDay: utcDay("2024-12-20"),
    assignNotBefore: utcDay("2023-08-22"),
  };
}

/** The open session: submissions from today−30 to today+14, the meeting on the first working day from today+21. */
export function session2026(today: Date, exc: CalendarExceptions): SessionPlan {
  const meeting = onOrAfterWorkingDay(addDays(today, 21), exc);
  return {
    key: "2026",
    code: "DT-2026",
    title: `${TITLE} năm 2026`,
    theme: "Chính quyền hai cấp gần dân, sát dân, phục vụ nhân dân",
    startsOn: meeting,
    endsOn: meeting,
    venue: "Trung tâm Hội nghị tỉnh, phường Thành Vinh, tỉnh Nghệ An",
    agenda:
      "Buổi sáng: báo cáo kết quả giải quyết kiến nghị năm 2023 và sau sắp xếp đơn vị hành chính; đối thoại nhóm lĩnh vực tổ chức – cán bộ, đất đai, hạ tầng. Buổi chiều: đối thoại (tiếp); kết luận hội nghị.",
    submissionOpensAt: atVietnamTime(addDays(today, -30), 0),
    submissionClosesAt: new Date(atVietnamTime(addDays(today, 15), 0).getTime() - 1),
    coordinatingAgency: "BTGDVTU",
    status: "OPEN",
    defaultAnswerDays: 15,
    receiptDays: 10,
    era: "new",
    windowOpen: onOrAfterWorkingDay(addDays(today, -30), exc),
    lastEventDay: addDays(today, -1),
    assignNotBefore: addDays(today, -30),
  };
}
