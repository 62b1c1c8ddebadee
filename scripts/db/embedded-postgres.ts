// Serves a persistent PGlite database over the PostgreSQL wire protocol, so the app talks to it like a real server.
import { mkdir, open, readFile, rm } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port?: number;
  host?: string;
}

export interface EmbeddedPostgres {
  /** For `pg`, psql and `@prisma/adapter-pg`. Use a pool of 1 per process: PGlite runs one query at a time anyway. */
  url: string;
  stop: () => Promise<void>;
}

export const DEFAULT_EMBEDDED_PORT = 54329;

// All connections share PGlite's single backend session; more than a handful only queue up behind each other.
const MAX_CONNECTIONS = 10;

class PortBusyError extends Error {
  constructor(host: string, port: number) {
    super(
      `Port ${port} on ${host} is already in use: another portal (or another database) may be running. ` +
        "Stop it, or choose another port.",
    );
  }
}

// Holding the port while PGlite opens (seconds on first start) turns a busy port into an immediate, clear error
// instead of one that comes after the data directory has been opened twice.
function reservePort(host: string, port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (e: NodeJS.ErrnoException) =>
      reject(e.code === "EADDRINUSE" ? new PortBusyError(host, port) : e),
    );
    probe.listen(port, host, () => resolve(probe));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

// PGlite writes a postmaster.pid but a second PGlite opens the same directory anyway, and two writers corrupt it.
// A lock file beside the directory (PGlite owns the inside) keeps a second opener out, whatever its port.
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = Number((await readFile(lockPath, "utf8").catch(() => "")).trim());
      if (holder && isAlive(holder)) {
        throw new Error(
          `${dataDir} is in use by process ${holder}: another portal may be running. Stop it first.`,
        );
      }
      // Left behind by a process that died without stop(): safe to take over.
      await rm(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir} (${lockPath}).`);
}

// PGLiteSocketServer multiplexes all connections onto PGlite's one session and interleaves them message by
// message unless PGlite reports an open transaction. Between a client's Parse and its Sync the unnamed statement
// and portal belong to that client, so interleaving there gives "unnamed prepared statement does not exist",
// `portal "" does not exist`, or one client's Bind run against another's statement (rows to the wrong client),
// and left the queue stuck (seen with a Prisma pool of 8; two processes with a pool of 1 each can do the same). This view makes the queue treat the session as taken until PGlite answers
// ReadyForQuery with status idle, i.e. until the client's Sync/Query is done and no transaction is open.
interface QueueInternals {
  db: unknown;
  processQueue: unknown;
  clearTransactionIfNeeded: unknown;
}

const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

function serializeSessions(server: PGLiteSocketServer, db: PGlite): void {
  const queue = (server as unknown as { queryQueue?: QueueInternals }).queryQueue;
  if (
    !queue ||
    queue.db !== db ||
    typeof queue.processQueue !== "function" ||
    typeof queue.clearTransactionIfNeeded !== "function"
  ) {
    // Internals of @electric-sql/pglite-socket 0.2.17; a different version needs this re-checked, not ignored.
    throw new Error(
      "Unexpected @electric-sql/pglite-socket internals: re-check serializeSessions for this version.",
    );
  }
  let idle = true;
  queue.db = {
    isInTransaction: () => !idle || db.isInTransaction(),
    runExclusive: <T>(fn: () => Promise<T>) => db.runExclusive(fn),
    execProtocolRawStream: async (message: Uint8Array, opts: { onRawData: (data: Uint8Array) => void }) => {
      let tail = new Uint8Array(0);
      const result = await db.execProtocolRawStream(message, {
        onRawData: (data: Uint8Array) => {
          const joined = new Uint8Array(tail.length + data.length);
          joined.set(tail);
          joined.set(data, tail.length);
          tail = joined.slice(-6);
          opts.onRawData(data);
        },
      });
      // ReadyForQuery is 'Z', length 5, then the status byte: 'I' idle, 'T' in a transaction, 'E' failed one.
      idle = tail.length === 6 && tail[0] === 0x5a && tail[4] === 5 && tail[5] === 0x49;
      return result;
    },
    // Used by the queue only to roll back after a client vanished: end any half-sent extended query first,
    // since the backend ignores everything but Sync after an error there.
    exec: async (sql: string) => {
      await db.execProtocolRaw(SYNC);
      const result = await db.exec(sql);
      idle = true;
      return result;
    },
  };
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const host = opts.host ?? "127.0.0.1";
  const port = opts.port ?? DEFAULT_EMBEDDED_PORT;
  const dataDir = path.resolve(opts.dataDir);

  const reservation = await reservePort(host, port);
  let unlock: (() => Promise<void>) | undefined;
  let db: PGlite | undefined;
  try {
    await mkdir(path.dirname(dataDir), { recursive: true });
    unlock = await lockDataDir(dataDir);
    db = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent } });
  } catch (e) {
    await new Promise((r) => reservation.close(r));
    await unlock?.();
    throw e;
  }
  await new Promise((r) => reservation.close(r));

  const server = new PGLiteSocketServer({ db, host, port, maxConnections: MAX_CONNECTIONS });
  try {
    serializeSessions(server, db);
    await server.start();
  } catch (e) {
    await db.close();
    await unlock();
    throw (e as NodeJS.ErrnoException).code === "EADDRINUSE" ? new PortBusyError(host, port) : e;
  }

  const openDb = db;
  const release = unlock;
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await server.stop();
      // stop() detaches clients without waiting for the ROLLBACK of a transaction one of them left open;
      // closing PGlite under that query would throw, so wait for the database to be idle first.
      await openDb.waitReady;
      await openDb.exec("SELECT 1").catch(() => undefined);
      await openDb.close();
      await release();
    })());

  const urlHost = host.includes(":") ? `[${host}]` : host;
  return { url: `postgresql://postgres:postgres@${urlHost}:${port}/postgres?sslmode=disable`, stop };
}
