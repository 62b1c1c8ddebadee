// `npm test`: every test — unit, integration (real PostgreSQL when TEST_DATABASE_URL is set, embedded otherwise),
// fuzz (200 inputs per target here) and end-to-end in Chromium against a fresh production build.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `Chromium was not found at ${chromium}; the end-to-end tests need it.\n` +
      "  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n" +
      "  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium",
  );
  process.exit(1);
}

if (!process.env.TEST_DATABASE_URL) {
  console.log("TEST_DATABASE_URL is not set: tests run on the embedded PostgreSQL (PGlite).");
}
step("unit and integration tests", bin("vitest"), ["run", "--project", "unit", "--project", "integration"]);
// 200 generated inputs per target (50 on the embedded database, which serves one query at a time) keep this
// step to a few minutes; `npm run test:fuzz` runs the full 1,000 (docs/security.md).
step("fuzz tests", bin("vitest"), ["run", "--project", "fuzz"], {
  ...process.env,
  FUZZ_RUNS: process.env.FUZZ_RUNS ?? (process.env.TEST_DATABASE_URL ? "200" : "50"),
});
step("production build", bin("next"), ["build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
step("end-to-end tests in Chromium", bin("playwright"), ["test"]);
console.log("\n✔ all tests passed");
