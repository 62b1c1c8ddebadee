"use client";
// The set-password form of a one-time link: new password twice, errors next to the fields.
import Link from "next/link";
import { useActionState } from "react";
import type { ActionState } from "@/lib/action-state";
import { setPasswordAction } from "./actions";

const input = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base";

export function SetPasswordForm({ token, labels }: { token: string; labels: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(setPasswordAction, {} as ActionState);
  if (state.ok) {
    return (
      <div aria-live="polite" className="space-y-3">
        <p className="font-medium text-green-800">{state.message}</p>
        <Link href="/sign-in" className="text-brand-800 underline">
          {labels.signIn}
        </Link>
      </div>
    );
  }
  const errorOf = (name: string) => state.fieldErrors?.[name]?.join(" ");
  const described = (name: string) =>
    errorOf(name) ? { "aria-describedby": `${name}-error`, "aria-invalid": true } : {};
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      {(["password", "confirm"] as const).map((name) => (
        <div key={name}>
          <label htmlFor={name} className="text-sm font-medium">
            {labels[name]}
          </label>
          <input
            id={name}
            name={name}
            type="password"
            required
            minLength={10}
            maxLength={200}
            autoComplete="new-password"
            className={input}
            {...described(name)}
          />
          {errorOf(name) && (
            <p id={`${name}-error`} className="mt-1 text-sm text-red-800">
              {errorOf(name)}
            </p>
          )}
        </div>
      ))}
      <div aria-live="polite" className="text-sm">
        {state.message && <p className="font-medium text-red-800">{state.message}</p>}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
