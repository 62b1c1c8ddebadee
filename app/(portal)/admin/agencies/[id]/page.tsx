// One agency: its names and place (editable), what is attached to it, and ending or merging it — or undoing that.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getAgencyForAdmin, listAgencyChoices } from "@/lib/data/admin-agencies";
import { todayInVietnam } from "@/lib/calendar/today";
import { formatDate, formatNumber, toIsoDate } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { ActionForm } from "@/components/action-form";
import { notFoundUnlessAllowed } from "../../not-found-unless-allowed";
import { BackLink, cardClass, inputClass, LabelledField, routeId, validityText } from "../../admin-ui";
import { AgencyFields } from "../agency-fields";
import { endAgencyAction, reinstateAgencyAction, updateAgencyAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.agencies.title") };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const IMPACT = ["openAssignments", "users", "openTasks", "openSessions", "fields", "templates"] as const;
const DONE = {
  created: "admin.agency.created",
  reinstated: "admin.agency.reinstated",
  ended: "admin.agency.ended",
};

export default async function AgencyPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const id = routeId((await params).id);
  if (id === null) notFound();
  const [{ agency, impact }, choices] = await Promise.all([
    getAgencyForAdmin(actor, id),
    listAgencyChoices(actor),
  ]).catch(notFoundUnlessAllowed);
  const { done } = await searchParams;
  const { locale, t } = await getTranslator();
  const today = toIsoDate(todayInVietnam());
  const stamp = agency.updatedAt.toISOString();
  const others = choices.filter((choice) => choice.id !== agency.id);
  // A parent that has since ended stays choosable, so saving the names does not drop it silently.
  const parents =
    agency.parent && !others.some((choice) => choice.id === agency.parent!.id)
      ? [...others, agency.parent]
      : others;
  const doneKey = typeof done === "string" && done in DONE ? DONE[done as keyof typeof DONE] : null;
  const facts: [string, React.ReactNode][] = [
    ["admin.common.code", agency.code],
    ["admin.agency.type", t(`admin.agencyTypes.${agency.type}`)],
    ["admin.agency.parent", agency.parent?.name ?? "—"],
    ["admin.agency.validity", validityText(agency, t)],
    [
      "admin.agency.successor",
      agency.successor ? (
        <Link href={`/admin/agencies/${agency.successor.id}`} className="text-brand-800 underline">
          {agency.successor.name}
        </Link>
      ) : (
        "—"
      ),
    ],
    [
      "admin.agency.predecessors",
      agency.predecessors.length === 0
        ? "—"
        : agency.predecessors.map((predecessor, index) => (
            <span key={predecessor.id}>
              {index > 0 && "; "}
              <Link href={`/admin/agencies/${predecessor.id}`} className="text-brand-800 underline">
                {predecessor.name}
              </Link>
            </span>
          )),
    ],
  ];
  return (
    <>
      <PageHeading title={agency.name} intro={`${agency.shortName} · ${agency.nameEn}`}>
        <BackLink href="/admin/agencies" label={t("admin.agency.back")} />
      </PageHeading>
      {doneKey && (
        <p
          role="status"
          className="mb-4 rounded border border-green-700 bg-green-50 p-3 font-medium text-green-900"
        >
          {t(doneKey, { ...impact })}
        </p>
      )}
      {agency.validTo && (
        <p className="mb-4 rounded border border-gray-300 bg-white p-3 text-sm">
          {t("admin.agency.endedNote")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <dl className={`${cardClass} grid grid-cols-1 gap-2 text-sm sm:grid-cols-[9rem_1fr]`}>
          {facts.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="font-medium text-muted">{t(key)}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
          <div className="contents">
            <dt className="font-medium text-muted">{t("admin.common.history")}</dt>
            <dd>
              <Link
                href={`/admin/audit?entity=Agency&entityId=${agency.id}`}
                className="text-brand-800 underline"
              >
                {t("admin.audit.title")}
              </Link>
            </dd>
          </div>
        </dl>
        <section className={cardClass} aria-labelledby="impact-title">
          <h2 id="impact-title" className="text-lg font-semibold">
            {t("admin.agency.impactTitle")}
          </h2>
          <p className="mb-2 text-sm text-muted">{t("admin.agency.impactText")}</p>
          <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
            {IMPACT.map((key) => (
              <div key={key} className="contents">
                <dt>{t(`admin.agency.impact.${key}`)}</dt>
                <dd className="text-right font-semibold">{formatNumber(impact[key], locale)}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section className={cardClass} aria-labelledby="details-title">
          <h2 id="details-title" className="mb-2 text-lg font-semibold">
            {t("admin.agency.detailsTitle")}
          </h2>
          <ActionForm
            action={updateAgencyAction}
            hidden={{ agencyId: agency.id, updatedAt: stamp }}
            submitLabel={t("admin.common.save")}
            pendingLabel={t("admin.common.saving")}
          >
            <AgencyFields values={agency} parents={parents} t={t} />
          </ActionForm>
        </section>
        {agency.validTo === null ? (
          <section className={cardClass} aria-labelledby="end-title">
            <h2 id="end-title" className="text-lg font-semibold">
              {t("admin.agency.endTitle")}
            </h2>
            <p className="mb-2 text-sm text-muted">{t("admin.agency.endText")}</p>
            <ActionForm
              action={endAgencyAction}
              hidden={{ agencyId: agency.id, updatedAt: stamp }}
              submitLabel={t("admin.agency.end")}
              pendingLabel={t("admin.agency.ending")}
              tone="danger"
              idPrefix="end-"
            >
              <LabelledField id="end-validTo" label={t("admin.agency.validTo")}>
                <input
                  id="end-validTo"
                  name="validTo"
                  type="date"
                  required
                  min={toIsoDate(agency.validFrom)}
                  max={today}
                  className={inputClass}
                />
              </LabelledField>
              <LabelledField id="end-successorId" label={t("admin.agency.successorChoice")}>
                <select id="end-successorId" name="successorId" defaultValue="" className={inputClass}>
                  <option value="">{t("admin.agency.noSuccessor")}</option>
                  {others.map((choice) => (
                    <option key={choice.id} value={choice.id}>
                      {choice.name} ({t("admin.common.since", { from: formatDate(choice.validFrom) })})
                    </option>
                  ))}
                </select>
              </LabelledField>
              {impact.fields > 0 && (
                <label className="flex items-start gap-2 text-sm">
                  <input id="end-moveFields" type="checkbox" name="moveFields" className="mt-1" />
                  <span>{t("admin.agency.moveFields", { count: impact.fields })}</span>
                </label>
              )}
            </ActionForm>
          </section>
        ) : (
          <section className={cardClass} aria-labelledby="reinstate-title">
            <h2 id="reinstate-title" className="text-lg font-semibold">
              {t("admin.agency.reinstateTitle")}
            </h2>
            <p className="mb-2 text-sm text-muted">{t("admin.agency.reinstateText")}</p>
            <ActionForm
              action={reinstateAgencyAction}
              hidden={{ agencyId: agency.id, updatedAt: stamp }}
              submitLabel={t("admin.agency.reinstate")}
              pendingLabel={t("admin.agency.reinstating")}
              tone="secondary"
            />
          </section>
        )}
      </div>
    </>
  );
}
