"use server";
// Field changes: parse the form, let the data layer check who may and whether the form is stale, refresh.
import { redirect } from "next/navigation";
import { performAction } from "@/lib/perform-action";
import type { ActionState } from "@/lib/action-state";
import { getTranslator } from "@/lib/i18n/server";
import { createField, moveField, setFieldActive, updateField } from "@/lib/data/admin-fields";
import {
  CreateFieldForm,
  MoveFieldForm,
  SetFieldActiveForm,
  UpdateFieldForm,
} from "@/lib/schemas/admin-field";

const REVALIDATE = { revalidate: "/admin" };

export async function createFieldAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let createdId: number | undefined;
  const state = await performAction(
    CreateFieldForm,
    formData,
    async (actor, input) => {
      createdId = (await createField(actor, input)).id;
    },
    REVALIDATE,
  );
  if (state.ok && createdId !== undefined) redirect(`/admin/fields/${createdId}?done=created`);
  return state;
}

export async function updateFieldAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    UpdateFieldForm,
    formData,
    async (actor, input) => {
      await updateField(actor, input);
      return (await getTranslator()).t("admin.common.saved");
    },
    REVALIDATE,
  );
}

export async function setFieldActiveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    SetFieldActiveForm,
    formData,
    async (actor, input) => {
      await setFieldActive(actor, input);
      return (await getTranslator()).t(
        input.active ? "admin.common.reactivated" : "admin.common.deactivated",
      );
    },
    REVALIDATE,
  );
}

export async function moveFieldAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    MoveFieldForm,
    formData,
    async (actor, input) => {
      await moveField(actor, input);
      return (await getTranslator()).t("admin.fields.moved");
    },
    REVALIDATE,
  );
}
