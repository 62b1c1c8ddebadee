// Upload of a proposals spreadsheet from the import page's plain HTML form (multipart, one "file" field). Answers
// with a redirect, so it works without JavaScript: to the preview of the stored upload, to the session's earlier
// import of the same file, or back to the form with the reason the file was refused.
import { getActor } from "@/lib/auth/session";
import { ExpectedError } from "@/lib/errors";
import { parseId, sameOrigin } from "@/lib/http/route-helpers";
import { IMPORT_MAX_BYTES } from "@/lib/import/columns";
import { ImportFileError, uploadProposalFile } from "@/lib/data/proposal-import";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

// The file plus the multipart boundaries and part headers around it.
const MAX_BODY_BYTES = IMPORT_MAX_BYTES + 64 * 1024;

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

export async function POST(request: Request, { params }: Context) {
  if (!sameOrigin(request)) return new Response(null, { status: 403 });
  const actor = await getActor();
  if (!actor) return seeOther("/sign-in");
  const sessionId = parseId((await params).id);
  if (sessionId === null) return new Response(null, { status: 404 });
  const back = (error: string, extra = "") =>
    seeOther(`/sessions/${sessionId}/import?error=${error}${extra}#upload`);

  // Required and capped: request.formData() never buffers more than Content-Length says.
  const length = request.headers.get("content-length");
  if (length === null || !/^\d+$/.test(length)) return back("badRequest");
  if (Number(length) > MAX_BODY_BYTES) return back("tooLarge");
  let file: File;
  try {
    const value = (await request.formData()).get("file");
    if (!(value instanceof File) || value.size === 0) return back("noFile");
    file = value;
  } catch {
    return back("badRequest");
  }
  if (file.size > IMPORT_MAX_BYTES) return back("tooLarge");

  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await uploadProposalFile(actor, { sessionId, fileName: file.name, bytes });
    if ("already" in result) return seeOther(`/sessions/${sessionId}/import?already=${result.already.id}`);
    return seeOther(`/sessions/${sessionId}/import/${result.uploadId}`);
  } catch (error) {
    if (error instanceof ImportFileError) {
      return back(error.problem, error.missing.length > 0 ? `&missing=${error.missing.join(",")}` : "");
    }
    if (error instanceof ExpectedError) {
      if (error.messageKey === "imports.errors.sessionClosed") return back("sessionClosed");
      return new Response(null, { status: 404 });
    }
    throw error;
  }
}
