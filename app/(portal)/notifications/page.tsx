// The notification centre: what happened to the caller's work, newest unread first.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listNotifications } from "@/lib/data/notifications";
import { formatDateTime } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { markAllReadAction, openNotificationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notifications.title") };
}

export default async function NotificationsPage() {
  const actor = await requireUser();
  const [{ t }, items] = await Promise.all([getTranslator(), listNotifications(actor)]);
  const unread = items.filter((item) => !item.readAt).length;
  return (
    <>
      <PageHeading title={t("notifications.title")} intro={t("notifications.unread", { count: unread })}>
        <Link href="/settings/notifications" className="text-sm text-brand-800 underline">
          {t("notifications.settings")}
        </Link>
        {unread > 0 && (
          <form action={markAllReadAction}>
            <button
              type="submit"
              className="rounded border border-gray-400 bg-white px-3 py-2 text-sm font-medium hover:bg-gray-50"
            >
              {t("notifications.markAllRead")}
            </button>
          </form>
        )}
      </PageHeading>
      {items.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-muted">
          {t("notifications.none")}
        </p>
      ) : (
        <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white">
          {items.map((item) => {
            const params = (item.params ?? {}) as Record<string, string | number>;
            return (
              <li key={item.id} className={`p-3 ${item.readAt ? "" : "bg-brand-50"}`}>
                <form
                  action={openNotificationAction}
                  className="flex flex-wrap items-start justify-between gap-2"
                >
                  <input type="hidden" name="id" value={item.id} />
                  <input type="hidden" name="link" value={item.link ?? "/notifications"} />
                  <div>
                    <p className={item.readAt ? "" : "font-semibold"}>
                      {!item.readAt && <span className="sr-only">{t("notifications.new")}: </span>}
                      {t(`notifications.kinds.${item.kind}`, params)}
                    </p>
                    <p className="text-sm text-muted">{formatDateTime(item.createdAt)}</p>
                  </div>
                  {item.link && (
                    <button type="submit" className="text-sm font-medium text-brand-800 underline">
                      {t("notifications.open")}
                    </button>
                  )}
                </form>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
