// Downloads a session's register, ?format=xlsx (default) or csv, holding what the caller may read.
import { getActor } from "@/lib/auth/session";
import { ExpectedError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { parseId } from "@/lib/http/route-helpers";
import { contentDisposition } from "@/lib/attachments/sniff";
import { exportSessionRegister, REGISTER_FORMATS, type RegisterFormat } from "@/lib/data/session-register";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

async function fail(status: number, key: string): Promise<Response> {
  const { t } = await getTranslator();
  return Response.json({ error: t(key) }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: Context) {
  const actor = await getActor();
  if (!actor) return fail(401, "reports.errors.signedOut");
  const sessionId = parseId((await params).id);
  if (sessionId === null) return fail(404, "errors.not-found");
  const requested = new URL(request.url).searchParams.get("format") ?? "xlsx";
  if (!(requested in REGISTER_FORMATS)) return fail(400, "imports.export.badFormat");
  try {
    const file = await exportSessionRegister(actor, sessionId, requested as RegisterFormat);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ExpectedError) {
      if (error.code === "not-found") return fail(404, "errors.not-found");
      return fail(422, error.messageKey);
    }
    throw error;
  }
}
