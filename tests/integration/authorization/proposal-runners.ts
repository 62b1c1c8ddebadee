// How each proposal operation of the authorization matrix is tried: `prepare` makes the record it needs and
// returns the call; `judge` says, for lists that filter instead of refusing, whether the caller got the record.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getProposalByRef, listFollowUps, listProposals } from "@/lib/data/proposals";
import { getGroupForProposal, mergeDuplicates, suggestDuplicates } from "@/lib/data/duplicates";
import { getDraftForEditing, saveDraft, submitProposal, withdrawProposal } from "@/lib/data/proposal-drafts";
import { addAttachment, listAttachments, readAttachment, removeAttachment } from "@/lib/data/attachments";
import { acknowledgeAnswer, askFollowUp } from "@/lib/data/acknowledgement";
import {
  assignProposal,
  closeProposal,
  getAssignmentOptions,
  markOutOfJurisdiction,
  receiveProposal,
  returnProposal,
  runBulkOperation,
  sendAnswer,
  setProposalField,
} from "@/lib/data/triage";
import { urgeAgency } from "@/lib/data/urges";
import { getMonitoringBoard } from "@/lib/data/monitoring";
import { enterProposalOnBehalf } from "@/lib/data/session-proposals";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { makeProposal, type Made, type World } from "../../security/fixtures";
import { PNG_BYTES } from "../../security/files";

export type Call = (actor: Actor) => Promise<unknown>;

export type Runner = {
  prepare: (world: World) => Promise<Call>;
  /** for calls that filter rather than refuse: did the caller get the record? */
  judge?: (result: unknown) => boolean;
};

/** A runner on a fresh proposal of commune A in `status`. */
function on(
  status: ProposalStatus,
  call: (actor: Actor, made: Made, world: World) => Promise<unknown>,
): Runner {
  return {
    prepare: async (world) => {
      const made = await makeProposal(db(), world, status);
      return (actor) => call(actor, made, world);
    },
  };
}

const versioned = (made: Made) => ({ proposalId: made.id, version: made.version });

export const PROPOSAL_RUNNERS: Record<string, Runner> = {
  "proposal.detail": on("ASSIGNED", (actor, made) => getProposalByRef(actor, made.ref)),
  "proposal.list": {
    ...on("ASSIGNED", async (actor, made) =>
      (await listProposals(actor, { q: made.code! })).items.some((item) => item.id === made.id),
    ),
    judge: (found) => found === true,
  },
  "proposal.followUps": on("FOLLOW_UP", (actor, made) => listFollowUps(actor, made.id)),
  "proposal.group": on("ASSIGNED", (actor, made) => getGroupForProposal(actor, made.id)),
  "draft.detail": on("DRAFT", (actor, made) => getProposalByRef(actor, made.ref)),
  "draft.editForm": on("DRAFT", (actor, made) => getDraftForEditing(actor, made.id)),
  "attachment.list": on("ASSIGNED", (actor, made) => listAttachments(actor, made.id)),
  "attachment.download": on("ASSIGNED", (actor, made) => readAttachment(actor, made.attachmentId)),
  "draft.save": on("DRAFT", async (actor, made, world) => {
    const stored = await db().proposal.findUniqueOrThrow({ where: { id: made.id } });
    return saveDraft(actor, {
      clientToken: stored.clientToken!,
      proposalId: made.id,
      version: made.version,
      sessionId: world.sessionId,
      title: "Tiêu đề đã sửa bởi người gọi",
      content: stored.content,
    });
  }),
  "proposal.submit": on("DRAFT", (actor, made) => submitProposal(actor, versioned(made))),
  "proposal.withdraw": on("SUBMITTED", (actor, made) => withdrawProposal(actor, versioned(made))),
  "attachment.add": on("DRAFT", (actor, made) =>
    addAttachment(actor, made.id, { fileName: "anh.png", bytes: PNG_BYTES() }),
  ),
  "attachment.remove": on("DRAFT", (actor, made) => removeAttachment(actor, made.attachmentId)),
  "answer.acknowledge": on("SENT", (actor, made) =>
    acknowledgeAnswer(actor, { ...versioned(made), rating: "SATISFIED" }),
  ),
  "answer.followUp": on("ACKNOWLEDGED", (actor, made) =>
    askFollowUp(actor, { ...versioned(made), question: "Khi nào làm?" }),
  ),
  "triage.receive": on("SUBMITTED", (actor, made) => receiveProposal(actor, versioned(made))),
  "triage.return": on("SUBMITTED", (actor, made) =>
    returnProposal(actor, { ...versioned(made), reason: "Chưa rõ." }),
  ),
  "triage.outOfJurisdiction": on("RECEIVED", (actor, made) =>
    markOutOfJurisdiction(actor, { ...versioned(made), reason: "Không thuộc thẩm quyền." }),
  ),
  "triage.setField": on("RECEIVED", (actor, made, world) =>
    setProposalField(actor, { ...versioned(made), fieldId: world.fieldId }),
  ),
  "triage.assign": on("RECEIVED", (actor, made, world) =>
    assignProposal(actor, {
      ...versioned(made),
      fieldId: world.fieldId,
      leadAgencyId: world.agencyX,
      coordinatingAgencyIds: [world.agencyZ],
      dueOn: new Date("2099-01-01T00:00:00Z"),
    }),
  ),
  "triage.assignOptions": on("RECEIVED", (actor, made) => getAssignmentOptions(actor, made.id)),
  "triage.bulkReceive": {
    ...on("SUBMITTED", (actor, made) =>
      runBulkOperation(actor, { operation: "receive", selection: [versioned(made)] }),
    ),
    // Each item is its own step: a refused item is counted as failed, not thrown.
    judge: (result) => (result as { done: number }).done === 1,
  },
  "triage.send": on("APPROVED", (actor, made) => sendAnswer(actor, versioned(made))),
  "triage.close": on("ACKNOWLEDGED", (actor, made) => closeProposal(actor, versioned(made))),
  "duplicates.suggest": on("SUBMITTED", (actor, made) => suggestDuplicates(actor, made.id)),
  "duplicates.merge": {
    prepare: async (world) => {
      const primary = await makeProposal(db(), world, "SUBMITTED");
      const member = await makeProposal(db(), world, "SUBMITTED", { unit: "B" });
      return (actor) =>
        mergeDuplicates(actor, {
          primaryId: primary.id,
          primaryVersion: primary.version,
          members: [{ id: member.id, version: member.version }],
        });
    },
  },
  "urge.agency": on("ASSIGNED", (actor, made, world) =>
    urgeAgency(actor, { agencyId: world.agencyX, proposalId: made.id, message: "Đề nghị trả lời sớm." }),
  ),
  "monitoring.board": { prepare: async () => (actor) => getMonitoringBoard(actor) },
  "session.enterOnBehalf": {
    prepare: async (world) => (actor) =>
      enterProposalOnBehalf(actor, {
        sessionId: world.sessionId,
        clientToken: crypto.randomUUID(),
        unitId: world.unitA,
        title: "Kiến nghị nêu tại buổi đối thoại",
        content: "Nội dung kiến nghị nêu trực tiếp tại buổi đối thoại, điều phối viên nhập thay.",
      }),
  },
};
