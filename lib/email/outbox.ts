// The outbox sender: claims due messages, sends each outside any transaction, marks it SENT once, or schedules a
// retry with backoff. A message is never deleted; after MAX_ATTEMPTS it stays as FAILED for an administrator.
import "server-only";
import { db } from "@/lib/db";
import type { MailTransport } from "@/lib/email/transport";

export const MAX_ATTEMPTS = 15;
/** A claimed message is not picked up again for this long, so a sender that died mid-send is retried later. */
const LEASE_MS = 5 * 60_000;

/** Minutes before the next attempt after `attempts` failures: 1, 2, 4, … capped at 6 hours. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 360);
}

type Claimed = {
  id: number;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  attempts: number;
};

export type DrainResult = { sent: number; retried: number; failed: number };

export async function drainOutbox(
  transport: MailTransport,
  options: { now?: Date; batchSize?: number } = {},
): Promise<DrainResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 50;
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  // One short statement claims the batch; SKIP LOCKED lets two senders share the queue without sending twice.
  const claimed = await db().$queryRaw<Claimed[]>`
    UPDATE "EmailOutbox" SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM "EmailOutbox"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "id" LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "toAddress", "subject", "textBody", "htmlBody", "attempts"`;
  const result: DrainResult = { sent: 0, retried: 0, failed: 0 };
  for (const mail of claimed) {
    try {
      await transport.send({
        id: mail.id,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
      });
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      await db().emailOutbox.updateMany({
        where: { id: mail.id, status: "PENDING" },
        data: giveUp
          ? { status: "FAILED", lastError }
          : { lastError, nextAttemptAt: new Date(now.getTime() + retryDelayMinutes(mail.attempts) * 60_000) },
      });
      if (giveUp) result.failed++;
      else result.retried++;
      continue;
    }
    await db().emailOutbox.updateMany({
      where: { id: mail.id, status: "PENDING" },
      data: { status: "SENT", sentAt: new Date(), lastError: null },
    });
    result.sent++;
  }
  return result;
}
