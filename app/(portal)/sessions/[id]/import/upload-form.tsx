// The upload of a proposals spreadsheet: a plain multipart form posting to the route handler, which answers with
// a redirect (to the preview, or back here with the reason). Works without JavaScript.
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { ATTACHMENT_TYPES } from "@/lib/attachments/sniff";
import { limitParams } from "./import-messages";

export function UploadForm({
  sessionId,
  label,
  t,
  locale,
}: {
  sessionId: number;
  label: string;
  t: Translate;
  locale: Locale;
}) {
  return (
    <form
      method="post"
      action={`/api/sessions/${sessionId}/import`}
      encType="multipart/form-data"
      className="space-y-3"
    >
      <div>
        <label htmlFor="import-file" className="text-sm font-medium">
          {t("imports.upload.label")}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          required
          accept={`.xlsx,${ATTACHMENT_TYPES.xlsx.mime}`}
          aria-describedby="import-file-hint"
          className="mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base"
        />
        <p id="import-file-hint" className="mt-1 text-sm text-muted">
          {t("imports.upload.hint", limitParams(locale))}
        </p>
      </div>
      <button
        type="submit"
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        {label}
      </button>
    </form>
  );
}
