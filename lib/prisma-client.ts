// Builds a Prisma client over the pg driver adapter; shared by the app (lib/db.ts), scripts and tests.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

export function createPrismaClient(connectionString: string, poolMax = 8): PrismaClient {
  // The embedded database (PGlite) needs a pool of one: it serves one query at a time.
  const adapter = new PrismaPg({ connectionString, max: poolMax, connectionTimeoutMillis: 10_000 });
  return new PrismaClient({ adapter });
}
