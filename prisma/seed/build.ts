// Turns a planned, timed proposal into rows: proposal fields, events, assignments, follow-ups and the rest.
import { addWorkingDays } from "../../lib/calendar/working-days";
import type { Rating } from "../../lib/generated/prisma/enums";
import { answerStep } from "./answers";
import {
  CLOSE_NOTES,
  FOLLOW_UP_QUESTIONS,
  FOLLOW_UP_REPLIES,
  RATING_COMMENTS,
  RETURN_REASONS,
  WITHDRAW_NOTES,
} from "./answer-texts";
import { FIELDS } from "./fields";
import { addContributions, addImplementation, addUrges } from "./followthrough";
import { dueFrom, stepsFor, timeSteps, TRANSITIONS } from "./lifecycle";
import type { Slot } from "./proposals";
import type { Rng } from "./random";
import { answerLetter, renderText, senderOf } from "./render";
import {
  between,
  ddmmyyyy,
  emptyProposal,
  type BuildContext,
  type BuiltProposal,
  type EventRow,
} from "./rows";
import { isoDay, vietnamDay } from "./timeline";
import { officerEmail } from "./users";

export type { AgencyInfo, BuildContext, BuiltProposal } from "./rows";

export function buildProposal(slot: Slot, ctx: BuildContext, rng: Rng): BuiltProposal {
  const session = slot.session;
  const year = session.startsOn.getUTCFullYear();
  const text = renderText(slot.text, slot.unit, year, rng.fork("text"));
  const steps = timeSteps(slot, stepsFor(slot), ctx.today, ctx.exc, rng.fork("time"));
  const field = FIELDS.find((f) => f.code === slot.text.field);
  const lead = slot.lead ? ctx.agencies.get(slot.lead) : undefined;
  const sender = senderOf(slot.text.field, slot.unit);
  const coordinator = ctx.coordinatorEmail;
  const author = ctx.authorEmail;
  const entered = slot.raisedAtMeeting ? coordinator : null;
  const letter = (draft: boolean) =>
    answerLetter({ title: text.title, answer: text.answer, sender, agencyName: lead?.name ?? "", draft });
  const p = emptyProposal(slot, {
    title: text.title,
    content: text.content,
    authorEmail: author,
    enteredByEmail: entered,
    createdAt: steps[0]!.at,
    updatedAt: steps[steps.length - 1]!.at,
  });

  const r = rng.fork("facts");
  for (const { action, at } of steps) {
    const [from, to] = TRANSITIONS[action];
    const ev: EventRow = {
      action,
      from: action === "close" ? p.status : from,
      to,
      actor: author,
      at,
      note: null,
    };
    p.status = to;
    switch (action) {
      case "create":
        ev.actor = entered ?? author;
        break;
      case "submit":
        ev.actor = entered ?? author;
        if (entered)
          ev.note = "Kiến nghị nêu trực tiếp tại hội nghị; Ban Dân vận Tỉnh ủy nhập thay địa phương.";
        p.submittedAt = at;
        p.receiptDueOn = addWorkingDays(vietnamDay(at), session.receiptDays, ctx.exc);
        break;
      case "return":
        ev.actor = coordinator;
        ev.note = p.returnReason = r.pick(RETURN_REASONS);
        break;
      case "resubmit":
        ev.note = "Địa phương đã bổ sung thông tin theo đề nghị.";
        p.returnReason = null;
        break;
      case "withdraw":
        ev.note = r.pick(WITHDRAW_NOTES);
        break;
      case "receive":
        ev.actor = coordinator;
        ev.note = `Đã tiếp nhận, phân loại lĩnh vực: ${field?.name ?? ""}.`;
        p.receivedAt = at;
        break;
      case "mark_out_of_jurisdiction":
        ev.actor = coordinator;
        ev.note = p.outOfJurisdictionNote = text.answer;
        break;
      case "merge":
        ev.actor = coordinator;
        ev.note = "Trùng nội dung với kiến nghị {primaryCode}; gộp vào nhóm để trả lời chung.";
        p.mergedAt = at;
        break;
      case "assign": {
        ev.actor = coordinator;
        const dueOn = dueFrom(at, session.defaultAnswerDays, ctx.exc);
        p.assignedAt = at;
        p.answerDueOn = dueOn;
        const agencies = [slot.lead!, ...slot.coord];
        agencies.forEach((agency, k) =>
          p.assignments.push({
            agency,
            role: k === 0 ? "LEAD" : "COORDINATING",
            dueOn,
            assignedBy: coordinator,
            assignedAt: at,
            contribution: null,
            contributedAt: null,
          }),
        );
        const coordNames = slot.coord.map((c) => ctx.agencies.get(c)?.name ?? c);
        ev.note = `Chuyển ${lead?.name} chủ trì${coordNames.length ? `, phối hợp: ${coordNames.join(", ")}` : ""}; hạn trả lời ${ddmmyyyy(dueOn)}.`;
        ev.data = { leadAgency: slot.lead, coordinatingAgencies: slot.coord, dueOn: isoDay(dueOn) };
        break;
      }
      case "draft_answer":
      case "submit_for_review":
      case "request_changes":
      case "approve":
        answerStep(p, action, at, ev, { letter, lead, r });
        break;
      case "send":
        ev.actor = coordinator;
        ev.note = `Gửi văn bản trả lời đến ${sender}.`;
        p.sentAt = at;
        break;
      case "acknowledge": {
        const rating = r.weighted<Rating>(
          slot.status === "FOLLOW_UP" || slot.withFollowUp
            ? [
                ["PARTLY_SATISFIED", 6],
                ["NOT_SATISFIED", 4],
              ]
            : [
                ["SATISFIED", 68],
                ["PARTLY_SATISFIED", 24],
                ["NOT_SATISFIED", 8],
              ],
        );
        p.rating = rating;
        p.ratingComment = r.chance(0.6) ? r.pick(RATING_COMMENTS[rating]) : null;
        ev.note = p.ratingComment;
        ev.data = { rating };
        p.acknowledgedAt = at;
        break;
      }
      case "follow_up": {
        ev.note = r.pick(FOLLOW_UP_QUESTIONS);
        p.followUps.push({
          question: ev.note,
          askedBy: author,
          askedAt: at,
          reply: null,
          answeredBy: null,
          answeredAt: null,
        });
        break;
      }
      case "close": {
        ev.actor = coordinator;
        ev.note = r.pick(CLOSE_NOTES);
        p.closedAt = at;
        const open = p.followUps.find((f) => f.reply === null);
        if (open)
          Object.assign(open, {
            reply: r.pick(FOLLOW_UP_REPLIES),
            answeredBy: officerEmail(slot.lead!),
            answeredAt: between(r, open.askedAt, at),
          });
        break;
      }
    }
    p.events.push(ev);
  }
  addContributions(p, r);
  addImplementation(p, r);
  addUrges(p, ctx, r);
  return p;
}
