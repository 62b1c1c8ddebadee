// Fuzz: the commune's and the coordinator's form actions on proposals (drafts, submission, triage, answers'
// acknowledgement, bulk steps, merging), 1,000 generated forms each.
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import {
  saveDraftAction,
  submitProposalAction,
  withdrawProposalAction,
} from "@/app/(portal)/proposals/actions";
import {
  acknowledgeAction,
  assignAction,
  closeAction,
  followUpAction,
  outOfJurisdictionAction,
  receiveAction,
  returnAction,
  sendAction,
  setFieldAction,
} from "@/app/(portal)/proposals/[code]/triage-actions";
import { bulkAction } from "@/app/(portal)/proposals/bulk-actions";
import { mergeDuplicatesAction } from "@/app/(portal)/proposals/[code]/duplicate-actions";
import {
  Acknowledge,
  Assign,
  BulkOperation,
  FollowUpQuestion,
  ProposalDraft,
  SetField,
  VersionedProposal,
  WithReason,
} from "@/lib/schemas/proposal";
import type { z } from "zod";
import { removeFixtures } from "../security/fixtures";
import { form, fuzzAction, ids, INITIAL, type ActionTarget, type FormValue } from "./support/harness";
import { fuzzWorld, pool, resolveVersions, someText, version, type FuzzWorld } from "./support/world";

let w: FuzzWorld;
beforeAll(async () => {
  w = await fuzzWorld();
});
afterAll(() => removeFixtures(db()));

const token = fc.uuid();
const returnTo = fc.constantFrom("/proposals/x", "//evil.example", "/proposals/a/b");

type Action = (prev: never, formData: FormData) => Promise<unknown>;

/** A target on a pool of commune A's proposals in `status`, reset after every run. */
async function onPool(
  status: ProposalStatus,
  actor: Actor,
  action: Action,
  schema: z.ZodType,
  fields: (proposalId: fc.Arbitrary<string>) => Record<string, fc.Arbitrary<FormValue>>,
  arrays?: string[],
): Promise<ActionTarget> {
  const { ids: proposalIds, reset } = await pool(w, status);
  return {
    actor,
    action: (fd) => action(INITIAL as never, fd),
    schema,
    arrays,
    form: form(fields(proposalIds)),
    resolve: resolveVersions,
    reset,
  };
}

const draftFields = (drafts: fc.Arbitrary<string>) => ({
  clientToken: token,
  proposalId: fc.oneof(fc.constant(""), drafts),
  version: fc.oneof(fc.constant(""), version),
  sessionId: ids(w.sessionId),
  fieldId: fc.oneof(fc.constant(""), ids(w.fieldId)),
  title: someText,
  content: someText.map((text) => text.repeat(3)),
});

const targets: Record<string, () => Promise<ActionTarget>> = {
  "saveDraftAction (commune)": () =>
    onPool("DRAFT", w.actors.communeA, saveDraftAction, ProposalDraft, draftFields),
  "submitProposalAction (commune)": async () => ({
    ...(await onPool("DRAFT", w.actors.communeA, submitProposalAction, ProposalDraft, (drafts) => ({
      ...draftFields(drafts),
      editing: fc.constantFrom("", "1"),
    }))),
    // What was typed is saved before the submission is tried, so a refused submission keeps the saved draft.
    writesBeforeRefusal: () => true,
  }),
  "withdrawProposalAction (commune)": () =>
    onPool("SUBMITTED", w.actors.communeA, withdrawProposalAction, VersionedProposal, (proposalId) => ({
      proposalId,
      version,
      confirm: fc.constant("on"),
      reason: someText,
      returnTo,
    })),
  "receiveAction (coordinator)": () =>
    onPool("SUBMITTED", w.actors.coordinator, receiveAction, VersionedProposal, (proposalId) => ({
      proposalId,
      version,
      returnTo,
    })),
  "returnAction (coordinator)": () =>
    onPool("SUBMITTED", w.actors.coordinator, returnAction, WithReason, (proposalId) => ({
      proposalId,
      version,
      reason: someText,
    })),
  "outOfJurisdictionAction (coordinator)": () =>
    onPool("RECEIVED", w.actors.coordinator, outOfJurisdictionAction, WithReason, (proposalId) => ({
      proposalId,
      version,
      reason: someText,
    })),
  "setFieldAction (coordinator)": () =>
    onPool("RECEIVED", w.actors.coordinator, setFieldAction, SetField, (proposalId) => ({
      proposalId,
      version,
      fieldId: ids(w.fieldId, 2, 3),
    })),
  "assignAction (coordinator)": () =>
    onPool(
      "RECEIVED",
      w.actors.coordinator,
      assignAction,
      Assign,
      (proposalId) => ({
        proposalId,
        version,
        fieldId: ids(w.fieldId),
        leadAgencyId: ids(w.agencyX, w.agencyY),
        coordinatingAgencyIds: fc.array(ids(w.agencyZ, w.agencyY, w.agencyX), { maxLength: 3 }),
        dueOn: fc.constantFrom("", "2099-01-01", "2001-01-01"),
        note: someText,
      }),
      ["coordinatingAgencyIds"],
    ),
  "sendAction (coordinator)": () =>
    onPool("APPROVED", w.actors.coordinator, sendAction, VersionedProposal, (proposalId) => ({
      proposalId,
      version,
    })),
  "closeAction (coordinator)": () =>
    onPool("ACKNOWLEDGED", w.actors.coordinator, closeAction, VersionedProposal, (proposalId) => ({
      proposalId,
      version,
      note: someText,
    })),
  "acknowledgeAction (commune)": () =>
    onPool("SENT", w.actors.communeA, acknowledgeAction, Acknowledge, (proposalId) => ({
      proposalId,
      version,
      rating: fc.constantFrom("SATISFIED", "PARTLY_SATISFIED", "NOT_SATISFIED"),
      comment: someText,
    })),
  "followUpAction (commune)": () =>
    onPool("ACKNOWLEDGED", w.actors.communeA, followUpAction, FollowUpQuestion, (proposalId) => ({
      proposalId,
      version,
      question: someText,
    })),
  "bulkAction (coordinator)": () =>
    onPool(
      "SUBMITTED",
      w.actors.coordinator,
      bulkAction,
      BulkOperation,
      (proposalId) => ({
        operation: fc.constantFrom("receive", "assign", "send"),
        selection: fc.array(
          fc.tuple(proposalId, version).map(([id, v]) => `${id}:${v}`),
          { minLength: 1, maxLength: 4 },
        ),
        leadAgencyId: fc.oneof(fc.constant(""), ids(w.agencyX)),
        dueOn: fc.constantFrom("", "2099-01-01"),
      }),
      ["selection"],
    ),
  "mergeDuplicatesAction (coordinator)": async () => {
    const target = await onPool(
      "SUBMITTED",
      w.actors.coordinator,
      mergeDuplicatesAction,
      VersionedProposal,
      (proposalId) => ({
        primaryId: proposalId,
        primaryVersion: version,
        members: fc.array(
          fc.tuple(proposalId, version).map(([id, v]) => `${id}:${v}`),
          { minLength: 1, maxLength: 3 },
        ),
      }),
    );
    // The merge form is read by its own function (mergeFormValues), not by a zod schema of the whole form.
    return { ...target, schema: undefined };
  },
};

describe("fuzz: proposal actions", () => {
  for (const [name, make] of Object.entries(targets)) {
    it(name, async () => fuzzAction(await make()));
  }
});
