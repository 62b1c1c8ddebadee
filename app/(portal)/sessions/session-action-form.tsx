"use client";
// Like components/action-form.tsx, but submits without React's automatic form reset, so a refused form keeps
// everything typed (the session form is long); a successful one is cleared (the on-behalf form, for the next one).
import { startTransition, useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/action-state";

export function SessionActionForm({
  action,
  hidden,
  submitLabel,
  pendingLabel,
  idPrefix = "",
  className = "",
  children,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number>;
  submitLabel: string;
  pendingLabel: string;
  idPrefix?: string;
  className?: string;
  children: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {} as ActionState);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }
  const fieldErrors = Object.entries(state.fieldErrors ?? {});
  return (
    <form ref={formRef} onSubmit={onSubmit} className={`space-y-3 ${className}`}>
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
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
