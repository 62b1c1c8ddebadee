// The app's database client under a burst: a transaction waits for a busy pool instead of failing after Prisma's
// 2-second default, and a slow transaction is not cut off at Prisma's 5-second default.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";

const client = createPrismaClient(process.env.DATABASE_URL!, 1);
afterAll(() => client.$disconnect());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the database client's transactions", () => {
  it("waits more than 2 s for the only connection, then runs", async () => {
    const holder = client.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      await sleep(2_500);
    });
    await sleep(100);
    const waiter = client.$transaction((tx) => tx.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`);
    await expect(Promise.all([holder, waiter])).resolves.toEqual([undefined, [{ ok: 1 }]]);
  }, 20_000);

  it("lets a transaction take more than 5 s", async () => {
    const slow = client.$transaction(async (tx) => {
      await sleep(5_500);
      return tx.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`;
    });
    await expect(slow).resolves.toEqual([{ ok: 1 }]);
  }, 20_000);
});
