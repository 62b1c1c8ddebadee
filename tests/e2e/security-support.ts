// Shared steps of the security specs: a signed-in HTTP client per role (next-auth's own endpoints, no browser),
// and the server's database for specs that set up records of their own.
import { existsSync, readFileSync } from "node:fs";
import { request, type APIRequestContext } from "@playwright/test";
import { createPrismaClient } from "../../lib/prisma-client";
import type { Db } from "../../lib/prisma-client";
import { DEMO_PASSWORD } from "../../scripts/demo-accounts";
import { e2eDatabasePointer } from "../../scripts/e2e-database-pointer";

export const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

/** An HTTP client signed in as this person (or anonymous), that does not follow redirects by itself. */
export async function clientFor(
  email: string | null,
  extraHTTPHeaders: Record<string, string> = {},
): Promise<APIRequestContext> {
  const client = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders });
  if (email) {
    const response = await signInOverHttp(client, email, DEMO_PASSWORD);
    if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.error}`);
  }
  return client;
}

/** next-auth's credentials sign-in as the browser's signIn("credentials", { redirect: false }) does it. */
export async function signInOverHttp(
  client: APIRequestContext,
  email: string,
  password: string,
): Promise<{ ok: boolean; error: string | null }> {
  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await client.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true", callbackUrl: `${BASE_URL}/` },
    maxRedirects: 0,
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  const error = body.url ? new URL(body.url).searchParams.get("error") : `HTTP ${response.status()}`;
  return { ok: response.ok() && !error, error };
}

/** The e2e server's database, when it runs on a PostgreSQL server (TEST_DATABASE_URL); null on the embedded one. */
export function serverDatabase(): Db | null {
  const pointer = e2eDatabasePointer();
  if (!existsSync(pointer)) return null;
  const { databaseUrl } = JSON.parse(readFileSync(pointer, "utf8")) as { databaseUrl: string };
  return createPrismaClient(databaseUrl, 2);
}
