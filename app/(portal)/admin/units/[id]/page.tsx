// One administrative unit: its place in the tree, and the 2025 mapping from both sides.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getUnitForAdmin } from "@/lib/data/admin-units";
import { formatDate } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { notFoundUnlessAllowed } from "../../not-found-unless-allowed";
import { BackLink, cardClass, routeId, validityText } from "../../admin-ui";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.units.title") };
}

type Ref = { id: number; code: string; name: string; validFrom: Date; validTo: Date | null };

function RefLink({ unit }: { unit: Pick<Ref, "id" | "name"> }) {
  return (
    <Link href={`/admin/units/${unit.id}`} className="text-brand-800 underline">
      {unit.name}
    </Link>
  );
}

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const id = routeId((await params).id);
  if (id === null) notFound();
  const unit = await getUnitForAdmin(actor, id).catch(notFoundUnlessAllowed);
  const { t } = await getTranslator();
  const facts: [string, React.ReactNode][] = [
    ["admin.common.code", unit.code],
    ["admin.unit.kind", t(`admin.unitKinds.${unit.kind}`)],
    ["admin.unit.level", t(`admin.unit.levels.${unit.level}`)],
    ["admin.unit.validity", validityText(unit, t)],
    ["admin.unit.parent", unit.parent ? <RefLink unit={unit.parent} /> : "—"],
  ];
  return (
    <>
      <PageHeading title={unit.name} intro={validityText(unit, t)}>
        <BackLink href="/admin/units" label={t("admin.unit.back")} />
      </PageHeading>
      <div className="grid gap-4 lg:grid-cols-2">
        <dl className={`${cardClass} grid grid-cols-1 gap-2 text-sm sm:grid-cols-[9rem_1fr]`}>
          {facts.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="font-medium text-muted">{t(key)}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
        <section className={cardClass} aria-labelledby="became-title">
          <h2 id="became-title" className="mb-2 text-lg font-semibold">
            {t("admin.unit.became")}
          </h2>
          {unit.mappedTo.length === 0 ? (
            <p className="text-sm text-muted">{t("admin.unit.becameNone")}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {unit.mappedTo.map((link) => (
                <li key={link.newUnit.id}>
                  <RefLink unit={link.newUnit} /> <span className="text-muted">· {link.newUnit.code}</span>
                  <span className="block text-muted">
                    {t("admin.unit.effective", { date: formatDate(link.effectiveDate) })}
                    {unit.mappedTo.length > 1 &&
                      ` · ${t("admin.unit.splitInto", { count: unit.mappedTo.length })}`}
                    {link.note && ` · ${link.note}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className={cardClass} aria-labelledby="made-of-title">
          <h2 id="made-of-title" className="mb-2 text-lg font-semibold">
            {t("admin.unit.madeOf")}
          </h2>
          {unit.mappedFrom.length === 0 ? (
            <p className="text-sm text-muted">{t("admin.unit.madeOfNone")}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {unit.mappedFrom.map((link) => (
                <li key={link.oldUnit.id}>
                  <RefLink unit={link.oldUnit} />{" "}
                  <span className="text-muted">
                    · {link.oldUnit.code}
                    {link.oldUnit.parent && ` · ${link.oldUnit.parent.name}`}
                  </span>
                  {(link.oldUnit._count.mappedTo > 1 || link.note) && (
                    <span className="block text-muted">
                      {[
                        link.oldUnit._count.mappedTo > 1 &&
                          t("admin.unit.split", { count: link.oldUnit._count.mappedTo }),
                        link.note,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        {unit.children.length > 0 && (
          <section className={cardClass} aria-labelledby="children-title">
            <h2 id="children-title" className="mb-2 text-lg font-semibold">
              {t("admin.unit.children", { count: unit.children.length })}
            </h2>
            <ul className="grid gap-1 text-sm sm:grid-cols-2">
              {unit.children.map((child) => (
                <li key={child.id}>
                  <RefLink unit={child} /> <span className="text-muted">· {validityText(child, t)}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}
