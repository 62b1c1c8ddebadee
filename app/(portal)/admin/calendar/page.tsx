// The working-day calendar of one year (?year=): holidays and make-up working days; add, change, remove.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { listCalendarYear } from "@/lib/data/admin-calendar";
import { CalendarYearParam, FIRST_YEAR, LAST_YEAR } from "@/lib/schemas/admin-calendar";
import { dateParam as RemovedParam } from "@/lib/schemas/admin-common";
import { CalendarDayKind } from "@/lib/generated/prisma/enums";
import { todayInVietnam } from "@/lib/calendar/today";
import { formatDate } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { ActionForm } from "@/components/action-form";
import { notFoundUnlessAllowed } from "../not-found-unless-allowed";
import { buttonClass, cardClass, inputClass, LabelledField } from "../admin-ui";
import { addCalendarDayAction, removeCalendarDayAction, updateCalendarDayAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.sections.calendarTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function KindSelect({ id, value, t }: { id: string; value: CalendarDayKind; t: Translate }) {
  return (
    <LabelledField id={id} label={t("admin.calendar.kind")}>
      <select id={id} name="kind" defaultValue={value} className={inputClass}>
        {Object.values(CalendarDayKind).map((kind) => (
          <option key={kind} value={kind}>
            {t(`admin.calendar.kinds.${kind}`)}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

export default async function CalendarPage({ searchParams }: Props) {
  const actor = await requireUser();
  const params = await searchParams;
  const year = CalendarYearParam.parse(params.year) ?? todayInVietnam().getUTCFullYear();
  const removed = RemovedParam.parse(params.removed);
  const result = await listCalendarYear(actor, year).catch(notFoundUnlessAllowed);
  const { locale, t } = await getTranslator();
  const weekday = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    weekday: "long",
    timeZone: "UTC",
  });
  const years: number[] = [];
  for (let y = Math.min(result.firstYear, year); y <= Math.max(result.lastYear, year); y++) years.push(y);
  const navLink =
    "rounded border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600";
  return (
    <>
      <PageHeading title={t("admin.calendar.title", { year })} intro={t("admin.calendar.intro")} />
      <nav aria-label={t("admin.calendar.year")} className="mb-4 flex flex-wrap items-end gap-2">
        {year > FIRST_YEAR && (
          <Link href={`/admin/calendar?year=${year - 1}`} className={navLink} rel="prev">
            {t("admin.calendar.previous")}
          </Link>
        )}
        <form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="year" className="text-sm font-medium">
              {t("admin.calendar.year")}
            </label>
            <select id="year" name="year" defaultValue={year} className={inputClass}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass}>
            {t("admin.common.show")}
          </button>
        </form>
        {year < LAST_YEAR && (
          <Link href={`/admin/calendar?year=${year + 1}`} className={navLink} rel="next">
            {t("admin.calendar.next")}
          </Link>
        )}
      </nav>
      {removed && (
        <p
          role="status"
          className="mb-4 rounded border border-green-700 bg-green-50 p-3 font-medium text-green-900"
        >
          {t("admin.calendar.removed", { date: formatDate(removed) })}
        </p>
      )}
      <p className="mb-4 font-medium">
        {t("admin.calendar.summary", { holidays: result.holidays, workingDays: result.workingDays, year })}
      </p>
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        {result.days.length === 0 ? (
          <p className={`${cardClass} text-muted`}>{t("admin.calendar.empty")}</p>
        ) : (
          <ul className="space-y-2" aria-label={t("admin.calendar.caption", { year })}>
            {result.days.map((day) => {
              const iso = day.date.toISOString().slice(0, 10);
              const shown = formatDate(day.date);
              const seen = { date: iso, wasKind: day.kind, wasName: day.name };
              return (
                <li key={iso} className={`${cardClass} p-3`}>
                  <p className="font-medium">
                    {shown} <span className="font-normal text-muted">· {weekday.format(day.date)}</span>
                  </p>
                  <p className="text-sm">
                    <span
                      className={
                        day.kind === "HOLIDAY"
                          ? "rounded bg-red-50 px-1.5 text-red-900"
                          : "rounded bg-green-50 px-1.5 text-green-900"
                      }
                    >
                      {t(`admin.calendar.kinds.${day.kind}`)}
                    </span>{" "}
                    {day.name}
                  </p>
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-brand-800 underline">
                      {t("admin.calendar.editLabel", { date: shown })}
                    </summary>
                    <div className="mt-2 grid gap-3 sm:grid-cols-2">
                      <ActionForm
                        action={updateCalendarDayAction}
                        hidden={seen}
                        submitLabel={t("admin.common.save")}
                        pendingLabel={t("admin.common.saving")}
                        idPrefix={`d${iso}-`}
                      >
                        <KindSelect id={`d${iso}-kind`} value={day.kind} t={t} />
                        <LabelledField id={`d${iso}-name`} label={t("admin.calendar.name")}>
                          <input
                            id={`d${iso}-name`}
                            name="name"
                            required
                            maxLength={200}
                            defaultValue={day.name}
                            className={inputClass}
                          />
                        </LabelledField>
                      </ActionForm>
                      <ActionForm
                        action={removeCalendarDayAction}
                        hidden={seen}
                        submitLabel={t("admin.calendar.remove")}
                        pendingLabel={t("admin.calendar.removing")}
                        tone="danger"
                        className="sm:self-end"
                      />
                    </div>
                  </details>
                </li>
              );
            })}
          </ul>
        )}
        <section className={`${cardClass} self-start`} aria-labelledby="add-day-title">
          <h2 id="add-day-title" className="mb-2 text-lg font-semibold">
            {t("admin.calendar.addTitle")}
          </h2>
          <ActionForm
            action={addCalendarDayAction}
            hidden={{}}
            submitLabel={t("admin.calendar.add")}
            pendingLabel={t("admin.calendar.adding")}
            idPrefix="add-"
          >
            <LabelledField id="add-date" label={t("admin.calendar.date")}>
              <input
                id="add-date"
                name="date"
                type="date"
                required
                min={`${year}-01-01`}
                max={`${year}-12-31`}
                className={inputClass}
              />
            </LabelledField>
            <KindSelect id="add-kind" value="HOLIDAY" t={t} />
            <LabelledField id="add-name" label={t("admin.calendar.name")}>
              <input id="add-name" name="name" required maxLength={200} className={inputClass} />
            </LabelledField>
          </ActionForm>
        </section>
      </div>
    </>
  );
}
