// The coordinator's bulk form under the list; the rows' checkboxes belong to it through their form attribute.
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { ActionForm } from "@/components/action-form";
import { bulkAction } from "./bulk-actions";

export const BULK_FORM_ID = "bulk-form";

export function BulkForm({
  agencies,
  t,
  locale,
}: {
  agencies: { id: number; name: string; nameEn: string }[];
  t: Translate;
  locale: Locale;
}) {
  const input = "mt-1 block w-full rounded border border-gray-400 bg-white px-2 py-2 text-base sm:text-sm";
  return (
    <section
      aria-labelledby="bulk-title"
      className="no-print mt-4 rounded-lg border border-gray-200 bg-white p-4"
    >
      <h2 id="bulk-title" className="mb-2 font-semibold">
        {t("workflow.bulkTitle")}
      </h2>
      <ActionForm
        action={bulkAction}
        hidden={{}}
        submitLabel={t("workflow.bulkRun")}
        pendingLabel={t("workflow.submitting")}
        idPrefix="bulk-"
        formId={BULK_FORM_ID}
      >
        <div className="grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="bulk-operation" className="text-sm font-medium">
              {t("workflow.bulkOperation")}
            </label>
            <select id="bulk-operation" name="operation" required className={input}>
              <option value="receive">{t("workflow.bulkReceive")}</option>
              <option value="assign">{t("workflow.bulkAssign")}</option>
              <option value="send">{t("workflow.bulkSend")}</option>
            </select>
          </div>
          <div>
            <label htmlFor="bulk-leadAgencyId" className="text-sm font-medium">
              {t("workflow.leadAgency")}
            </label>
            <select id="bulk-leadAgencyId" name="leadAgencyId" aria-describedby="bulk-hint" className={input}>
              <option value="">—</option>
              {agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {locale === "vi" ? agency.name : agency.nameEn}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="bulk-dueOn" className="text-sm font-medium">
              {t("workflow.dueOn")}
            </label>
            <input id="bulk-dueOn" name="dueOn" type="date" aria-describedby="bulk-hint" className={input} />
          </div>
        </div>
        <p id="bulk-hint" className="text-xs text-muted">
          {t("workflow.bulkLeadHint")}
        </p>
      </ActionForm>
    </section>
  );
}
