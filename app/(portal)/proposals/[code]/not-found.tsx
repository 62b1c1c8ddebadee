import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function ProposalNotFound() {
  const { t } = await getTranslator();
  return (
    <div className="rounded-lg border border-gray-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t("proposals.notFoundTitle")}</h1>
      <p className="mt-2 text-muted">{t("proposals.notFoundText")}</p>
      <Link href="/proposals" className="mt-4 inline-block text-brand-800 underline">
        {t("proposals.back")}
      </Link>
    </div>
  );
}
