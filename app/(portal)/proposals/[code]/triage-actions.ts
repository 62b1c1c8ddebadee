"use server";
// Form actions of the coordinator and of the commune on an answer. Each is parse → data layer → refresh.
import { formText, performAction } from "@/lib/perform-action";
import {
  Acknowledge,
  Assign,
  FollowUpQuestion,
  SetField,
  VersionedProposal,
  WithReason,
} from "@/lib/schemas/proposal";
import {
  assignProposal,
  closeProposal,
  markOutOfJurisdiction,
  receiveProposal,
  returnProposal,
  sendAnswer,
  setProposalField,
} from "@/lib/data/triage";
import { acknowledgeAnswer, askFollowUp } from "@/lib/data/acknowledgement";
import type { ActionState } from "@/lib/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export const receiveAction: Action = async (_prev, formData) =>
  performAction(VersionedProposal, formData, (actor, input) => receiveProposal(actor, input), {
    done: "receive",
  });

export const returnAction: Action = async (_prev, formData) =>
  performAction(WithReason, formData, (actor, input) => returnProposal(actor, input), { done: "return" });

export const outOfJurisdictionAction: Action = async (_prev, formData) =>
  performAction(WithReason, formData, (actor, input) => markOutOfJurisdiction(actor, input), {
    done: "mark_out_of_jurisdiction",
  });

export const setFieldAction: Action = async (_prev, formData) =>
  performAction(SetField, formData, (actor, input) => setProposalField(actor, input), { done: "set_field" });

export const assignAction: Action = async (_prev, formData) =>
  performAction(Assign, formData, (actor, input) => assignProposal(actor, input), {
    arrays: ["coordinatingAgencyIds"],
    done: "assign",
  });

export const sendAction: Action = async (_prev, formData) =>
  performAction(VersionedProposal, formData, (actor, input) => sendAnswer(actor, input), { done: "send" });

export const closeAction: Action = async (_prev, formData) =>
  performAction(
    VersionedProposal,
    formData,
    (actor, input) =>
      closeProposal(actor, { ...input, note: String(formText(formData.get("note")) ?? "").slice(0, 2000) }),
    { done: "close" },
  );

export const acknowledgeAction: Action = async (_prev, formData) =>
  performAction(Acknowledge, formData, (actor, input) => acknowledgeAnswer(actor, input), {
    done: "acknowledge",
  });

export const followUpAction: Action = async (_prev, formData) =>
  performAction(FollowUpQuestion, formData, (actor, input) => askFollowUp(actor, input), {
    done: "follow_up",
  });
