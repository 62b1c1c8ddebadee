// Fuzz: the answering agencies' form actions (draft, review, approval, correction, input, notes, follow-up
// reply, implementation), 1,000 generated forms each.
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import {
  addContributionAction,
  addInternalNoteAction,
  approveAnswerAction,
  correctAnswerAction,
  recordImplementationAction,
  replyToFollowUpAction,
  requestAnswerChangesAction,
  saveAnswerDraftAction,
} from "@/app/(portal)/proposals/[code]/answer-actions";
import * as schemas from "@/lib/schemas/answer";
import { removeFixtures } from "../security/fixtures";
import { form, fuzzAction, INITIAL, type ActionTarget, type FormValue } from "./support/harness";
import { fuzzWorld, pool, resolveVersions, someText, version, type FuzzWorld } from "./support/world";

let w: FuzzWorld;
beforeAll(async () => {
  w = await fuzzWorld();
});
afterAll(() => removeFixtures(db()));

type Action = (prev: never, formData: FormData) => Promise<unknown>;

async function onPool(
  status: ProposalStatus,
  actor: () => Actor,
  action: Action,
  schema: z.ZodType,
  fields: Record<string, fc.Arbitrary<FormValue>>,
  writesBeforeRefusal?: ActionTarget["writesBeforeRefusal"],
): Promise<ActionTarget> {
  const { ids: proposalId, reset } = await pool(w, status);
  return {
    actor: actor(),
    action: (fd) => action(INITIAL as never, fd),
    schema,
    form: form({ proposalId, version, ...fields }),
    resolve: resolveVersions,
    reset,
    writesBeforeRefusal,
  };
}

const html = fc.oneof(
  someText.map((text) => `<p>${text}</p>`),
  fc.constantFrom(
    "<p><img src=x onerror=alert(1)></p>",
    "<script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
    "<p></p>",
    "&nbsp;",
  ),
);
let documentNumber = 0;
const signing = {
  documentNumber: fc.constant(null).map(() => `${++documentNumber}/SXD-VP`),
  documentDate: fc.constantFrom("2026-11-20", "1999-12-31", "2100-01-02", ""),
  signerName: someText,
  signerTitle: someText,
};

const targets: Record<string, () => Promise<ActionTarget>> = {
  "saveAnswerDraftAction (officer X)": () =>
    onPool(
      "ASSIGNED",
      () => w.actors.officerX,
      saveAnswerDraftAction,
      schemas.SaveAnswerDraft,
      {
        content: html,
        answerVersion: fc.constantFrom("", "1", "2"),
        intent: fc.constantFrom("save", "submit"),
      },
      // "Save and submit" saves first: a refused submission keeps the saved draft, by design.
      (fd) => fd.get("intent") === "submit",
    ),
  "requestAnswerChangesAction (head X)": () =>
    onPool("IN_REVIEW", () => w.actors.headX, requestAnswerChangesAction, schemas.RequestAnswerChanges, {
      comment: someText,
    }),
  "approveAnswerAction (head X)": () =>
    onPool("IN_REVIEW", () => w.actors.headX, approveAnswerAction, schemas.ApproveAnswer, signing),
  "correctAnswerAction (head X)": () =>
    onPool("SENT", () => w.actors.headX, correctAnswerAction, schemas.CorrectAnswer, {
      content: html,
      reason: someText,
      ...signing,
    }),
  "addContributionAction (officer Z)": () =>
    onPool("ASSIGNED", () => w.actors.officerZ, addContributionAction, schemas.AddContribution, {
      text: someText,
    }),
  "addInternalNoteAction (officer X)": () =>
    onPool("IN_PROGRESS", () => w.actors.officerX, addInternalNoteAction, schemas.AddInternalNote, {
      body: someText,
    }),
  "replyToFollowUpAction (officer X)": () =>
    onPool("FOLLOW_UP", () => w.actors.officerX, replyToFollowUpAction, schemas.ReplyToFollowUp, {
      reply: someText,
    }),
  "recordImplementationAction (officer X)": () =>
    onPool("SENT", () => w.actors.officerX, recordImplementationAction, schemas.RecordImplementation, {
      percent: fc.constantFrom("0", "40", "100", "101", "-1", "50.5"),
      outcome: fc.constantFrom("IN_PROGRESS", "RESOLVED", "PARTLY_RESOLVED", "UNRESOLVED"),
      note: someText,
    }),
};

describe("fuzz: answer actions", () => {
  for (const [name, make] of Object.entries(targets)) {
    it(name, async () => fuzzAction(await make()));
  }
});
