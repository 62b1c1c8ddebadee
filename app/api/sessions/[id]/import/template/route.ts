// The blank proposals spreadsheet of one session (its communes and the fields listed), for the coordinator.
import { getActor } from "@/lib/auth/session";
import { ExpectedError } from "@/lib/errors";
import { parseId } from "@/lib/http/route-helpers";
import { contentDisposition } from "@/lib/attachments/sniff";
import { importTemplateData } from "@/lib/data/proposal-import";
import { REGISTER_FORMATS } from "@/lib/data/session-register";
import { writeImportTemplate } from "@/lib/import/template-xlsx";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  const sessionId = parseId((await params).id);
  if (sessionId === null) return new Response(null, { status: 404 });
  try {
    const { session, units, fields } = await importTemplateData(actor, sessionId);
    const bytes = await writeImportTemplate({ session, units, fields });
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": REGISTER_FORMATS.xlsx,
        "Content-Length": String(bytes.byteLength),
        "Content-Disposition": contentDisposition(`mau-nhap-kien-nghi_${session.code}.xlsx`),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ExpectedError) return new Response(null, { status: 404 });
    throw error;
  }
}
