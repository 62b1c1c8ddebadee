// Renders the e-mail for one notification in the recipient's language: subject, plain text and simple HTML.
import { makeTranslate, type Params } from "@/lib/i18n/translate";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/config";

export type RenderedEmail = { subject: string; text: string; html: string };

export type EmailNotice = {
  kind: string;
  params?: Params;
  /** a path inside the portal, e.g. /proposals/ĐT-2026-00012 */
  link?: string | null;
  recipientName: string;
  locale: string;
};

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function absolute(baseUrl: string, path: string): string {
  return new URL(path, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).toString();
}

export function renderNotificationEmail(notice: EmailNotice, baseUrl: string): RenderedEmail {
  const t = makeTranslate(isLocale(notice.locale) ? notice.locale : DEFAULT_LOCALE);
  const headline = t(`notifications.kinds.${notice.kind}`, notice.params);
  const url = notice.link ? absolute(baseUrl, notice.link) : null;
  const settingsUrl = absolute(baseUrl, "/settings/notifications");
  const subject = `${t("email.subjectPrefix")} ${headline}`.replace(/\s+/g, " ").slice(0, 290);
  const text = [
    t("email.greeting", { name: notice.recipientName }),
    "",
    headline,
    ...(url ? ["", t("email.openHint", { url })] : []),
    "",
    "—",
    t("email.footer"),
    t("email.preferences", { url: settingsUrl }),
  ].join("\n");
  const paragraph = (body: string, style = "") => `<p style="margin:0 0 12px${style}">${body}</p>`;
  const html = [
    `<!doctype html><html lang="${isLocale(notice.locale) ? notice.locale : DEFAULT_LOCALE}"><body style="font-family:Arial,sans-serif;font-size:15px;color:#1f2937;max-width:600px">`,
    paragraph(escapeHtml(t("email.greeting", { name: notice.recipientName }))),
    paragraph(`<strong>${escapeHtml(headline)}</strong>`),
    url
      ? paragraph(`<a href="${escapeHtml(url)}" style="color:#1d4ed8">${escapeHtml(t("email.open"))}</a>`)
      : "",
    `<hr style="border:none;border-top:1px solid #e5e7eb">`,
    paragraph(escapeHtml(t("email.footer")), ";font-size:12px;color:#6b7280"),
    paragraph(
      `<a href="${escapeHtml(settingsUrl)}" style="color:#6b7280">${escapeHtml(t("email.preferences", { url: "" }).replace(/[:\s]+$/, ""))}</a>`,
      ";font-size:12px",
    ),
    "</body></html>",
  ].join("");
  return { subject, text, html };
}
