// The coordinator's actions on one proposal: receive, return, out of jurisdiction, field, (re)assign, send, close.
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { WorkflowAction } from "@/lib/workflow/proposal-workflow";
import { getAssignmentOptions } from "@/lib/data/triage";
import { formatDate, toIsoDate } from "@/lib/format";
import { ActionForm } from "@/components/action-form";
import { ReasonForm } from "@/components/reason-form";
import {
  assignAction,
  closeAction,
  outOfJurisdictionAction,
  receiveAction,
  returnAction,
  sendAction,
  setFieldAction,
} from "../triage-actions";

type Props = {
  actor: Actor;
  proposal: {
    id: number;
    version: number;
    code: string | null;
    fieldId: number | null;
    leadAgencyId: number | null;
    coordinatingAgencyIds: number[];
  };
  actions: WorkflowAction[];
  t: Translate;
  locale: Locale;
};

const input = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base";

export async function TriagePanel({ actor, proposal, actions, t, locale }: Props) {
  const has = (action: WorkflowAction) => actions.includes(action);
  const hidden = {
    proposalId: proposal.id,
    version: proposal.version,
    returnTo: `/proposals/${encodeURIComponent(proposal.code ?? `draft-${proposal.id}`)}`,
  };
  const pending = t("workflow.submitting");
  const assigning = has("assign") || has("reassign");
  const options = assigning || has("set_field") ? await getAssignmentOptions(actor, proposal.id) : null;
  const name = (item: { name: string; nameEn: string }) => (locale === "vi" ? item.name : item.nameEn);
  const suggested =
    options?.fields.find((field) => field.id === proposal.fieldId)?.defaultLeadAgencyId ?? null;
  const suggestedName = options?.agencies.find((agency) => agency.id === suggested);
  return (
    <div className="space-y-5">
      {has("receive") && (
        <ActionForm
          action={receiveAction}
          hidden={hidden}
          submitLabel={t("workflow.receive")}
          pendingLabel={pending}
        />
      )}
      {options && assigning && (
        <details open={has("assign")} className="rounded border border-gray-200 p-3">
          <summary className="cursor-pointer font-semibold">
            {has("assign") ? t("workflow.assign") : t("workflow.reassign")}
          </summary>
          <ActionForm
            action={assignAction}
            hidden={hidden}
            submitLabel={has("assign") ? t("workflow.assign") : t("workflow.reassign")}
            pendingLabel={pending}
            idPrefix="assign-"
            className="mt-3"
          >
            <div>
              <label htmlFor="assign-fieldId" className="text-sm font-medium">
                {t("workflow.field")}
              </label>
              <select
                id="assign-fieldId"
                name="fieldId"
                required
                defaultValue={proposal.fieldId ?? ""}
                className={input}
              >
                <option value="">{t("workflow.fieldNone")}</option>
                {options.fields.map((field) => (
                  <option key={field.id} value={field.id}>
                    {name(field)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="assign-leadAgencyId" className="text-sm font-medium">
                {t("workflow.leadAgency")}
              </label>
              {suggestedName && (
                <p id="assign-lead-hint" className="text-xs text-muted">
                  {t("workflow.suggestedLead", { agency: name(suggestedName) })}
                </p>
              )}
              <select
                id="assign-leadAgencyId"
                name="leadAgencyId"
                required
                aria-describedby={suggestedName ? "assign-lead-hint" : undefined}
                defaultValue={proposal.leadAgencyId ?? suggested ?? ""}
                className={input}
              >
                <option value="">—</option>
                {options.agencies.map((agency) => (
                  <option key={agency.id} value={agency.id}>
                    {name(agency)}
                  </option>
                ))}
              </select>
            </div>
            <fieldset>
              <legend className="text-sm font-medium">{t("workflow.coordinating")}</legend>
              <div className="mt-1 max-h-48 space-y-1 overflow-y-auto rounded border border-gray-300 p-2">
                {options.agencies.map((agency) => (
                  <label key={agency.id} className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="coordinatingAgencyIds"
                      value={agency.id}
                      defaultChecked={proposal.coordinatingAgencyIds.includes(agency.id)}
                      className="mt-1"
                    />
                    {name(agency)}
                  </label>
                ))}
              </div>
            </fieldset>
            <div>
              <label htmlFor="assign-dueOn" className="text-sm font-medium">
                {t("workflow.dueOn")}
              </label>
              <p id="assign-due-hint" className="text-xs text-muted">
                {t("workflow.dueOnHint", {
                  days: options.defaultAnswerDays,
                  date: formatDate(options.defaultDueOn),
                })}
              </p>
              <input
                id="assign-dueOn"
                name="dueOn"
                type="date"
                aria-describedby="assign-due-hint"
                defaultValue={toIsoDate(options.defaultDueOn)}
                className={input}
              />
            </div>
            <div>
              <label htmlFor="assign-note" className="text-sm font-medium">
                {t("workflow.assignNote")}
              </label>
              <textarea id="assign-note" name="note" rows={2} maxLength={2000} className={input} />
            </div>
          </ActionForm>
        </details>
      )}
      {options && has("set_field") && !assigning && (
        <ActionForm
          action={setFieldAction}
          hidden={hidden}
          submitLabel={t("workflow.setField")}
          pendingLabel={pending}
          tone="secondary"
          idPrefix="field-"
        >
          <label htmlFor="field-fieldId" className="text-sm font-medium">
            {t("workflow.field")}
          </label>
          <select id="field-fieldId" name="fieldId" defaultValue={proposal.fieldId ?? ""} className={input}>
            {options.fields.map((field) => (
              <option key={field.id} value={field.id}>
                {name(field)}
              </option>
            ))}
          </select>
        </ActionForm>
      )}
      {has("send") && (
        <ActionForm
          action={sendAction}
          hidden={hidden}
          submitLabel={t("workflow.send")}
          pendingLabel={pending}
        />
      )}
      {has("return") && (
        <ReasonForm
          summary={t("workflow.return")}
          action={returnAction}
          hidden={hidden}
          pendingLabel={pending}
          idPrefix="return-"
          name="reason"
          label={t("workflow.returnReason")}
          required
        />
      )}
      {has("mark_out_of_jurisdiction") && (
        <ReasonForm
          summary={t("workflow.outOfJurisdiction")}
          action={outOfJurisdictionAction}
          hidden={hidden}
          pendingLabel={pending}
          tone="danger"
          idPrefix="ooj-"
          name="reason"
          label={t("workflow.outOfJurisdictionReason")}
          required
        />
      )}
      {has("close") && (
        <ReasonForm
          summary={t("workflow.close")}
          action={closeAction}
          hidden={hidden}
          pendingLabel={pending}
          idPrefix="close-"
          name="note"
          label={t("workflow.closeNote")}
          rows={2}
        />
      )}
    </div>
  );
}
