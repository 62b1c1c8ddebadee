import { describe, expect, it } from "vitest";
import { checkDatabase } from "@/lib/data/health";

describe("health check", () => {
  it("reports the database as up", async () => {
    const result = await checkDatabase();
    expect(result.up).toBe(true);
  });
});
