// Downloads a generated report (.docx or .xlsx) for those who may make reports; anyone else gets 404.
import { getActor } from "@/lib/auth/session";
import { readReport } from "@/lib/data/dashboard-reports";
import { contentDisposition } from "@/lib/attachments/sniff";
import { ExpectedError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { parseId } from "@/lib/http/route-helpers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

async function fail(status: number, key: string): Promise<Response> {
  const { t } = await getTranslator();
  return Response.json({ error: t(key) }, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: Context) {
  const actor = await getActor();
  if (!actor) return fail(401, "reports.errors.signedOut");
  const id = parseId((await params).id);
  if (id === null) return fail(404, "errors.not-found");
  try {
    const file = await readReport(actor, id);
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
