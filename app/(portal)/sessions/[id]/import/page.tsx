// The coordinator's import of a meeting's paper proposals into a session: template, upload, earlier imports.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { ExpectedError } from "@/lib/errors";
import { acceptsOnBehalfEntry } from "@/lib/workflow/session-status";
import { getImportBatch, listImportBatches } from "@/lib/data/import-batches";
import { PageHeading } from "@/components/page-heading";
import { loadSession } from "../load-session";
import { batchMessage, fileErrorMessage } from "./import-messages";
import { ImportHistory } from "./import-history";
import { UploadForm } from "./upload-form";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("imports.title") };
}

async function earlierImport(actor: Parameters<typeof getImportBatch>[0], sessionId: number, raw: unknown) {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  try {
    return await getImportBatch(actor, sessionId, id);
  } catch (error) {
    if (error instanceof ExpectedError) return null;
    throw error;
  }
}

export default async function ImportPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  if (!can(actor.role, "proposal.import")) notFound();
  const session = await loadSession(actor, (await params).id);
  const query = await searchParams;
  const { locale, t } = await getTranslator();
  const [batches, already] = await Promise.all([
    listImportBatches(actor, session.id),
    earlierImport(actor, session.id, query.already),
  ]);
  const refused =
    typeof query.error === "string"
      ? fileErrorMessage(t, locale, query.error, typeof query.missing === "string" ? query.missing : "")
      : null;
  const open = acceptsOnBehalfEntry(session.status);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/sessions/${session.id}`} className="text-brand-800 underline">
          {t("imports.back")}
        </Link>
      </p>
      <PageHeading title={t("imports.title")} intro={`${session.code} · ${session.title}`} />
      <p className="mb-6 max-w-3xl">{t("imports.intro")}</p>
      {already && (
        <p
          role="status"
          className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 font-medium text-amber-950"
        >
          {batchMessage(t, locale, "imports.already", already)}
        </p>
      )}
      {!open && (
        <p role="status" className="mb-4 rounded-lg border border-gray-300 bg-gray-50 p-3">
          {t("imports.notAccepting", { status: t(`sessions.status.${session.status}`) })}
        </p>
      )}

      <section
        aria-labelledby="template"
        className="mb-6 max-w-3xl rounded-lg border border-gray-200 bg-white p-4"
      >
        <h2 id="template" className="mb-2 text-lg font-semibold">
          {t("imports.template.heading")}
        </h2>
        <p className="mb-3 text-sm">{t("imports.template.text")}</p>
        <a
          href={`/api/sessions/${session.id}/import/template`}
          download
          className="inline-block rounded border border-gray-400 bg-white px-4 py-2 font-semibold hover:bg-gray-50"
        >
          {t("imports.template.download")}
        </a>
      </section>

      {open && (
        <section
          id="upload"
          aria-labelledby="upload-heading"
          className="mb-6 max-w-3xl rounded-lg border border-gray-200 bg-white p-4"
        >
          <h2 id="upload-heading" className="mb-2 text-lg font-semibold">
            {t("imports.upload.heading")}
          </h2>
          {refused && (
            <p
              role="alert"
              className="mb-3 rounded-lg border border-red-300 bg-red-50 p-3 font-medium text-red-900"
            >
              {refused}
            </p>
          )}
          <UploadForm sessionId={session.id} label={t("imports.upload.submit")} t={t} locale={locale} />
        </section>
      )}

      <section aria-labelledby="history" className="mb-6">
        <h2 id="history" className="mb-2 text-lg font-semibold">
          {t("imports.history.heading")}
        </h2>
        <ImportHistory batches={batches} t={t} locale={locale} />
      </section>
    </>
  );
}
