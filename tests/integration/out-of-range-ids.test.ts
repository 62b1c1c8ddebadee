// Numbers PostgreSQL's int cannot hold reach the data layer only through a bug or a hand-made request: they are
// "not found" (or "changed by someone else"), never a driver error that would become a 500.
import { describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/errors";
import { receiveProposal, assignProposal } from "@/lib/data/triage";
import { submitProposal } from "@/lib/data/proposal-drafts";
import { getProposalByRef } from "@/lib/data/proposals";
import { addInternalNote } from "@/lib/data/answers";
import { actorByEmail } from "../support/actors";

const HUGE = 3_000_000_000;

async function refusedAs(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toSatisfy((error) => error instanceof ExpectedError && error.code === code);
}

describe("out-of-range ids at the data layer", () => {
  it("a workflow step on an id beyond int is not-found, a version beyond int a conflict", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    await refusedAs(receiveProposal(coordinator, { proposalId: HUGE, version: 1 }), "not-found");
    await refusedAs(receiveProposal(coordinator, { proposalId: Number.NaN, version: 1 }), "not-found");
    await refusedAs(receiveProposal(coordinator, { proposalId: 1, version: HUGE }), "conflict");
    await refusedAs(
      assignProposal(coordinator, {
        proposalId: HUGE,
        version: 1,
        fieldId: 1,
        leadAgencyId: 1,
        coordinatingAgencyIds: [],
      }),
      "not-found",
    );
    const officer = await actorByEmail("canbo.xd@demo.vn");
    await refusedAs(addInternalNote(officer, { proposalId: HUGE, version: 1, body: "x" }), "invalid");
  });

  it("submitting an id beyond int is not-found", async () => {
    const leader = await actorByEmail("thanhvinh@demo.vn");
    await refusedAs(submitProposal(leader, { proposalId: HUGE, version: 1 }), "not-found");
  });

  it("a draft address beyond int, or a reference with a NUL (/proposals/%00), is not-found", async () => {
    const leader = await actorByEmail("thanhvinh@demo.vn");
    await refusedAs(getProposalByRef(leader, "draft-9999999999"), "not-found");
    await refusedAs(getProposalByRef(leader, "\u0000"), "not-found");
  });
});
