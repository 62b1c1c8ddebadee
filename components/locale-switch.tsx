// A one-button form that switches to the other language; works without JavaScript.
import { setLocale } from "@/app/actions/locale";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

export function LocaleSwitch({
  locale,
  t,
  className = "",
}: {
  locale: Locale;
  t: Translate;
  className?: string;
}) {
  const other: Locale = locale === "vi" ? "en" : "vi";
  return (
    <form action={setLocale} className={className}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        className="rounded border border-current px-2 py-1 text-sm hover:bg-white/10"
        aria-label={t("locale.switchTo", { language: t(`locale.${other}`) })}
      >
        {t(`locale.${other}`)}
      </button>
    </form>
  );
}
