import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslator } from "@/lib/i18n/server";
import { getActor } from "@/lib/auth/session";
import { LocaleSwitch } from "@/components/locale-switch";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("auth.title") };
}

export default async function SignInPage() {
  if (await getActor()) redirect("/");
  const { locale, t } = await getTranslator();
  const labels = {
    email: t("auth.email"),
    password: t("auth.password"),
    submit: t("auth.submit"),
    submitting: t("auth.submitting"),
    invalid: t("auth.invalid"),
    locked: t("auth.locked"),
    throttled: t("auth.throttled"),
    error: t("auth.error"),
    emailRequired: t("auth.emailRequired"),
    passwordRequired: t("auth.passwordRequired"),
  };
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
          <p className="mt-1 text-sm text-muted">{t("app.fullName")}</p>
          <h2 className="mt-6 text-lg font-semibold">{t("auth.title")}</h2>
          <p className="mb-4 text-sm text-muted">{t("auth.intro")}</p>
          <SignInForm labels={labels} />
        </div>
      </main>
    </div>
  );
}
