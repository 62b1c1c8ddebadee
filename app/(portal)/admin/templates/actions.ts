"use server";
// Answer-template changes: parse the form, let the data layer check who may, sanitise and check staleness, refresh.
import { redirect } from "next/navigation";
import { performAction } from "@/lib/perform-action";
import type { ActionState } from "@/lib/action-state";
import { getTranslator } from "@/lib/i18n/server";
import { createTemplate, setTemplateActive, updateTemplate } from "@/lib/data/admin-templates";
import { CreateTemplateForm, SetTemplateActiveForm, UpdateTemplateForm } from "@/lib/schemas/admin-template";

const REVALIDATE = { revalidate: "/admin" };

export async function createTemplateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let createdId: number | undefined;
  const state = await performAction(
    CreateTemplateForm,
    formData,
    async (actor, input) => {
      createdId = (await createTemplate(actor, input)).id;
    },
    REVALIDATE,
  );
  if (state.ok && createdId !== undefined) redirect(`/admin/templates/${createdId}?done=created`);
  return state;
}

export async function updateTemplateAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    UpdateTemplateForm,
    formData,
    async (actor, input) => {
      await updateTemplate(actor, input);
      return (await getTranslator()).t("admin.common.saved");
    },
    REVALIDATE,
  );
}

export async function setTemplateActiveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    SetTemplateActiveForm,
    formData,
    async (actor, input) => {
      await setTemplateActive(actor, input);
      return (await getTranslator()).t(
        input.active ? "admin.common.reactivated" : "admin.common.deactivated",
      );
    },
    REVALIDATE,
  );
}
