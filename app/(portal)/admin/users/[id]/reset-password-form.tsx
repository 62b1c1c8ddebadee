"use client";
// Resets a user's password: a new one-time link or a new initial password, shown here once.
import { useActionState } from "react";
import type { CredentialState } from "../credential";
import { CredentialResult } from "../credential-result";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({
  userId,
  labels,
  resultLabels,
}: {
  userId: number;
  labels: Record<string, string>;
  resultLabels: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(resetPasswordAction, {} as CredentialState);
  return (
    <div className="space-y-3">
      <form action={formAction} className="space-y-3">
        <input type="hidden" name="userId" value={userId} />
        <fieldset>
          <legend className="text-sm font-medium">{labels.credential}</legend>
          <label className="mt-2 flex items-start gap-2">
            <input type="radio" name="credential" value="link" defaultChecked className="mt-1" />
            <span>{labels.credentialLink}</span>
          </label>
          <label className="mt-2 flex items-start gap-2">
            <input type="radio" name="credential" value="password" className="mt-1" />
            <span>{labels.credentialPassword}</span>
          </label>
        </fieldset>
        <button
          type="submit"
          disabled={pending}
          className="rounded border border-gray-400 bg-white px-4 py-2 font-semibold text-ink hover:bg-gray-50 disabled:opacity-70"
        >
          {pending ? labels.resetting : labels.reset}
        </button>
      </form>
      <div aria-live="polite" className="space-y-3 text-sm">
        {state.message && (
          <p className={state.ok ? "font-medium text-green-800" : "font-medium text-red-800"}>
            {state.message}
          </p>
        )}
        {state.ok && state.credential && (
          <CredentialResult credential={state.credential} labels={resultLabels} />
        )}
      </div>
    </div>
  );
}
