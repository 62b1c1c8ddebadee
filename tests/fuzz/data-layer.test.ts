// Fuzz: data-layer mutations called directly, 1,000 inputs each. Functions that check their own input (answers,
// implementation, notices: parseInput) get anything at all — wrong types, missing fields, nested junk; the
// workflow steps get inputs of the right type with any value (ids beyond int, NaN, fractions, any text).
// Each must succeed or throw ExpectedError with a message both catalogues have, and a refusal writes nothing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors";
import * as answers from "@/lib/data/answers";
import { recordImplementation, replyToFollowUp } from "@/lib/data/implementation";
import { createNotice } from "@/lib/data/conclusions";
import { addTask, editTask, recordTaskProgress } from "@/lib/data/conclusion-tasks";
import {
  closeProposal,
  markOutOfJurisdiction,
  receiveProposal,
  returnProposal,
  sendAnswer,
} from "@/lib/data/triage";
import { acknowledgeAnswer, askFollowUp } from "@/lib/data/acknowledgement";
import { submitProposal, withdrawProposal } from "@/lib/data/proposal-drafts";
import { removeFixtures, rowCounts } from "../security/fixtures";
import { hostileText, RUNS } from "./support/harness";
import { inBothCatalogues } from "./support/state";
import { fuzzWorld, pool, type FuzzWorld } from "./support/world";

let w: FuzzWorld;
let proposalIds: fc.Arbitrary<number>;
beforeAll(async () => {
  w = await fuzzWorld();
  const made = await pool(w, "IN_REVIEW", 4);
  proposalIds = made.ids.map(Number);
});
afterAll(() => removeFixtures(db()));

/** The key the action layer would show for this refusal (lib/action-state.ts expectedErrorState). */
function shownKey(error: ExpectedError): string {
  return error.messageKey.includes(".") ? error.messageKey : `errors.${error.messageKey}`;
}

async function expectCleanRefusalOrSuccess(call: () => Promise<unknown>) {
  const before = await rowCounts(db());
  try {
    await call();
  } catch (error) {
    if (!(error instanceof ExpectedError)) throw error;
    expect(inBothCatalogues(shownKey(error)), shownKey(error)).toBe(true);
    expect(await rowCounts(db())).toEqual(before);
  }
}

/** Any value at all, and objects shaped like the input with any values in its fields. */
function anyInput(fields: string[]) {
  const anyValue = fc.oneof(
    fc.anything(),
    hostileText,
    fc.integer(),
    fc.constantFrom(null, undefined, NaN, 2 ** 31, -1),
  );
  return fc.oneof(
    fc.anything(),
    fc.record(Object.fromEntries(fields.map((name) => [name, anyValue])), { requiredKeys: [] }),
    fc.record(
      Object.fromEntries(
        fields.map((name) => [name, name === "proposalId" ? fc.oneof(proposalIds, anyValue) : anyValue]),
      ),
    ),
  );
}

const number = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1.5, 2 ** 31, 2 ** 31 - 1, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity),
);
const text = hostileText.map((value) => value.replaceAll("\u0000", ""));

type Untyped = (actor: Actor, input: never) => Promise<unknown>;

