"use client";
// The commune's proposal form: a draft saved as they type (one proposal per form, however often it saves),
// then submitted for a reference code. Errors sit next to their fields and are announced.
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { saveDraftAction, submitProposalAction, type DraftState } from "./actions";
import { AttachmentField, type AttachmentItem } from "@/components/attachment-field";
import type { Locale } from "@/lib/i18n/config";

type Option = { id: number; label: string };
export type ProposalFormLabels = Record<
  | "session"
  | "title"
  | "titleHint"
  | "field"
  | "fieldHint"
  | "fieldNone"
  | "content"
  | "contentHint"
  | "saving"
  | "savedAt"
  | "saveFailed"
  | "submit"
  | "submitting",
  string
>;

export function ProposalForm({
  labels,
  sessions,
  fields,
  initial,
  autosave,
  editing = false,
  attachments,
}: {
  labels: ProposalFormLabels;
  sessions: Option[];
  fields: Option[];
  initial: {
    clientToken: string;
    proposalId?: number;
    version?: number;
    sessionId: number;
    fieldId?: number | null;
    title: string;
    content: string;
  };
  autosave: boolean;
  editing?: boolean;
  attachments: { texts: Record<string, string>; locale: Locale; initial: AttachmentItem[] };
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [ids, setIds] = useState({ proposalId: initial.proposalId, version: initial.version });
  const [saveState, setSaveState] = useState<DraftState & { saving?: boolean }>({});
  const [submitState, submit, submitting] = useActionState(submitProposalAction, {} as DraftState);
  const [, startSave] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingSave = useRef<Promise<void>>(Promise.resolve());

  function scheduleSave() {
    if (!autosave) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const form = formRef.current;
      if (!form) return;
      const data = new FormData(form);
      setSaveState({ saving: true });
      pendingSave.current = new Promise<void>((resolve) =>
        startSave(async () => {
          const result = await saveDraftAction({}, data);
          if (result.ok) setIds({ proposalId: result.proposalId, version: result.version });
          setSaveState(result);
          resolve();
        }),
      );
    }, 1500);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  async function onSubmit(data: FormData) {
    clearTimeout(timer.current);
    await pendingSave.current;
    // The hidden inputs may lag behind the last autosave by a render: take the newest ids.
    if (ids.proposalId) data.set("proposalId", String(ids.proposalId));
    if (ids.version) data.set("version", String(ids.version));
    submit(data);
  }

  const errors = { ...saveState.fieldErrors, ...submitState.fieldErrors };
  const message =
    submitState.message ??
    (saveState.message ? labels.saveFailed.replace("{message}", saveState.message) : undefined);
  const savedAt = saveState.savedAt
    ? new Date(saveState.savedAt).toLocaleTimeString("vi-VN", {
        hour: "2-digit",
        minute: "2-digit",
        hour12: false,
        timeZone: "Asia/Ho_Chi_Minh",
      })
    : null;
  const input = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base";
  const describe = (name: string, hint?: boolean) =>
    [hint ? `${name}-hint` : null, errors[name] ? `${name}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  const fieldError = (name: string) =>
    errors[name] ? (
      <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-800">
        {errors[name]!.join(" ")}
      </p>
    ) : null;

  return (
    <form
      ref={formRef}
      action={onSubmit}
      onInput={scheduleSave}
      onChange={scheduleSave}
      className="space-y-5 rounded-lg border border-gray-200 bg-white p-4 sm:p-6"
      noValidate
    >
      <input type="hidden" name="clientToken" value={initial.clientToken} />
      <input type="hidden" name="proposalId" value={ids.proposalId ?? ""} />
      <input type="hidden" name="version" value={ids.version ?? ""} />
      {editing && <input type="hidden" name="editing" value="1" />}
      {sessions.length > 1 ? (
        <div>
          <label htmlFor="sessionId" className="font-medium">
            {labels.session}
          </label>
          <select id="sessionId" name="sessionId" defaultValue={initial.sessionId} className={input}>
            {sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {session.label}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <>
          <input type="hidden" name="sessionId" value={initial.sessionId} />
          <p className="text-sm text-muted">
            {labels.session}: <strong className="text-ink">{sessions[0]?.label}</strong>
          </p>
        </>
      )}
      <div>
        <label htmlFor="title" className="font-medium">
          {labels.title}
        </label>
        <p id="title-hint" className="text-sm text-muted">
          {labels.titleHint}
        </p>
        <input
          id="title"
          name="title"
          defaultValue={initial.title}
          maxLength={300}
          required
          aria-invalid={Boolean(errors.title)}
          aria-describedby={describe("title", true)}
          className={input}
        />
        {fieldError("title")}
      </div>
      <div>
        <label htmlFor="fieldId" className="font-medium">
          {labels.field}
        </label>
        <p id="fieldId-hint" className="text-sm text-muted">
          {labels.fieldHint}
        </p>
        <select
          id="fieldId"
          name="fieldId"
          defaultValue={initial.fieldId ?? ""}
          aria-describedby={describe("fieldId", true)}
          className={input}
        >
          <option value="">{labels.fieldNone}</option>
          {fields.map((field) => (
            <option key={field.id} value={field.id}>
              {field.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="content" className="font-medium">
          {labels.content}
        </label>
        <p id="content-hint" className="text-sm text-muted">
          {labels.contentHint}
        </p>
        <textarea
          id="content"
          name="content"
          defaultValue={initial.content}
          rows={10}
          maxLength={20000}
          required
          aria-invalid={Boolean(errors.content)}
          aria-describedby={describe("content", true)}
          className={input}
        />
        {fieldError("content")}
      </div>
      <AttachmentField
        proposalId={ids.proposalId ?? null}
        initial={attachments.initial}
        texts={attachments.texts}
        locale={attachments.locale}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={submitting}
          className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {submitting ? labels.submitting : labels.submit}
        </button>
        <p aria-live="polite" className="text-sm text-muted">
          {saveState.saving ? labels.saving : savedAt ? labels.savedAt.replace("{time}", savedAt) : ""}
        </p>
      </div>
      <p role="status" aria-live="assertive" className="text-sm font-medium text-red-800">
        {message}
      </p>
    </form>
  );
}
