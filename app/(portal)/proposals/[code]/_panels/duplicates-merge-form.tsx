"use client";
// The merge form around the server-rendered suggestions: hidden primary id and version, pending state, and the
// result or error announced beside the button.
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { mergeDuplicatesAction } from "../duplicate-actions";

type Props = {
  primaryId: number;
  primaryVersion: number;
  labels: { legend: string; submit: string; submitting: string };
  children: React.ReactNode;
};

export function DuplicatesMergeForm({ primaryId, primaryVersion, labels, children }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(mergeDuplicatesAction, {});
  const error = state.fieldErrors?.members?.[0];
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="primaryId" value={primaryId} />
      <input type="hidden" name="primaryVersion" value={primaryVersion} />
      <fieldset aria-describedby="duplicates-merge-message" aria-invalid={error ? true : undefined}>
        <legend className="sr-only">{labels.legend}</legend>
        {children}
      </fieldset>
      <p
        id="duplicates-merge-message"
        role="status"
        aria-live="polite"
        className={`min-h-5 text-sm font-medium ${state.ok ? "text-green-800" : "text-brand-700"}`}
      >
        {error ?? state.message}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
