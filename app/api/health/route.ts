// Liveness for operators and load balancers: does the database answer?
import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    {
      status: database.up ? "ok" : "error",
      database: database.up ? "up" : "down",
      latencyMs: database.latencyMs,
    },
    { status: database.up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
