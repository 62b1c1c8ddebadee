// The app's one Prisma client. Only lib/data (and the auth module) import it.
import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

const globalForDb = globalThis as unknown as { portalDb?: Db };

function makeClient(): Db {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  return createPrismaClient(DATABASE_URL, DATABASE_POOL_MAX);
}

let client: Db | undefined;

/** The client, created on first use (never at build time). Kept across hot reloads in development. */
export function db(): Db {
  if (client) return client;
  client = globalForDb.portalDb ?? makeClient();
  if (process.env.NODE_ENV === "development") globalForDb.portalDb = client;
  return client;
}
