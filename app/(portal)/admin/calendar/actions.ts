"use server";
// Calendar changes: parse the form, let the data layer check who may and whether the day is as shown, refresh.
import { redirect } from "next/navigation";
import { performAction } from "@/lib/perform-action";
import type { ActionState } from "@/lib/action-state";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format";
import { addCalendarDay, removeCalendarDay, updateCalendarDay } from "@/lib/data/admin-calendar";
import {
  AddCalendarDayForm,
  RemoveCalendarDayForm,
  UpdateCalendarDayForm,
} from "@/lib/schemas/admin-calendar";

const REVALIDATE = { revalidate: "/admin" };

export async function addCalendarDayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    AddCalendarDayForm,
    formData,
    async (actor, input) => {
      await addCalendarDay(actor, input);
      return (await getTranslator()).t("admin.calendar.added", { date: formatDate(input.date) });
    },
    REVALIDATE,
  );
}

export async function updateCalendarDayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    UpdateCalendarDayForm,
    formData,
    async (actor, input) => {
      await updateCalendarDay(actor, input);
      return (await getTranslator()).t("admin.calendar.updated", { date: formatDate(input.date) });
    },
    REVALIDATE,
  );
}

/** The removed day's row disappears with its form, so the outcome is shown by the page it returns to. */
export async function removeCalendarDayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let removed: Date | undefined;
  const state = await performAction(
    RemoveCalendarDayForm,
    formData,
    async (actor, input) => {
      await removeCalendarDay(actor, input);
      removed = input.date;
    },
    REVALIDATE,
  );
  if (state.ok && removed) {
    const iso = removed.toISOString().slice(0, 10);
    redirect(`/admin/calendar?year=${iso.slice(0, 4)}&removed=${iso}`);
  }
  return state;
}
