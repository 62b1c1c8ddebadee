// The portal shell: who is signed in, the navigation their role allows, language and sign-out.
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { navigationFor } from "@/lib/navigation";
import { LocaleSwitch } from "@/components/locale-switch";
import { SignOutButton } from "@/components/sign-out-button";
import { NavLink } from "@/components/nav-link";
import { ErrorTextsProvider } from "@/components/error-texts";
import { UNREAD_BADGE_CAP, countUnread } from "@/lib/data/notifications";

export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireUser();
  const [{ locale, t }, unread] = await Promise.all([getTranslator(), countUnread(actor)]);
  const nav = navigationFor(actor.role);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="no-print bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link href="/" className="text-lg font-bold">
            {t("app.name")}
          </Link>
          <div className="flex items-center gap-2">
            <p className="hidden text-sm sm:block">
              <span className="sr-only">{t("nav.signedInAs", { name: actor.name })}</span>
              <span aria-hidden="true">{actor.name}</span>
              <span className="ml-1 opacity-90">· {t(`roles.${actor.role}`)}</span>
            </p>
            <Link
              href="/notifications"
              className="rounded border border-current px-2 py-1 text-sm hover:bg-white/10"
            >
              {t("notifications.title")}
              {unread > 0 && (
                <>
                  {" "}
                  <span className="rounded-full bg-white px-1.5 text-xs font-bold text-brand-800">
                    {unread > UNREAD_BADGE_CAP ? `${UNREAD_BADGE_CAP}+` : unread}
                  </span>
                  <span className="sr-only"> {t("notifications.unreadSuffix")}</span>
                </>
              )}
            </Link>
            <LocaleSwitch locale={locale} t={t} />
            <SignOutButton label={t("nav.signOut")} />
          </div>
        </div>
        <nav aria-label={t("nav.label")} className="border-t border-white/20">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-2 py-1">
            {nav.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} siblings={nav.map((other) => other.href)}>
                  {t(item.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        <ErrorTextsProvider
          texts={{
            title: t("errors.unexpectedTitle"),
            text: t("errors.unexpected"),
            tryAgain: t("errors.tryAgain"),
          }}
        >
          {children}
        </ErrorTextsProvider>
      </main>
    </div>
  );
}
