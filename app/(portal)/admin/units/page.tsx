// The administrative-unit tree as it stood on a chosen date (?on=yyyy-MM-dd, default today), with a search.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { getUnitTree, type UnitNode } from "@/lib/data/admin-units";
import { UnitFilters } from "@/lib/schemas/admin-unit";
import { formatDate, toIsoDate } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { notFoundUnlessAllowed } from "../not-found-unless-allowed";
import { buttonClass, cardClass, inputClass } from "../admin-ui";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.units.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function UnitLink({ unit }: { unit: UnitNode }) {
  return (
    <Link href={`/admin/units/${unit.id}`} className="text-brand-800 underline">
      {unit.name}
    </Link>
  );
}

function Communes({ units }: { units: UnitNode[] }) {
  return (
    <ul className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
      {units.map((unit) => (
        <li key={unit.id}>
          <UnitLink unit={unit} /> <span className="text-muted">· {unit.code}</span>
        </li>
      ))}
    </ul>
  );
}

function Province({ province, open, t }: { province: UnitNode; open: boolean; t: Translate }) {
  const districts = province.children.filter((child) => child.level === "DISTRICT");
  const communes = province.children.filter((child) => child.level === "COMMUNE");
  return (
    <section className={cardClass} aria-labelledby={`unit-${province.id}`}>
      <h2 id={`unit-${province.id}`} className="mb-3 text-lg font-semibold">
        <UnitLink unit={province} /> <span className="text-sm font-normal text-muted">· {province.code}</span>
      </h2>
      {districts.length > 0 && (
        <ul className="space-y-2">
          {districts.map((district) => (
            <li key={district.id}>
              <details open={open} className="rounded border border-gray-200 p-2">
                <summary className="cursor-pointer font-medium">
                  {district.name}{" "}
                  <span className="font-normal text-muted">
                    · {district.code} · {t("admin.units.communesOf", { count: district.children.length })}
                  </span>
                </summary>
                <p className="my-2 text-sm">
                  <UnitLink unit={district} />
                </p>
                <Communes units={district.children} />
              </details>
            </li>
          ))}
        </ul>
      )}
      {communes.length > 0 && <Communes units={communes} />}
    </section>
  );
}

export default async function UnitsPage({ searchParams }: Props) {
  const actor = await requireUser();
  const filters = UnitFilters.parse(await searchParams);
  const result = await getUnitTree(actor, filters).catch(notFoundUnlessAllowed);
  const { t } = await getTranslator();
  const date = formatDate(result.on);
  const summary =
    result.districts > 0
      ? t("admin.units.summaryThree", { date, districts: result.districts, communes: result.communes })
      : t("admin.units.summaryTwo", { date, communes: result.communes });
  const shown = result.tree.some((province) => province.children.length > 0);
  return (
    <>
      <PageHeading title={t("admin.units.title")} intro={t("admin.units.intro")}>
        <Link href="/admin/units/mapping" className="text-brand-800 underline">
          {t("admin.units.mappingLink")}
        </Link>
      </PageHeading>
      <form method="get" className="mb-2 grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end">
        <div>
          <label htmlFor="on" className="text-sm font-medium">
            {t("admin.units.on")}
          </label>
          <input id="on" name="on" type="date" defaultValue={toIsoDate(result.on)} className={inputClass} />
        </div>
        <div>
          <label htmlFor="q" className="text-sm font-medium">
            {t("admin.units.search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            maxLength={200}
            defaultValue={filters.q ?? ""}
            className={inputClass}
          />
        </div>
        <button type="submit" className={buttonClass}>
          {t("admin.units.show")}
        </button>
      </form>
      <p className="mb-4 flex flex-wrap gap-3 text-sm">
        <Link href="/admin/units?on=2024-01-01" className="text-brand-800 underline">
          {t("admin.units.before2025")}
        </Link>
        <Link href="/admin/units" className="text-brand-800 underline">
          {t("admin.units.today")}
        </Link>
      </p>
      <p className="mb-4 font-medium" role="status">
        {summary}
      </p>
      {shown ? (
        <div className="space-y-4" aria-label={t("admin.units.treeLabel")} role="group">
          {result.tree.map((province) => (
            <Province key={province.id} province={province} open={Boolean(filters.q)} t={t} />
          ))}
        </div>
      ) : (
        <p className={`${cardClass} text-muted`}>{t("admin.units.empty")}</p>
      )}
    </>
  );
}
