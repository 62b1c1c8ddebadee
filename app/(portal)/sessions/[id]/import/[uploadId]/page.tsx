// Preview of an uploaded proposals file: every row as it would be imported, with its errors; the confirmation
// when all rows are valid, otherwise the upload of a corrected file.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { ExpectedError } from "@/lib/errors";
import { formatDateTime, formatNumber } from "@/lib/format";
import { formatFileSize } from "@/lib/attachments/sniff";
import { parseId } from "@/lib/http/route-helpers";
import { ImportFileError, previewProposalImport, type ImportPreview } from "@/lib/data/proposal-import";
import { PageHeading } from "@/components/page-heading";
import { ActionForm } from "@/components/action-form";
import { Pagination } from "@/components/pagination";
import { loadSession } from "../../load-session";
import { batchMessage, fileErrorMessage } from "../import-messages";
import { UploadForm } from "../upload-form";
import { confirmImportAction } from "../actions";
import { PreviewTable } from "./preview-table";

const PAGE_SIZE = 100;

type Props = {
  params: Promise<{ id: string; uploadId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("imports.preview.title") };
}

const box = "mb-4 max-w-3xl rounded-lg border p-3 font-medium";

export default async function ImportPreviewPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  if (!can(actor.role, "proposal.import")) notFound();
  const raw = await params;
  const session = await loadSession(actor, raw.id);
  const uploadId = parseId(raw.uploadId);
  if (uploadId === null) notFound();
  const query = await searchParams;
  const { locale, t } = await getTranslator();
  const back = (
    <p className="mb-2 text-sm">
      <Link href={`/sessions/${session.id}/import`} className="text-brand-800 underline">
        {`← ${t("imports.title")}`}
      </Link>
    </p>
  );

  let preview: ImportPreview;
  try {
    preview = await previewProposalImport(actor, { sessionId: session.id, uploadId });
  } catch (error) {
    if (!(error instanceof ExpectedError)) throw error;
    const message =
      error instanceof ImportFileError
        ? fileErrorMessage(t, locale, error.problem, error.missing.join(","))
        : t("imports.preview.gone");
    return (
      <>
        {back}
        <PageHeading title={t("imports.preview.title")} />
        <p role="alert" className={`${box} border-red-300 bg-red-50 text-red-900`}>
          {message}
        </p>
        <UploadForm sessionId={session.id} label={t("imports.upload.submit")} t={t} locale={locale} />
      </>
    );
  }

  const onlyErrors = query.show === "errors";
  const shown = onlyErrors ? preview.rows.filter((row) => row.errors.length > 0) : preview.rows;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number(query.page) || 1));
  const total = preview.rows.length;
  const count = (value: number) => formatNumber(value, locale);
  const canConfirm = preview.session.open && !preview.already && preview.invalid === 0;
  const filterLink = (errors: boolean) => ({
    href: `/sessions/${session.id}/import/${uploadId}${errors ? "?show=errors" : ""}`,
    current: errors === onlyErrors,
  });
  return (
    <>
      {back}
      <PageHeading title={t("imports.preview.title")} intro={`${session.code} · ${session.title}`} />
      <p className="mb-2">
        {t("imports.preview.file", {
          file: preview.upload.fileName,
          size: formatFileSize(preview.upload.sizeBytes, locale),
          when: formatDateTime(preview.upload.createdAt),
        })}
      </p>
      <p className="mb-4 font-semibold">
        {t("imports.preview.summary", {
          total: count(total),
          valid: count(total - preview.invalid),
          invalid: count(preview.invalid),
        })}
        {preview.skippedEmpty > 0 &&
          ` ${t("imports.preview.skipped", { count: count(preview.skippedEmpty) })}`}
      </p>

      {preview.already && (
        <p role="status" className={`${box} border-amber-300 bg-amber-50 text-amber-950`}>
          {batchMessage(t, locale, "imports.already", preview.already)}
        </p>
      )}
      {!preview.session.open && (
        <p role="status" className={`${box} border-gray-300 bg-gray-50`}>
          {t("imports.notAccepting", { status: t(`sessions.status.${session.status}`) })}
        </p>
      )}
      {preview.invalid > 0 && (
        <div className="mb-6 max-w-3xl rounded-lg border border-red-300 bg-white p-4">
          <p role="alert" className="mb-3 font-semibold text-red-900">
            {t("imports.preview.fix", { invalid: count(preview.invalid) })}
          </p>
          {preview.session.open && (
            <UploadForm sessionId={session.id} label={t("imports.upload.again")} t={t} locale={locale} />
          )}
        </div>
      )}
      {canConfirm && (
        <section
          aria-labelledby="confirm"
          className="mb-6 max-w-3xl rounded-lg border border-green-300 bg-white p-4"
        >
          <h2 id="confirm" className="mb-3 font-semibold">
            {t("imports.preview.ready", { count: count(total), code: session.code })}
          </h2>
          <ActionForm
            action={confirmImportAction}
            hidden={{ sessionId: session.id, uploadId }}
            submitLabel={t("imports.preview.confirm", { count: count(total) })}
            pendingLabel={t("imports.preview.confirming")}
          />
        </section>
      )}

      <nav aria-label={t("imports.preview.filter")} className="mb-3 flex flex-wrap gap-2 text-sm">
        {[false, true].map((errors) => {
          const link = filterLink(errors);
          return (
            <Link
              key={String(errors)}
              href={link.href}
              aria-current={link.current ? "page" : undefined}
              className={`rounded border px-3 py-1.5 font-medium ${
                link.current
                  ? "border-brand-700 bg-brand-700 text-white"
                  : "border-gray-300 bg-white text-brand-800"
              }`}
            >
              {t(errors ? "imports.preview.showErrors" : "imports.preview.showAll")}
            </Link>
          );
        })}
      </nav>
      <PreviewTable
        rows={shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
        caption={t("imports.preview.caption", { page, pages })}
        t={t}
      />
      <Pagination
        page={page}
        pages={pages}
        params={{ show: onlyErrors ? "errors" : undefined }}
        basePath={`/sessions/${session.id}/import/${uploadId}`}
        t={t}
      />
    </>
  );
}
