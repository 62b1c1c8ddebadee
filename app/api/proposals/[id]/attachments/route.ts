// Upload one attachment to a proposal: POST multipart/form-data with one "file" field, from the portal's own
// pages. Answers {id, fileName, sizeBytes, mimeType} (201 new, 200 already attached) or {error}.
import { getActor } from "@/lib/auth/session";
import { addAttachment, AttachmentError, type AttachmentProblem } from "@/lib/data/attachments";
import {
  ALLOWED_TYPE_LABELS,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MAX_COUNT,
  formatFileSize,
} from "@/lib/attachments/sniff";
import { ExpectedError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { parseId, sameOrigin } from "@/lib/http/route-helpers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

// One file plus the multipart boundaries and part headers around it.
const MAX_BODY_BYTES = ATTACHMENT_MAX_BYTES + 64 * 1024;

// Answer status and catalogue key ("attachments.<key>") per refusal.
const REFUSALS: Record<AttachmentProblem, [number, string]> = {
  empty: [400, "errorEmpty"],
  damaged: [400, "errorDamaged"],
  tooMany: [400, "errorTooMany"],
  unsupported: [415, "errorUnsupported"],
  macro: [415, "errorMacro"],
  bomb: [413, "errorBomb"],
  tooLarge: [413, "errorTooLarge"],
};

export async function POST(request: Request, { params }: Context) {
  const { locale, t } = await getTranslator();
  const limits = {
    types: ALLOWED_TYPE_LABELS,
    size: formatFileSize(ATTACHMENT_MAX_BYTES, locale),
    count: ATTACHMENT_MAX_COUNT,
  };
  const fail = (status: number, key: string) =>
    Response.json({ error: t(key, limits) }, { status, headers: { "Cache-Control": "no-store" } });

  if (!sameOrigin(request)) return fail(403, "attachments.errorCrossSite");
  const actor = await getActor();
  if (!actor) return fail(401, "attachments.errorSignedOut");
  const proposalId = parseId((await params).id);
  if (proposalId === null) return fail(404, "errors.not-found");

  // Browsers send a Content-Length with a FormData body, and Node's parser never reads past it: with the
  // length required and capped here, request.formData() cannot be made to buffer an endless upload.
  const length = request.headers.get("content-length");
  if (length === null || !/^\d+$/.test(length)) return fail(411, "attachments.errorBadRequest");
  if (Number(length) > MAX_BODY_BYTES) return fail(413, "attachments.errorTooLarge");
  let file: File;
  try {
    const value = (await request.formData()).get("file");
    if (!(value instanceof File)) return fail(400, "attachments.errorNoFile");
    file = value;
  } catch {
    return fail(400, "attachments.errorBadRequest");
  }
  if (file.size > ATTACHMENT_MAX_BYTES) return fail(413, "attachments.errorTooLarge");

  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const added = await addAttachment(actor, proposalId, { fileName: file.name, bytes });
    const { id, fileName, sizeBytes, mimeType } = added;
    return Response.json(
      { id, fileName, sizeBytes, mimeType },
      { status: added.created ? 201 : 200, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    if (error instanceof AttachmentError) {
      const [status, key] = REFUSALS[error.problem];
      return fail(status, `attachments.${key}`);
    }
    if (error instanceof ExpectedError) {
      if (error.code === "not-found") return fail(404, "errors.not-found");
      // Not the commune's to change, or no longer editable (received, assigned…).
      return fail(403, error.code === "conflict" ? "attachments.errorLocked" : "errors.forbidden");
    }
    throw error;
  }
}
