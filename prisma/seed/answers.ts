// The reply's versions as a proposal moves through drafting, review and approval.
import type { Action } from "./lifecycle";
import { REVIEW_COMMENTS } from "./answer-texts";
import type { Rng } from "./random";
import type { AgencyInfo, BuiltProposal, EventRow } from "./rows";
import { headEmail, officerEmail } from "./users";

export function answerStep(
  p: BuiltProposal,
  action: Action,
  at: Date,
  ev: EventRow,
  ctx: { letter: (draft: boolean) => string; lead: AgencyInfo | undefined; r: Rng },
): void {
  const { letter, lead, r } = ctx;
  const slot = p.slot;
  const current = p.answers[p.answers.length - 1];
  switch (action) {
    case "draft_answer":
      ev.actor = officerEmail(slot.lead!);
      p.answers.push({
        agency: slot.lead!,
        versionNo: 1,
        state: "DRAFT",
        content: letter(true),
        author: ev.actor,
        reviewer: null,
        reviewComment: null,
        submittedAt: null,
        approvedAt: null,
        createdAt: at,
        updatedAt: at,
        signed: false,
        signerName: null,
        signerTitle: null,
        documentNumber: null,
      });
      break;
    case "submit_for_review": {
      ev.actor = officerEmail(slot.lead!);
      let answer = current!;
      if (answer.state === "CHANGES_REQUESTED") {
        answer = {
          ...answer,
          versionNo: answer.versionNo + 1,
          reviewer: null,
          reviewComment: null,
          createdAt: new Date((answer.updatedAt.getTime() + at.getTime()) / 2),
        };
        p.answers.push(answer);
      }
      Object.assign(answer, { state: "IN_REVIEW", content: letter(false), submittedAt: at, updatedAt: at });
      break;
    }
    case "request_changes":
      ev.actor = headEmail(slot.lead!);
      ev.note = r.pick(REVIEW_COMMENTS);
      Object.assign(current!, {
        state: "CHANGES_REQUESTED",
        reviewer: ev.actor,
        reviewComment: ev.note,
        updatedAt: at,
      });
      break;
    case "approve":
      ev.actor = headEmail(slot.lead!);
      ev.note = `Ký ban hành văn bản số {docNo}.`;
      p.approvedAt = at;
      Object.assign(current!, {
        state: "APPROVED",
        reviewer: ev.actor,
        approvedAt: at,
        updatedAt: at,
        signed: true,
        signerName: lead?.signerName ?? null,
        signerTitle: lead?.signerTitle ?? null,
      });
      break;
    default:
      throw new Error(`answerStep: ${action} is not an answer step`);
  }
}