const SELF_CHECKING: [string, Untyped, () => Actor, string[]][] = [
  [
    "saveAnswerDraft",
    answers.saveAnswerDraft,
    () => w.actors.officerX,
    ["proposalId", "version", "content", "answerVersion"],
  ],
  [
    "submitAnswerForReview",
    answers.submitAnswerForReview,
    () => w.actors.officerX,
    ["proposalId", "version"],
  ],
  [
    "requestAnswerChanges",
    answers.requestAnswerChanges,
    () => w.actors.headX,
    ["proposalId", "version", "comment"],
  ],
  [
    "approveAnswer",
    answers.approveAnswer,
    () => w.actors.headX,
    ["proposalId", "version", "documentNumber", "documentDate", "signerName", "signerTitle"],
  ],
  [
    "correctAnswer",
    answers.correctAnswer,
    () => w.actors.headX,
    [
      "proposalId",
      "version",
      "content",
      "reason",
      "documentNumber",
      "documentDate",
      "signerName",
      "signerTitle",
    ],
  ],
  ["addContribution", answers.addContribution, () => w.actors.officerZ, ["proposalId", "version", "text"]],
  ["addInternalNote", answers.addInternalNote, () => w.actors.officerX, ["proposalId", "version", "body"]],
  ["replyToFollowUp", replyToFollowUp, () => w.actors.officerX, ["proposalId", "version", "reply"]],
  [
    "recordImplementation",
    recordImplementation,
    () => w.actors.officerX,
    ["proposalId", "version", "percent", "outcome", "note"],
  ],
  [
    "createNotice",
    createNotice,
    () => w.actors.coordinator,
    ["sessionId", "number", "issuedOn", "title", "content"],
  ],
  [
    "addTask",
    addTask,
    () => w.actors.coordinator,
    ["noticeId", "kind", "title", "description", "agencyId", "dueOn"],
  ],
  [
    "editTask",
    editTask,
    () => w.actors.coordinator,
    ["taskId", "version", "kind", "title", "description", "agencyId", "dueOn"],
  ],
  [
    "recordTaskProgress",
    recordTaskProgress,
    () => w.actors.officerX,
    ["taskId", "version", "status", "percent", "note"],
  ],
];

const TYPED: [
  string,
  () => Actor,
  (actor: Actor, input: { id: number; version: number; text: string }) => Promise<unknown>,
][] = [
  [
    "receiveProposal",
    () => w.actors.coordinator,
    (a, i) => receiveProposal(a, { proposalId: i.id, version: i.version }),
  ],
  [
    "returnProposal",
    () => w.actors.coordinator,
    (a, i) => returnProposal(a, { proposalId: i.id, version: i.version, reason: i.text }),
  ],
  [
    "markOutOfJurisdiction",
    () => w.actors.coordinator,
    (a, i) => markOutOfJurisdiction(a, { proposalId: i.id, version: i.version, reason: i.text }),
  ],
  [
    "sendAnswer",
    () => w.actors.coordinator,
    (a, i) => sendAnswer(a, { proposalId: i.id, version: i.version }),
  ],
  [
    "closeProposal",
    () => w.actors.coordinator,
    (a, i) => closeProposal(a, { proposalId: i.id, version: i.version, note: i.text }),
  ],
  [
    "submitProposal",
    () => w.actors.communeA,
    (a, i) => submitProposal(a, { proposalId: i.id, version: i.version }),
  ],
  [
    "withdrawProposal",
    () => w.actors.communeA,
    (a, i) => withdrawProposal(a, { proposalId: i.id, version: i.version, reason: i.text }),
  ],
  [
    "acknowledgeAnswer",
    () => w.actors.communeA,
    (a, i) =>
      acknowledgeAnswer(a, { proposalId: i.id, version: i.version, rating: "SATISFIED", comment: i.text }),
  ],
  [
    "askFollowUp",
    () => w.actors.communeA,
    (a, i) => askFollowUp(a, { proposalId: i.id, version: i.version, question: i.text }),
  ],
];

describe("fuzz: data layer, any input to functions that check their own", () => {
  for (const [name, call, actor, fields] of SELF_CHECKING) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(anyInput(fields), (input) =>
          expectCleanRefusalOrSuccess(() => call(actor(), input as never)),
        ),
        { numRuns: RUNS, endOnFailure: true },
      );
    });
  }
});

describe("fuzz: data layer, any value of the right type to the workflow steps", () => {
  for (const [name, actor, call] of TYPED) {
    it(name, async () => {
      const input = fc.record({ id: fc.oneof(proposalIds, number), version: number, text });
      await fc.assert(
        fc.asyncProperty(input, (value) => expectCleanRefusalOrSuccess(() => call(actor(), value))),
        { numRuns: RUNS, endOnFailure: true },
      );
    });
  }
});
