// After the reply: coordinating agencies' input, implementation progress, and urges for late answers.
import { addWorkingDays } from "../../lib/calendar/working-days";
import type { ImplementationOutcome } from "../../lib/generated/prisma/enums";
import { CONTRIBUTIONS, IMPLEMENTATION_NOTES } from "./answer-texts";
import type { Rng } from "./random";
import { between, ddmmyyyy, type BuildContext, type BuiltProposal } from "./rows";
import { atVietnamTime } from "./timeline";
import { officerEmail } from "./users";

export function addContributions(p: BuiltProposal, r: Rng): void {
  const reviewAt =
    p.answers.find((a) => a.submittedAt)?.submittedAt ??
    (p.status === "IN_PROGRESS" && r.chance(0.5) ? p.updatedAt : null);
  for (const a of p.assignments) {
    if (a.role !== "COORDINATING" || !reviewAt) continue;
    a.contribution = r.pick(CONTRIBUTIONS);
    a.contributedAt = between(r, a.assignedAt, reviewAt);
  }
}

export function addImplementation(p: BuiltProposal, r: Rng): void {
  if (!p.sentAt || !p.slot.lead) return;
  const old = p.slot.session.era === "old";
  const closed = p.status === "CLOSED";
  if (!closed && !r.chance(old ? 0.6 : 0.35)) return;
  const final: ImplementationOutcome = closed
    ? r.weighted<ImplementationOutcome>([
        ["RESOLVED", 6],
        ["PARTLY_RESOLVED", 3],
        ["UNRESOLVED", 1],
      ])
    : r.weighted<ImplementationOutcome>([
        ["IN_PROGRESS", 7],
        ["PARTLY_RESOLVED", 2],
      ]);
  const until = p.closedAt ?? p.updatedAt;
  const n = closed ? r.int(1, 3) : r.int(1, 2);
  const times = Array.from({ length: n }, () => between(r, p.sentAt!, until)).sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  if (closed) times[n - 1] = new Date(until.getTime() - r.int(30, 600) * 60_000);
  let percent = 0;
  times.forEach((at, k) => {
    const last = k === n - 1;
    const outcome: ImplementationOutcome = last ? final : "IN_PROGRESS";
    percent =
      last && final === "RESOLVED"
        ? 100
        : last && final === "UNRESOLVED"
          ? r.int(0, 15)
          : Math.min(90, percent + r.int(10, 40));
    p.updates.push({
      agency: p.slot.lead!,
      author: officerEmail(p.slot.lead!),
      percent,
      outcome,
      note: r.pick(IMPLEMENTATION_NOTES[outcome]),
      at,
    });
  });
  p.implementationOutcome = final;
  p.implementationPercent = percent;
}

export function addUrges(p: BuiltProposal, ctx: BuildContext, r: Rng): void {
  const running = ["ASSIGNED", "IN_PROGRESS", "IN_REVIEW"].includes(p.status);
  if (!running || !p.answerDueOn || p.answerDueOn >= ctx.today || !p.slot.lead) return;
  const first = addWorkingDays(p.answerDueOn, 1, ctx.exc);
  if (first >= ctx.today) return;
  const name = ctx.agencies.get(p.slot.lead)?.name ?? p.slot.lead;
  p.urges.push({
    agency: p.slot.lead,
    level: 1,
    by: ctx.coordinatorEmail,
    at: atVietnamTime(first, 8, r.int(0, 50)),
    message: `Kiến nghị {code} đã quá hạn trả lời (hạn ${ddmmyyyy(p.answerDueOn)}). Đề nghị ${name} khẩn trương hoàn thành, báo cáo kết quả.`,
  });
  const second = addWorkingDays(first, 2, ctx.exc);
  if (second < ctx.today) {
    p.urges.push({
      agency: p.slot.lead,
      level: 2,
      by: ctx.coordinatorEmail,
      at: atVietnamTime(second, 9, r.int(0, 50)),
      message: `Đôn đốc lần 2: kiến nghị {code} vẫn chưa có văn bản trả lời. Đề nghị lãnh đạo ${name} chỉ đạo xử lý dứt điểm.`,
    });
  }
}
