// The form that creates a session's notice of conclusions (for session.manage).
import type { Translate } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/format";
import { ActionForm } from "@/components/action-form";
import { createNoticeAction } from "./actions";

export const inputClass = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base";

type SessionChoice = { id: number; code: string; title: string; startsOn: Date };

export function NoticeForm({ sessions, t }: { sessions: SessionChoice[]; t: Translate }) {
  const prefix = "notice-";
  return (
    <ActionForm
      action={createNoticeAction}
      hidden={{}}
      submitLabel={t("conclusions.createSubmit")}
      pendingLabel={t("conclusions.saving")}
      idPrefix={prefix}
    >
      <div>
        <label htmlFor={`${prefix}sessionId`} className="text-sm font-medium">
          {t("conclusions.session")}
        </label>
        <select id={`${prefix}sessionId`} name="sessionId" required className={inputClass}>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {`${s.code} · ${formatDate(s.startsOn)} · ${s.title}`}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${prefix}number`} className="text-sm font-medium">
            {t("conclusions.number")}
          </label>
          <input id={`${prefix}number`} name="number" required maxLength={60} className={inputClass} />
        </div>
        <div>
          <label htmlFor={`${prefix}issuedOn`} className="text-sm font-medium">
            {t("conclusions.issuedOn")}
          </label>
          <input id={`${prefix}issuedOn`} name="issuedOn" type="date" required className={inputClass} />
        </div>
      </div>
      <div>
        <label htmlFor={`${prefix}title`} className="text-sm font-medium">
          {t("conclusions.noticeTitle")}
        </label>
        <input id={`${prefix}title`} name="title" required maxLength={300} className={inputClass} />
      </div>
      <div>
        <label htmlFor={`${prefix}content`} className="text-sm font-medium">
          {t("conclusions.content")}
        </label>
        <p id={`${prefix}content-hint`} className="text-sm text-muted">
          {t("conclusions.contentHint")}
        </p>
        <textarea
          id={`${prefix}content`}
          name="content"
          rows={8}
          required
          aria-describedby={`${prefix}content-hint`}
          className={inputClass}
        />
      </div>
    </ActionForm>
  );
}
