// Builds a Prisma client over the pg driver adapter; shared by the app (lib/db.ts), scripts and tests.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/** A connection the server closed (restart, failover) that the pool handed out before noticing. */
function isClosedConnection(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const cause = (error as { cause?: { kind?: string } }).cause;
  return (
    (error.name === "DriverAdapterError" && cause?.kind === "ConnectionClosed") ||
    error.message === "Connection terminated unexpectedly"
  );
}

const READ_ONLY = /^\s*SELECT\b/i;

/**
 * After a database restart the pool may still hold connections whose close it has not yet read: the first query
 * on each fails although the server is back. A read outside a transaction is sent again (each failure discards
 * one dead connection, so at most `attempts` tries); writes and transactions are not, as their outcome is unknown.
 */
export function retryReadsOnClosedConnections(adapter: Adapter, attempts: number): Adapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await queryRaw(query);
      } catch (error) {
        if (attempt >= attempts || !READ_ONLY.test(query.sql) || !isClosedConnection(error)) throw error;
      }
    }
  };
  return adapter;
}

class PgAdapterFactory extends PrismaPg {
  constructor(
    config: ConstructorParameters<typeof PrismaPg>[0],
    private readonly attempts: number,
  ) {
    super(config);
  }

  override async connect() {
    return retryReadsOnClosedConnections(await super.connect(), this.attempts);
  }
}

export function createPrismaClient(connectionString: string, poolMax = 8): PrismaClient {
  // The embedded database (PGlite) needs a pool of one: it serves one query at a time.
  const adapter = new PgAdapterFactory(
    { connectionString, max: poolMax, connectionTimeoutMillis: 10_000 },
    poolMax + 1,
  );
  // Prisma's defaults (2 s to get a connection for a transaction, 5 s to finish it) turn a burst of requests on
  // a busy two-core server — or the minute after a database restart — into errors; the pool itself waits 10 s.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
}
