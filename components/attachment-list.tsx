// The attachments of a proposal on its detail page: each a download link with its type, size and date.
import { requireUser } from "@/lib/auth/session";
import { listAttachments } from "@/lib/data/attachments";
import { getTranslator } from "@/lib/i18n/server";
import { ATTACHMENT_TYPES, formatFileSize, kindOfMime } from "@/lib/attachments/sniff";
import { formatDateTime } from "@/lib/format";

export async function AttachmentList({ proposalId }: { proposalId: number }) {
  const actor = await requireUser();
  const [{ locale, t }, items] = await Promise.all([getTranslator(), listAttachments(actor, proposalId)]);
  return (
    <section aria-labelledby="attachments" className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="attachments" className="mb-2 text-lg font-semibold">
        {t("attachments.title")}
      </h2>
      {items.length === 0 ? (
        <p className="text-muted">{t("attachments.none")}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => {
            const kind = kindOfMime(item.mimeType);
            return (
              <li key={item.id} className="text-sm">
                <a
                  href={`/api/attachments/${item.id}`}
                  download
                  aria-label={t("attachments.download", { name: item.fileName })}
                  className="font-medium text-brand-800 underline wrap-anywhere"
                >
                  {item.fileName}
                </a>
                <span className="block text-muted">
                  {kind ? ATTACHMENT_TYPES[kind].label : item.mimeType} ·{" "}
                  {formatFileSize(item.sizeBytes, locale)} ·{" "}
                  <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt)}</time>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
