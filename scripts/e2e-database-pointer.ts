// Where the e2e server on a port says which database it serves (only on a PostgreSQL server), so that specs can
// set up records of their own there (tests/e2e/authorization.spec.ts).
import { tmpdir } from "node:os";
import path from "node:path";

export function e2eDatabasePointer(
  port: string | number = process.env.E2E_PORT ?? process.env.PORT ?? 3100,
): string {
  return path.join(tmpdir(), `portal-e2e-${port}.json`);
}
