// Vitest: unit tests (pure functions) and integration tests (the data layer on a real PostgreSQL).
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // The data layer is server-only in Next; under test it runs in plain Node.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/database-per-file.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // On the embedded database every file shares one PGlite, which serves one query at a time.
          fileParallelism: Boolean(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL),
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias },
        test: {
          // Generated inputs against the real server actions and route handlers (tests/fuzz, `npm run test:fuzz`).
          name: "fuzz",
          sequence: { groupOrder: 2 },
          include: ["tests/fuzz/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/database-per-file.ts", "tests/fuzz/support/next-mocks.ts"],
          testTimeout: 600_000,
          hookTimeout: 180_000,
          fileParallelism: Boolean(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL),
          maxWorkers: 2,
        },
      },
    ],
  },
});
