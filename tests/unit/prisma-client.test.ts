// After a database restart the pool can hand out a connection the server has closed: reads are sent again on
// another connection, writes never (their outcome is unknown), and other errors pass through untouched.
import { describe, expect, it } from "vitest";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { retryReadsOnClosedConnections } from "@/lib/prisma-client";

type Adapter = Parameters<typeof retryReadsOnClosedConnections>[0];
type Query = Parameters<Adapter["queryRaw"]>[0];

const closed = () => new DriverAdapterError({ kind: "ConnectionClosed" });
const result = { columnNames: ["n"], columnTypes: [], rows: [[1]] };

/** An adapter whose first `failures` queries fail with `error`; counts the calls. */
function flakyAdapter(failures: number, error: () => Error = closed) {
  let calls = 0;
  const adapter = {
    async queryRaw() {
      calls++;
      if (calls <= failures) throw error();
      return result;
    },
  } as unknown as Adapter;
  return { adapter, calls: () => calls };
}

const query = (sql: string): Query => ({ sql, args: [], argTypes: [] }) as unknown as Query;

describe("reads on connections the server closed", () => {
  it("sends a read again until a live connection answers", async () => {
    const { adapter, calls } = flakyAdapter(2);
    const retrying = retryReadsOnClosedConnections(adapter, 9);
    await expect(retrying.queryRaw(query('SELECT "id" FROM "User" WHERE "id" = $1'))).resolves.toEqual(
      result,
    );
    expect(calls()).toBe(3);
  });

  it("gives up after as many tries as the pool has connections", async () => {
    const { adapter, calls } = flakyAdapter(100);
    const retrying = retryReadsOnClosedConnections(adapter, 3);
    await expect(retrying.queryRaw(query("SELECT 1"))).rejects.toBeInstanceOf(DriverAdapterError);
    expect(calls()).toBe(3);
  });

  it("never sends a write again", async () => {
    const { adapter, calls } = flakyAdapter(1);
    const retrying = retryReadsOnClosedConnections(adapter, 9);
    const insert = query('INSERT INTO "Proposal" ("title") VALUES ($1) RETURNING "id"');
    await expect(retrying.queryRaw(insert)).rejects.toBeInstanceOf(DriverAdapterError);
    expect(calls()).toBe(1);
  });

  it("lets other errors through at once", async () => {
    const { adapter, calls } = flakyAdapter(
      1,
      () => new DriverAdapterError({ kind: "TooManyConnections", cause: "" }),
    );
    const retrying = retryReadsOnClosedConnections(adapter, 9);
    await expect(retrying.queryRaw(query("SELECT 1"))).rejects.toBeInstanceOf(DriverAdapterError);
    expect(calls()).toBe(1);
  });
});
