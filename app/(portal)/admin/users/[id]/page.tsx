// One user: who they are, their role and placement, deactivation and password reset — administrators only.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { messagesFor } from "@/lib/i18n/translate";
import { getUserForAdmin, listPlacements } from "@/lib/data/admin-users";
import { Role } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { ActionForm } from "@/components/action-form";
import { notFoundUnlessAllowed } from "../../not-found-unless-allowed";
import { changePlacementAction, setActiveAction } from "./actions";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.users.title") };
}

const input = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base";
const card = "rounded-lg border border-gray-200 bg-white p-4";

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const [user, placements] = await Promise.all([getUserForAdmin(actor, id), listPlacements(actor)]).catch(
    notFoundUnlessAllowed,
  );
  const { locale, t } = await getTranslator();
  const self = user.id === actor.id;
  const facts: [string, string][] = [
    ["admin.detail.role", t(`roles.${user.role}`)],
    ["admin.detail.unit", user.unit?.name ?? "—"],
    ["admin.detail.agency", user.agency?.name ?? "—"],
    ["admin.detail.position", user.position ?? "—"],
    [
      "admin.detail.status",
      [
        t(user.active ? "admin.users.active" : "admin.users.inactive"),
        ...(user.locked ? [t("admin.detail.locked")] : []),
        ...(user.hasPassword ? [] : [t("admin.detail.noPassword")]),
      ].join(" · "),
    ],
    ["admin.detail.lastLogin", user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t("admin.detail.never")],
    ["admin.detail.createdAt", formatDateTime(user.createdAt)],
  ];
  return (
    <>
      <PageHeading title={user.name} intro={user.email}>
        <Link href="/admin/users" className="text-brand-800 underline">
          {t("admin.detail.back")}
        </Link>
      </PageHeading>
      {self && (
        <p className="mb-4 rounded border border-gray-300 bg-white p-3 text-sm">{t("admin.detail.self")}</p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <dl className={`${card} grid grid-cols-1 gap-2 text-sm sm:grid-cols-[10rem_1fr]`}>
          {facts.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="font-medium text-muted">{t(key)}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
        <section className={card} aria-labelledby="placement-title">
          <h2 id="placement-title" className="mb-2 text-lg font-semibold">
            {t("admin.detail.placementTitle")}
          </h2>
          <ActionForm
            action={changePlacementAction}
            hidden={{ userId: user.id }}
            submitLabel={t("admin.detail.save")}
            pendingLabel={t("admin.detail.saving")}
          >
            <div>
              <label htmlFor="role" className="text-sm font-medium">
                {t("admin.form.role")}
              </label>
              <select id="role" name="role" defaultValue={user.role} className={input}>
                {Object.values(Role).map((role) => (
                  <option key={role} value={role}>
                    {t(`roles.${role}`)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="unitId" className="text-sm font-medium">
                {t("admin.form.unit")}
              </label>
              <select id="unitId" name="unitId" defaultValue={user.unitId ?? ""} className={input}>
                <option value="">{t("admin.form.none")}</option>
                {placements.units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="agencyId" className="text-sm font-medium">
                {t("admin.form.agency")}
              </label>
              <select id="agencyId" name="agencyId" defaultValue={user.agencyId ?? ""} className={input}>
                <option value="">{t("admin.form.none")}</option>
                {placements.agencies.map((agency) => (
                  <option key={agency.id} value={agency.id}>
                    {agency.name}
                  </option>
                ))}
              </select>
            </div>
          </ActionForm>
        </section>
        <section className={card} aria-labelledby="reset-title">
          <h2 id="reset-title" className="text-lg font-semibold">
            {t("admin.detail.resetTitle")}
          </h2>
          <p className="mb-2 text-sm text-muted">{t("admin.detail.resetText")}</p>
          <ResetPasswordForm
            userId={user.id}
            labels={{ ...messagesFor(locale, "admin.form"), ...messagesFor(locale, "admin.detail") }}
            resultLabels={messagesFor(locale, "admin.result")}
          />
        </section>
        {!self && (
          <section className={card} aria-labelledby="active-title">
            <h2 id="active-title" className="text-lg font-semibold">
              {t("admin.detail.activeTitle")}
            </h2>
            <p className="mb-2 text-sm text-muted">
              {t(user.active ? "admin.detail.deactivateText" : "admin.detail.reactivateText")}
            </p>
            <ActionForm
              action={setActiveAction}
              hidden={{ userId: user.id, active: String(!user.active) }}
              submitLabel={t(user.active ? "admin.detail.deactivate" : "admin.detail.reactivate")}
              pendingLabel={t(user.active ? "admin.detail.deactivating" : "admin.detail.reactivating")}
              tone={user.active ? "danger" : "primary"}
            />
          </section>
        )}
      </div>
    </>
  );
}
