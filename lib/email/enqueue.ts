// Turns one notice into outbox rows, one per recipient, rendered now in each recipient's language.
import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { renderNotificationEmail } from "@/lib/email/templates";
import type { Params } from "@/lib/i18n/translate";

export type EmailRecipient = { id: number; email: string; name: string; locale: string };

export function portalBaseUrl(): string {
  // npm start / dev always set NEXTAUTH_URL; a bare worker without it links to the default local address.
  return env().NEXTAUTH_URL ?? "http://localhost:3000";
}

export function outboxRows(
  recipients: EmailRecipient[],
  notice: {
    kind: string;
    params?: Params;
    link?: string | null;
    dedupeKey?: (userId: number) => string | null;
  },
): Prisma.EmailOutboxCreateManyInput[] {
  const baseUrl = portalBaseUrl();
  return recipients.map((recipient) => {
    const mail = renderNotificationEmail(
      {
        kind: notice.kind,
        params: notice.params,
        link: notice.link,
        recipientName: recipient.name,
        locale: recipient.locale,
      },
      baseUrl,
    );
    return {
      toAddress: recipient.email,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html,
      dedupeKey: notice.dedupeKey?.(recipient.id) ?? null,
    };
  });
}
