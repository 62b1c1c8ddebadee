// The form for a new report: kind, what it covers, and the editable parts of the Word document.
import { ActionForm } from "@/components/action-form";
import type { Translate } from "@/lib/i18n/translate";
import { SIGN_MODES } from "@/lib/schemas/report";
import type { DashboardOptions } from "@/lib/data/dashboard-options";
import { createReport } from "./actions";

const FIELD = "mt-1 block w-full rounded border border-gray-400 bg-white px-2 py-2 text-base sm:text-sm";

function Labelled({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {children}
    </div>
  );
}

export function ReportForm({
  t,
  options,
  year,
  today,
}: {
  t: Translate;
  options: DashboardOptions;
  year: number;
  today: string;
}) {
  const f = (key: string) => t(`reports.form.${key}`);
  return (
    <ActionForm
      action={createReport}
      hidden={{}}
      submitLabel={f("submit")}
      pendingLabel={f("pending")}
      className="rounded-lg border border-gray-200 bg-white p-4"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Labelled id="kind" label={f("kind")}>
          <select id="kind" name="kind" defaultValue="annual" className={FIELD}>
            {(["annual", "thematic", "register"] as const).map((kind) => (
              <option key={kind} value={kind}>
                {t(`reports.form.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled id="year" label={f("year")} hint={f("yearHint")}>
          <input
            id="year"
            name="year"
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            defaultValue={year}
            aria-describedby="year-hint"
            className={FIELD}
          />
        </Labelled>
        <Labelled id="theme" label={f("theme")} hint={f("themeHint")}>
          <select id="theme" name="theme" defaultValue="" aria-describedby="theme-hint" className={FIELD}>
            <option value="">{f("chooseTheme")}</option>
            <optgroup label={f("themeFields")}>
              {options.fields.map((o) => (
                <option key={o.id} value={`field:${o.id}`}>
                  {o.label}
                </option>
              ))}
            </optgroup>
            <optgroup label={f("themeAgencies")}>
              {options.agencies.map((o) => (
                <option key={o.id} value={`agency:${o.id}`}>
                  {o.label}
                </option>
              ))}
            </optgroup>
            <optgroup label={f("themeSessions")}>
              {options.sessions.map((o) => (
                <option key={o.id} value={`session:${o.id}`}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          </select>
        </Labelled>
        <Labelled id="session" label={f("session")}>
          <select id="session" name="session" defaultValue="" className={FIELD}>
            <option value="">{f("anySession")}</option>
            {options.sessions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </Labelled>
      </div>
      <fieldset className="mt-4 grid gap-3 border-t border-gray-200 pt-3 sm:grid-cols-2">
        <legend className="text-sm text-muted">{f("wordOnly")}</legend>
        <Labelled id="number" label={f("number")} hint={f("numberHint")}>
          <input
            id="number"
            name="number"
            inputMode="numeric"
            maxLength={10}
            aria-describedby="number-hint"
            className={FIELD}
          />
        </Labelled>
        <Labelled id="date" label={f("date")}>
          <input id="date" name="date" type="date" defaultValue={today} className={FIELD} />
        </Labelled>
        <div className="sm:col-span-2">
          <Labelled id="introduction" label={f("introduction")}>
            <textarea
              id="introduction"
              name="introduction"
              rows={4}
              maxLength={6000}
              defaultValue={t("reports.defaults.introductionAnnual", { year })}
              className={FIELD}
            />
          </Labelled>
        </div>
        <div className="sm:col-span-2">
          <Labelled id="conclusion" label={f("conclusion")}>
            <textarea
              id="conclusion"
              name="conclusion"
              rows={4}
              maxLength={6000}
              defaultValue={t("reports.defaults.conclusion")}
              className={FIELD}
            />
          </Labelled>
        </div>
        <Labelled id="signMode" label={f("signMode")}>
          <select id="signMode" name="signMode" defaultValue="KT_TRUONG_BAN" className={FIELD}>
            {SIGN_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`reports.form.signModes.${mode}`)}
              </option>
            ))}
          </select>
        </Labelled>
        <Labelled id="signerTitle" label={f("signerTitle")} hint={f("signerTitleHint")}>
          <input
            id="signerTitle"
            name="signerTitle"
            maxLength={120}
            defaultValue="PHÓ TRƯỞNG BAN"
            aria-describedby="signerTitle-hint"
            className={FIELD}
          />
        </Labelled>
        <Labelled id="signerName" label={f("signerName")}>
          <input id="signerName" name="signerName" maxLength={120} autoComplete="name" className={FIELD} />
        </Labelled>
        <div className="sm:col-span-2">
          <Labelled id="recipients" label={f("recipients")}>
            <textarea
              id="recipients"
              name="recipients"
              rows={4}
              maxLength={2000}
              defaultValue={t("reports.defaults.recipients")}
              className={FIELD}
            />
          </Labelled>
        </div>
      </fieldset>
    </ActionForm>
  );
}
