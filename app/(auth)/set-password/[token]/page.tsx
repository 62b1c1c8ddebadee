// Public page of a one-time link: the person sets their password, or learns why the link no longer works.
import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/server";
import { messagesFor } from "@/lib/i18n/translate";
import { checkSetPasswordToken } from "@/lib/data/password-tokens";
import { LocaleSwitch } from "@/components/locale-switch";
import { SetPasswordForm } from "./set-password-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  // The token stays out of the page title and out of referrers.
  return { title: t("admin.setPassword.title"), referrer: "no-referrer" };
}

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ locale, t }, check] = await Promise.all([getTranslator(), checkSetPasswordToken(token)]);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
          <p className="font-semibold">{t("app.province")}</p>
          <LocaleSwitch locale={locale} t={t} />
        </div>
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-10 sm:items-center">
        <div className="w-full max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
          <h1 className="text-2xl font-bold text-brand-800">{t("app.name")}</h1>
          <h2 className="mt-6 text-lg font-semibold">{t("admin.setPassword.title")}</h2>
          {check.state === "valid" ? (
            <>
              <p className="mb-4 text-sm text-muted">
                {t("admin.setPassword.intro", { email: check.email ?? "" })}
              </p>
              <SetPasswordForm token={token} labels={messagesFor(locale, "admin.setPassword")} />
            </>
          ) : (
            <p role="alert" className="mt-2 font-medium text-red-800">
              {t(`admin.setPassword.${check.state}`)}
            </p>
          )}
        </div>
      </main>
    </div>
  );
}
