"use server";
// A task's progress update, and adding or editing a notice's tasks.
import { performAction } from "@/lib/perform-action";
import type { ActionState } from "@/lib/action-state";
import { addTask, editTask, recordTaskProgress } from "@/lib/data/conclusion-tasks";
import { AddTask, EditTask, RecordTaskProgress } from "@/lib/schemas/conclusion";
import { getTranslator } from "@/lib/i18n/server";

const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);

export async function recordProgressAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    RecordTaskProgress,
    formData,
    async (actor, input) => {
      await recordTaskProgress(actor, input);
      return (await getTranslator()).t("conclusions.progressSaved");
    },
    { revalidate: "/conclusions" },
  );
}

export async function addTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    AddTask,
    formData,
    async (actor, input) => {
      await addTask(actor, { ...input, dueOn: day(input.dueOn) });
      return (await getTranslator()).t("conclusions.taskAdded");
    },
    { revalidate: "/conclusions" },
  );
}

export async function editTaskAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    EditTask,
    formData,
    async (actor, input) => {
      await editTask(actor, { ...input, dueOn: day(input.dueOn) });
      return (await getTranslator()).t("conclusions.taskSaved");
    },
    { revalidate: "/conclusions" },
  );
}
