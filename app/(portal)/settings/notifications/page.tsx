// Notification preferences: for each kind of notice, whether it shows in the portal and whether it comes by e-mail.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getNotificationPreferences } from "@/lib/data/preferences";
import { PageHeading } from "@/components/page-heading";
import { savePreferencesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("settings.title") };
}

export default async function NotificationSettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser();
  const [{ t }, preferences, query] = await Promise.all([
    getTranslator(),
    getNotificationPreferences(actor),
    searchParams,
  ]);
  // The notice's own text with its blanks shown as "…": the person recognises what they receive.
  const label = (kind: string) => t(`notifications.kinds.${kind}`).replace(/\{\w+\}/g, "…");
  const box = "h-5 w-5";
  return (
    <>
      <PageHeading title={t("settings.title")} intro={t("settings.intro", { email: actor.email })}>
        <Link href="/notifications" className="text-sm text-brand-800 underline">
          ← {t("settings.back")}
        </Link>
      </PageHeading>
      {query.saved && (
        <p
          role="status"
          className="mb-4 rounded-lg border border-green-300 bg-green-50 p-3 font-medium text-green-900"
        >
          {t("settings.saved")}
        </p>
      )}
      {query.error && (
        <p
          role="alert"
          className="mb-4 rounded-lg border border-red-300 bg-red-50 p-3 font-medium text-red-900"
        >
          {t("settings.invalid")}
        </p>
      )}
      <form action={savePreferencesAction} className="space-y-4">
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("settings.title")}</caption>
            <thead className="bg-gray-50 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("settings.kind")}
                </th>
                <th scope="col" className="px-3 py-2 text-center">
                  {t("settings.inApp")}
                </th>
                <th scope="col" className="px-3 py-2 text-center">
                  {t("settings.email")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {preferences.map((pref) => (
                <tr key={pref.kind}>
                  <th scope="row" className="px-3 py-2 font-normal">
                    <input type="hidden" name="kinds" value={pref.kind} />
                    {label(pref.kind)}
                  </th>
                  <td className="px-3 py-2 text-center">
                    <input
                      type="checkbox"
                      name={`inApp:${pref.kind}`}
                      defaultChecked={pref.inApp}
                      aria-label={`${t("settings.inApp")}: ${label(pref.kind)}`}
                      className={box}
                    />
                  </td>
                  <td className="px-3 py-2 text-center">
                    <input
                      type="checkbox"
                      name={`email:${pref.kind}`}
                      defaultChecked={pref.email}
                      aria-label={`${t("settings.email")}: ${label(pref.kind)}`}
                      className={box}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("settings.save")}
        </button>
      </form>
    </>
  );
}
