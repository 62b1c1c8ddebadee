// The urge (đôn đốc) form of one agency: a message, and optionally one proposal instead of all its late work.
import type { Translate } from "@/lib/i18n/translate";
import type { AgencyRow } from "@/lib/data/monitoring";
import { formatDate } from "@/lib/format";
import { ActionForm } from "@/components/action-form";
import { urgeAction } from "./actions";

const input = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base";

export function UrgeForm({ agency, t }: { agency: AgencyRow; t: Translate }) {
  const prefix = `urge-${agency.agencyId}-`;
  return (
    <ActionForm
      action={urgeAction}
      hidden={{ agencyId: agency.agencyId }}
      submitLabel={t("monitoring.urgeSubmit")}
      pendingLabel={t("monitoring.urging")}
      idPrefix={prefix}
    >
      <div>
        <label htmlFor={`${prefix}proposalId`} className="text-sm font-medium">
          {t("monitoring.urgeWhat")}
        </label>
        <select id={`${prefix}proposalId`} name="proposalId" defaultValue="" className={input}>
          <option value="">{t("monitoring.urgeAll", { count: agency.overdue + agency.dueSoon })}</option>
          {agency.late.map((p) => (
            <option key={p.id} value={p.id}>
              {`${p.code ?? ""} · ${formatDate(p.answerDueOn)}${p.overdue ? ` · ${t("deadline.overdue")}` : ""} · ${p.title.slice(0, 60)}`}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${prefix}message`} className="text-sm font-medium">
          {t("monitoring.message")}
        </label>
        <textarea
          id={`${prefix}message`}
          name="message"
          rows={3}
          required
          maxLength={2000}
          defaultValue={t("monitoring.defaultMessage", { agency: agency.shortName })}
          className={input}
        />
      </div>
    </ActionForm>
  );
}
