"use client";
// Up / down for one field of the list: one small form, two named buttons; a refusal is said next to them.
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { moveFieldAction } from "./actions";

export function MoveButtons({
  fieldId,
  updatedAt,
  first,
  last,
  labels,
}: {
  fieldId: number;
  updatedAt: string;
  first: boolean;
  last: boolean;
  labels: { up: string; down: string; moveUp: string; moveDown: string };
}) {
  const [state, formAction, pending] = useActionState(moveFieldAction, {} as ActionState);
  const button =
    "rounded border border-gray-400 bg-white px-2 py-1 text-sm hover:bg-gray-50 disabled:opacity-50";
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-1">
      <input type="hidden" name="fieldId" value={fieldId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <button
        type="submit"
        name="direction"
        value="up"
        disabled={pending || first}
        aria-label={labels.moveUp}
        className={button}
      >
        <span aria-hidden="true">↑</span> {labels.up}
      </button>
      <button
        type="submit"
        name="direction"
        value="down"
        disabled={pending || last}
        aria-label={labels.moveDown}
        className={button}
      >
        <span aria-hidden="true">↓</span> {labels.down}
      </button>
      <span aria-live="polite" className="w-full text-xs text-red-800">
        {state.ok ? "" : state.message}
      </span>
    </form>
  );
}
