// `npm run worker`: the background jobs (reminders, e-mail outbox) on DATABASE_URL. `npm start`/`npm run dev`
// start one beside the web server; in production run it as its own service (as many as you like: jobs run once).
// Runs under the react-server condition so the server-only data layer loads outside Next.
import { startWorker } from "../lib/jobs/worker";
import { env } from "../lib/env";
import { db } from "../lib/db";

function log(message: string) {
  console.log(`[worker] ${message}`);
}

async function main() {
  const { DATABASE_URL, DATABASE_POOL_MAX } = env();
  // The queue has its own small pool beside the Prisma client's.
  const options = {
    connectionString: DATABASE_URL,
    poolMax: Math.min(4, Math.max(2, DATABASE_POOL_MAX)),
    log,
  };
  // Several workers starting at once on a fresh database can trip over each other creating the queue's tables.
  let worker: Awaited<ReturnType<typeof startWorker>> | undefined;
  for (let attempt = 1; !worker; attempt++) {
    try {
      worker = await startWorker(options);
    } catch (error) {
      if (attempt >= 5) throw error;
      log(`start failed (${error instanceof Error ? error.message : String(error)}); trying again`);
      await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 2000));
    }
  }
  if (process.argv.includes("--reminders-now")) {
    // For operators: queue one run of the reminders now, e.g. after restoring a backup.
    await worker.runNow("reminders");
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    await worker.stop().catch((error) => console.error("[worker] stop failed:", error));
    await db().$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error("[worker] could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
