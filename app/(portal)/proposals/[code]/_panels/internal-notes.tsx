// Notes between the agencies answering a proposal; the commune never sees this panel or its contents.
import type { Translate } from "@/lib/i18n/translate";
import type { AnswerWorkspace } from "@/lib/data/answers";
import { formatDateTime } from "@/lib/format";
import { InternalNoteForm, type InternalNoteLabels } from "./internal-notes-form";

export function InternalNotes({
  notes,
  form,
  t,
}: {
  notes: AnswerWorkspace["notes"];
  /** present when the caller may add a note */
  form: { proposalId: number; version: number; labels: InternalNoteLabels } | null;
  t: Translate;
}) {
  return (
    <section aria-labelledby="internal-notes" className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="internal-notes" className="text-lg font-semibold">
        {t("answers.notes.title")}
      </h2>
      <p className="mb-3 text-sm text-muted">{t("answers.notes.intro")}</p>
      {notes.length === 0 ? (
        <p className="text-sm text-muted">{t("answers.notes.none")}</p>
      ) : (
        <ul className="mb-4 space-y-2">
          {notes.map((note) => (
            <li key={note.id} className="rounded bg-gray-50 p-3 text-sm">
              <p className="text-muted">
                {note.author.name} · {note.agency.shortName} ·{" "}
                <time dateTime={note.createdAt.toISOString()}>{formatDateTime(note.createdAt)}</time>
              </p>
              <p className="mt-1 whitespace-pre-line">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
      {form && <InternalNoteForm {...form} />}
    </section>
  );
}
