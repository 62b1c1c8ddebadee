// One attachment: GET downloads it (anyone who may read its proposal), DELETE removes it (its commune, while
// the proposal may still be edited). Outsiders get 404, as if it did not exist.
import { getActor } from "@/lib/auth/session";
import { readAttachment, removeAttachment } from "@/lib/data/attachments";
import { contentDisposition } from "@/lib/attachments/sniff";
import { ExpectedError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { parseId, sameOrigin } from "@/lib/http/route-helpers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

async function fail(status: number, key: string): Promise<Response> {
  const { t } = await getTranslator();
  return Response.json({ error: t(key) }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: Context) {
  const actor = await getActor();
  if (!actor) return fail(401, "attachments.errorSignedOut");
  const id = parseId((await params).id);
  if (id === null) return fail(404, "errors.not-found");
  try {
    const file = await readAttachment(actor, id);
    return new Response(file.data, {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.data.byteLength),
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ExpectedError) return fail(404, "errors.not-found");
    throw error;
  }
}

export async function DELETE(request: Request, { params }: Context) {
  if (!sameOrigin(request)) return fail(403, "attachments.errorCrossSite");
  const actor = await getActor();
  if (!actor) return fail(401, "attachments.errorSignedOut");
  const id = parseId((await params).id);
  if (id === null) return fail(404, "errors.not-found");
  try {
    return Response.json(await removeAttachment(actor, id), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (!(error instanceof ExpectedError)) throw error;
    if (error.code === "not-found") return fail(404, "errors.not-found");
    return fail(403, error.code === "conflict" ? "attachments.errorLocked" : "errors.forbidden");
  }
}
