"use client";
// The attachments of the proposal form: each chosen file is uploaded at once (one request per file, one after
// the other — gentle on a phone's connection), listed with its size and removable. Progress and errors are announced.
import { useId, useState } from "react";
import {
  ALLOWED_TYPE_LABELS,
  ATTACHMENT_ACCEPT,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MAX_COUNT,
  ATTACHMENT_TYPES,
  formatFileSize,
  kindOfMime,
} from "@/lib/attachments/sniff";
import type { Locale } from "@/lib/i18n/config";

export type AttachmentItem = { id: number; fileName: string; sizeBytes: number; mimeType: string };

type Params = Record<string, string | number>;

export function AttachmentField({
  proposalId,
  initial = [],
  texts,
  locale,
}: {
  /** null until the first autosave has created the proposal */
  proposalId: number | null;
  initial?: AttachmentItem[];
  /** the catalogue's "attachments" texts, e.g. messagesFor(locale, "attachments") */
  texts: Readonly<Record<string, string>>;
  locale: Locale;
}) {
  const id = useId();
  const [items, setItems] = useState<AttachmentItem[]>(initial);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [problems, setProblems] = useState<string[]>([]);

  const limits = {
    types: ALLOWED_TYPE_LABELS,
    size: formatFileSize(ATTACHMENT_MAX_BYTES, locale),
    count: ATTACHMENT_MAX_COUNT,
  };
  const say = (key: string, params: Params = {}) =>
    (texts[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = ({ ...limits, ...params } as Params)[name];
      return value === undefined ? match : String(value);
    });

  async function upload(event: React.ChangeEvent<HTMLInputElement>) {
    // The form autosaves on change; files are saved here, on their own.
    event.stopPropagation();
    const files = Array.from(event.currentTarget.files ?? []);
    event.currentTarget.value = ""; // so that choosing the same file again is a change again
    if (proposalId === null || files.length === 0) return;
    setBusy(true);
    setProblems([]);
    const done: string[] = [];
    const failed: string[] = [];
    let count = items.length;
    for (const [index, file] of files.entries()) {
      const refuse = (reason: string) => failed.push(say("failed", { name: file.name, reason }));
      if (file.size > ATTACHMENT_MAX_BYTES) refuse(say("errorTooLarge"));
      else if (count >= ATTACHMENT_MAX_COUNT) refuse(say("errorTooMany"));
      else {
        setStatus(say("uploading", { name: file.name, current: index + 1, total: files.length }));
        try {
          const body = new FormData();
          body.append("file", file);
          const response = await fetch(`/api/proposals/${proposalId}/attachments`, { method: "POST", body });
          const answer = (await response.json().catch(() => ({}))) as Partial<
            AttachmentItem & { error: string }
          >;
          if (!response.ok || answer.id === undefined) refuse(answer.error ?? `HTTP ${response.status}`);
          else {
            const item = answer as AttachmentItem;
            if (response.status === 201) count += 1;
            setItems((current) => (current.some((i) => i.id === item.id) ? current : [...current, item]));
            done.push(say(response.status === 201 ? "uploaded" : "alreadyAttached", { name: item.fileName }));
          }
        } catch {
          refuse(say("network"));
        }
      }
    }
    setStatus(done.join(" "));
    setProblems(failed);
    setBusy(false);
  }

  async function remove(item: AttachmentItem) {
    if (!window.confirm(say("confirmRemove", { name: item.fileName }))) return;
    setBusy(true);
    setProblems([]);
    setStatus(say("removing", { name: item.fileName }));
    try {
      const response = await fetch(`/api/attachments/${item.id}`, { method: "DELETE" });
      if (response.ok) {
        setItems((current) => current.filter((i) => i.id !== item.id));
        setStatus(say("removed", { name: item.fileName }));
      } else {
        const answer = (await response.json().catch(() => ({}))) as { error?: string };
        setStatus("");
        setProblems([
          say("removeFailed", { name: item.fileName, reason: answer.error ?? `HTTP ${response.status}` }),
        ]);
      }
    } catch {
      setStatus("");
      setProblems([say("removeFailed", { name: item.fileName, reason: say("network") })]);
    }
    setBusy(false);
  }

  return (
    <div className="space-y-2" aria-busy={busy}>
      <label htmlFor={`${id}-input`} className="font-medium">
        {say("label")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {proposalId === null ? say("saveFirst") : say("hint")}
      </p>
      <input
        id={`${id}-input`}
        type="file"
        multiple
        accept={ATTACHMENT_ACCEPT}
        disabled={proposalId === null || busy}
        aria-describedby={`${id}-hint ${id}-status`}
        onChange={upload}
        onInput={(event) => event.stopPropagation()}
        className="block w-full max-w-full text-sm file:mr-3 file:min-h-11 file:rounded file:border file:border-gray-400 file:bg-white file:px-4 file:py-2 file:text-base file:font-medium hover:file:bg-gray-50 disabled:opacity-60"
      />
      <div id={`${id}-status`} aria-live="polite" className="text-sm">
        {status && <p>{status}</p>}
        {problems.length > 0 && (
          <ul className="font-medium text-red-800">
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        )}
      </div>
      {items.length > 0 && (
        <ul aria-label={say("listLabel")} className="divide-y divide-gray-200 rounded border border-gray-200">
          {items.map((item) => {
            const kind = kindOfMime(item.mimeType);
            return (
              <li key={item.id} className="flex items-center gap-3 px-3 py-2">
                <div className="min-w-0 flex-1">
                  <a
                    href={`/api/attachments/${item.id}`}
                    download
                    className="text-brand-800 underline wrap-anywhere"
                  >
                    {item.fileName}
                  </a>
                  <p className="text-xs text-muted">
                    {kind ? ATTACHMENT_TYPES[kind].label : item.mimeType} ·{" "}
                    {formatFileSize(item.sizeBytes, locale)}
                  </p>
                </div>
                <button
                  type="button"
                  onClick={() => remove(item)}
                  disabled={busy}
                  aria-label={say("removeLabel", { name: item.fileName })}
                  className="min-h-11 shrink-0 rounded border border-gray-400 bg-white px-3 text-sm font-medium hover:bg-gray-50 disabled:opacity-60"
                >
                  {say("remove")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
