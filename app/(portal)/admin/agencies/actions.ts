"use server";
// Agency changes: parse the form, let the data layer check who may and whether the form is stale, refresh.
import { redirect } from "next/navigation";
import { performAction } from "@/lib/perform-action";
import type { ActionState } from "@/lib/action-state";
import { getTranslator } from "@/lib/i18n/server";
import { createAgency, endAgency, reinstateAgency, updateAgency } from "@/lib/data/admin-agencies";
import {
  CreateAgencyForm,
  EndAgencyForm,
  ReinstateAgencyForm,
  UpdateAgencyForm,
} from "@/lib/schemas/admin-agency";

const REVALIDATE = { revalidate: "/admin" };

export async function createAgencyAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let createdId: number | undefined;
  const state = await performAction(
    CreateAgencyForm,
    formData,
    async (actor, input) => {
      createdId = (await createAgency(actor, input)).id;
    },
    REVALIDATE,
  );
  if (state.ok && createdId !== undefined) redirect(`/admin/agencies/${createdId}?done=created`);
  return state;
}

export async function updateAgencyAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    UpdateAgencyForm,
    formData,
    async (actor, input) => {
      await updateAgency(actor, input);
      return (await getTranslator()).t("admin.common.saved");
    },
    REVALIDATE,
  );
}

/** The end form disappears once the agency has ended, so the outcome (with what is left) shows on the page. */
export async function endAgencyAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let agencyId: number | undefined;
  const state = await performAction(
    EndAgencyForm,
    formData,
    async (actor, input) => {
      await endAgency(actor, input);
      agencyId = input.agencyId;
    },
    REVALIDATE,
  );
  if (state.ok && agencyId !== undefined) redirect(`/admin/agencies/${agencyId}?done=ended`);
  return state;
}

export async function reinstateAgencyAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let agencyId: number | undefined;
  const state = await performAction(
    ReinstateAgencyForm,
    formData,
    async (actor, input) => {
      await reinstateAgency(actor, input);
      agencyId = input.agencyId;
    },
    REVALIDATE,
  );
  if (state.ok && agencyId !== undefined) redirect(`/admin/agencies/${agencyId}?done=reinstated`);
  return state;
}
