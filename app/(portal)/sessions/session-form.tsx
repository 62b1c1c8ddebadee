// The session's details form, for creating and editing (server component around the client form that keeps its text).
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import type { ActionState } from "@/lib/action-state";
import { ActionForm } from "@/components/action-form";

const input = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base";
const label = "text-sm font-medium";

export type SessionFormValues = {
  title: string;
  theme: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  agenda: string;
  allUnits: boolean;
  unitIds: number[];
  coordinatingAgencyId: number | "";
  submissionOpensAt: string;
  submissionClosesAt: string;
  defaultAnswerDays: number;
  receiptDays: number;
};

function Field({ name, text, children }: { name: string; text: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={name} className={label}>
        {text}
      </label>
      {children}
    </div>
  );
}

export function SessionForm({
  action,
  hidden,
  values,
  units,
  agencies,
  submitLabel,
  t,
  locale,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number>;
  values: SessionFormValues;
  units: { id: number; code: string; name: string }[];
  agencies: { id: number; name: string; nameEn: string }[];
  submitLabel: string;
  t: Translate;
  locale: Locale;
}) {
  return (
    <ActionForm
      action={action}
      hidden={hidden}
      submitLabel={submitLabel}
      pendingLabel={t("sessions.form.saving")}
      className="max-w-3xl rounded-lg border border-gray-200 bg-white p-4"
    >
      <Field name="title" text={t("sessions.form.title")}>
        <input
          id="title"
          name="title"
          required
          maxLength={300}
          defaultValue={values.title}
          className={input}
        />
      </Field>
      <Field name="theme" text={t("sessions.form.theme")}>
        <input id="theme" name="theme" maxLength={300} defaultValue={values.theme} className={input} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="startsOn" text={t("sessions.form.startsOn")}>
          <input
            id="startsOn"
            name="startsOn"
            type="date"
            required
            defaultValue={values.startsOn}
            className={input}
          />
        </Field>
        <Field name="endsOn" text={t("sessions.form.endsOn")}>
          <input
            id="endsOn"
            name="endsOn"
            type="date"
            required
            defaultValue={values.endsOn}
            className={input}
          />
        </Field>
      </div>
      <Field name="venue" text={t("sessions.form.venue")}>
        <input id="venue" name="venue" maxLength={300} defaultValue={values.venue} className={input} />
      </Field>
      <Field name="agenda" text={t("sessions.form.agenda")}>
        <textarea
          id="agenda"
          name="agenda"
          rows={5}
          maxLength={20_000}
          defaultValue={values.agenda}
          className={input}
        />
      </Field>
      <fieldset className="rounded border border-gray-300 p-3">
        <legend className={`${label} px-1`}>{t("sessions.form.participants")}</legend>
        <label className="flex items-start gap-2">
          <input
            id="allUnits"
            name="allUnits"
            type="checkbox"
            defaultChecked={values.allUnits}
            className="mt-1 size-4"
          />
          <span>{t("sessions.form.allUnits", { count: units.length })}</span>
        </label>
        <div className="mt-3">
          <label htmlFor="unitIds" className={label}>
            {t("sessions.form.unitIds")}
          </label>
          <select
            id="unitIds"
            name="unitIds"
            multiple
            size={8}
            defaultValue={values.unitIds.map(String)}
            className={input}
          >
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {`${unit.name} (${unit.code})`}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <Field name="coordinatingAgencyId" text={t("sessions.form.coordinatingAgency")}>
        <select
          id="coordinatingAgencyId"
          name="coordinatingAgencyId"
          required
          defaultValue={String(values.coordinatingAgencyId)}
          className={input}
        >
          {agencies.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {locale === "en" ? agency.nameEn : agency.name}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="rounded border border-gray-300 p-3">
        <legend className={`${label} px-1`}>{t("sessions.form.window")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field name="submissionOpensAt" text={t("sessions.form.submissionOpensAt")}>
            <input
              id="submissionOpensAt"
              name="submissionOpensAt"
              type="datetime-local"
              required
              defaultValue={values.submissionOpensAt}
              className={input}
            />
          </Field>
          <Field name="submissionClosesAt" text={t("sessions.form.submissionClosesAt")}>
            <input
              id="submissionClosesAt"
              name="submissionClosesAt"
              type="datetime-local"
              required
              defaultValue={values.submissionClosesAt}
              className={input}
            />
          </Field>
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="defaultAnswerDays" text={t("sessions.form.defaultAnswerDays")}>
          <input
            id="defaultAnswerDays"
            name="defaultAnswerDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={120}
            required
            defaultValue={values.defaultAnswerDays}
            className={input}
          />
        </Field>
        <Field name="receiptDays" text={t("sessions.form.receiptDays")}>
          <input
            id="receiptDays"
            name="receiptDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={60}
            required
            defaultValue={values.receiptDays}
            className={input}
          />
        </Field>
      </div>
    </ActionForm>
  );
}
