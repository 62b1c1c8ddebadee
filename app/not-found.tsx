import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-2 text-muted">{t("errors.notFoundText")}</p>
      <Link href="/" className="mt-4 inline-block text-brand-800 underline">
        {t("errors.goHome")}
      </Link>
    </main>
  );
}
