// The coordinator's form for a proposal raised aloud at the dialogue, entered on behalf of a participating unit.
import type { Translate } from "@/lib/i18n/translate";
import { ActionForm } from "@/components/action-form";
import { enterOnBehalfAction } from "../actions";

const input = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base";
const prefix = "on-behalf-";

export function OnBehalfForm({
  sessionId,
  clientToken,
  units,
  fields,
  t,
}: {
  sessionId: number;
  clientToken: string;
  units: { id: number; code: string; name: string }[];
  fields: { id: number; name: string }[];
  t: Translate;
}) {
  return (
    <section
      aria-labelledby="on-behalf"
      className="mb-6 max-w-3xl rounded-lg border border-gray-200 bg-white p-4"
    >
      <h2 id="on-behalf" className="text-lg font-semibold">
        {t("sessions.onBehalf.title")}
      </h2>
      <p className="mb-3 text-sm text-muted">{t("sessions.onBehalf.intro")}</p>
      <ActionForm
        action={enterOnBehalfAction}
        hidden={{ sessionId, clientToken }}
        submitLabel={t("sessions.onBehalf.submit")}
        pendingLabel={t("sessions.onBehalf.submitting")}
        idPrefix={prefix}
      >
        <div>
          <label htmlFor={`${prefix}unitId`} className="text-sm font-medium">
            {t("sessions.onBehalf.unit")}
          </label>
          <select id={`${prefix}unitId`} name="unitId" required defaultValue="" className={input}>
            <option value="" disabled>
              {t("sessions.onBehalf.chooseUnit")}
            </option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${prefix}fieldId`} className="text-sm font-medium">
            {t("sessions.onBehalf.field")}
          </label>
          <select id={`${prefix}fieldId`} name="fieldId" defaultValue="" className={input}>
            <option value="">{t("sessions.onBehalf.noField")}</option>
            {fields.map((field) => (
              <option key={field.id} value={field.id}>
                {field.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${prefix}title`} className="text-sm font-medium">
            {t("sessions.onBehalf.proposalTitle")}
          </label>
          <input
            id={`${prefix}title`}
            name="title"
            required
            minLength={10}
            maxLength={300}
            className={input}
          />
        </div>
        <div>
          <label htmlFor={`${prefix}content`} className="text-sm font-medium">
            {t("sessions.onBehalf.content")}
          </label>
          <textarea
            id={`${prefix}content`}
            name="content"
            required
            minLength={30}
            maxLength={20_000}
            rows={5}
            className={input}
          />
        </div>
      </ActionForm>
    </section>
  );
}
