"use client";
// Pieces shared by the answering agencies' forms: a form bound to a server action that keeps what was typed when
// the action refuses it, fields with their errors beside them (aria-describedby), and a live outcome message.
import { startTransition, useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/action-state";

export type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export const inputClass =
  "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700";

/**
 * Submits through the action without React's automatic form reset, so a refused form keeps its text;
 * a successful one is cleared (unless `keep`). The clicked button's name/value (intent) is sent along.
 */
export function useActionForm(action: FormAction, { keep = false }: { keep?: boolean } = {}) {
  const [state, formAction, pending] = useActionState(action, {} as ActionState);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok && !keep) formRef.current?.reset();
  }, [state, keep]);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  }
  return { state, pending, formRef, onSubmit };
}

export function errorId(formId: string, name: string): string {
  return `${formId}-${name}-error`;
}

/** Attributes that tie an input to its error message. */
export function fieldAttributes(formId: string, name: string, state: ActionState) {
  const invalid = Boolean(state.fieldErrors?.[name]?.length);
  return {
    id: `${formId}-${name}`,
    name,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? errorId(formId, name) : undefined,
  };
}

export function FieldError({ formId, name, state }: { formId: string; name: string; state: ActionState }) {
  const messages = state.fieldErrors?.[name];
  if (!messages?.length) return null;
  return (
    <p id={errorId(formId, name)} className="mt-1 text-sm font-medium text-red-800">
      {messages.join(" ")}
    </p>
  );
}

/** A labelled one-line or multi-line text field with its error. */
export function TextField({
  formId,
  name,
  label,
  state,
  rows,
  type = "text",
  maxLength,
  defaultValue,
  required = true,
  placeholder,
}: {
  formId: string;
  name: string;
  label: string;
  state: ActionState;
  rows?: number;
  type?: "text" | "date" | "number";
  maxLength?: number;
  defaultValue?: string | number;
  required?: boolean;
  placeholder?: string;
}) {
  const attributes = fieldAttributes(formId, name, state);
  return (
    <div>
      <label htmlFor={attributes.id} className="block text-sm font-medium">
        {label}
      </label>
      {rows ? (
        <textarea
          {...attributes}
          rows={rows}
          maxLength={maxLength}
          required={required}
          defaultValue={defaultValue}
          className={inputClass}
        />
      ) : (
        <input
          {...attributes}
          type={type}
          maxLength={maxLength}
          required={required}
          defaultValue={defaultValue}
          placeholder={placeholder}
          min={type === "number" ? 0 : undefined}
          max={type === "number" ? 100 : undefined}
          className={inputClass}
        />
      )}
      <FieldError formId={formId} name={name} state={state} />
    </div>
  );
}

/** The outcome of the last submit — done, conflict ("reload"), not allowed — announced to screen readers. */
export function FormStatus({ state }: { state: ActionState }) {
  return (
    <p aria-live="polite" role="status" className="min-h-5 text-sm">
      {state.message && (
        <span className={state.ok ? "font-medium text-green-800" : "font-medium text-red-800"}>
          {state.message}
        </span>
      )}
    </p>
  );
}

export function SubmitButton({
  label,
  pendingLabel,
  pending,
  tone = "primary",
  name,
  value,
}: {
  label: string;
  pendingLabel: string;
  pending: boolean;
  tone?: "primary" | "secondary";
  name?: string;
  value?: string;
}) {
  const toneClass =
    tone === "primary"
      ? "bg-brand-700 text-white hover:bg-brand-800"
      : "border border-gray-400 bg-white text-ink hover:bg-gray-50";
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      className={`rounded px-4 py-2 font-semibold disabled:opacity-70 ${toneClass}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

export function Target({ proposalId, version }: { proposalId: number; version: number }) {
  return (
    <>
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export type DocumentLabels = {
  documentNumber: string;
  documentNumberHint: string;
  documentDate: string;
  signerName: string;
  signerTitle: string;
};

/** The signed letter's number, date and signer: the same four fields on approval and on correction. */
export function DocumentFields({
  formId,
  state,
  labels,
  defaults,
}: {
  formId: string;
  state: ActionState;
  labels: DocumentLabels;
  defaults: { documentDate: string; signerName: string; signerTitle: string };
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField
        formId={formId}
        name="documentNumber"
        label={labels.documentNumber}
        state={state}
        maxLength={60}
        placeholder={labels.documentNumberHint}
      />
      <TextField
        formId={formId}
        name="documentDate"
        label={labels.documentDate}
        state={state}
        type="date"
        defaultValue={defaults.documentDate}
      />
      <TextField
        formId={formId}
        name="signerName"
        label={labels.signerName}
        state={state}
        maxLength={200}
        defaultValue={defaults.signerName}
      />
      <TextField
        formId={formId}
        name="signerTitle"
        label={labels.signerTitle}
        state={state}
        maxLength={200}
        defaultValue={defaults.signerTitle}
      />
    </div>
  );
}
