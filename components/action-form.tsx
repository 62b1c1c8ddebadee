"use client";
// A form bound to a server action: disables itself while pending (no double submit), then shows the outcome —
// a summary of field errors linked to their fields, a conflict, or the success message — in a live region.
// A refused form keeps everything typed (React would reset it after any action); a successful one is cleared.
import { startTransition, useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/action-state";

export function ActionForm({
  action,
  hidden,
  submitLabel,
  pendingLabel,
  tone = "primary",
  children,
  className = "",
  idPrefix = "",
  formId,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number>;
  submitLabel: string;
  pendingLabel: string;
  tone?: "primary" | "secondary" | "danger";
  children?: React.ReactNode;
  className?: string;
  /** prefix of the ids of this form's fields, so error links reach the right field when forms share names */
  idPrefix?: string;
  /** lets inputs elsewhere on the page (e.g. row checkboxes) join this form with form="…" */
  formId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {} as ActionState);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // Without JavaScript the form still posts through `action`; with it, submitting this way skips the reset.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }
  const buttonTone = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border border-gray-400 bg-white text-ink hover:bg-gray-50",
    danger: "border border-red-800 bg-white text-red-800 hover:bg-red-50",
  }[tone];
  const fieldErrors = Object.entries(state.fieldErrors ?? {});
  return (
    <form
      ref={formRef}
      id={formId}
      action={formAction}
      onSubmit={onSubmit}
      className={`space-y-3 ${className}`}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div aria-live="polite" className="text-sm">
        {state.message && (
          <p className={state.ok ? "font-medium text-green-800" : "font-medium text-red-800"}>
            {state.message}
          </p>
        )}
        {fieldErrors.length > 0 && (
          <ul className="mt-1 list-disc pl-5 text-red-800">
            {fieldErrors.map(([field, messages]) => (
              <li key={field}>
                <a href={`#${idPrefix}${field}`} className="underline">
                  {messages.join(" ")}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-4 py-2 font-semibold disabled:opacity-70 ${buttonTone}`}
      >
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
