// Previous / next links that keep the current filters in the URL.
import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

export function Pagination({
  page,
  pages,
  params,
  basePath,
  t,
}: {
  page: number;
  pages: number;
  params: Record<string, string | number | undefined>;
  basePath: string;
  t: Translate;
}) {
  if (pages <= 1) return null;
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params))
      if (value !== undefined && value !== "") search.set(key, String(value));
    search.set("page", String(target));
    return `${basePath}?${search.toString()}`;
  };
  const linkClass =
    "rounded border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600";
  return (
    <nav
      aria-label={t("proposals.page", { page, pages })}
      className="mt-4 flex items-center justify-between gap-2"
    >
      {page > 1 ? (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          {t("proposals.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">{t("proposals.page", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          {t("proposals.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
