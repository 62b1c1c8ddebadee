"use server";
// Creates a session's notice of conclusions, then opens it.
import { redirect } from "next/navigation";
import { performAction } from "@/lib/perform-action";
import type { ActionState } from "@/lib/action-state";
import { createNotice } from "@/lib/data/conclusions";
import { CreateNotice } from "@/lib/schemas/conclusion";

export async function createNoticeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let noticeId: number | undefined;
  const state = await performAction(
    CreateNotice,
    formData,
    async (actor, input) => {
      noticeId = (
        await createNotice(actor, { ...input, issuedOn: input.issuedOn.toISOString().slice(0, 10) })
      ).id;
    },
    { revalidate: "/conclusions" },
  );
  if (state.ok && noticeId) redirect(`/conclusions/${noticeId}`);
  return state;
}
