// Fuzz: the sign-in check behind next-auth (authorize), with generated credentials and forwarded addresses.
// It either lets the right person in or refuses with one of the reasons the form explains — never anything else.
import fc from "fast-check";
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { removeFixtures } from "../security/fixtures";
import { hostileText, RUNS } from "./support/harness";

const PASSWORD = "Mật khẩu đúng 2026";
let email: string;

type Authorize = (raw: unknown, request: { headers: Record<string, string> }) => Promise<unknown>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };

beforeAll(async () => {
  email = `sec-login-${crypto.randomUUID()}@test.vn`;
  await db().user.create({
    data: { email, name: "Người đăng nhập", role: "COMMUNE_LEADER", passwordHash: await hash(PASSWORD) },
  });
});
afterAll(async () => {
  await db().loginThrottle.deleteMany({ where: { key: { startsWith: "ip:203.0.113." } } });
  await removeFixtures(db());
});

describe("fuzz: sign-in", () => {
  it("authorize answers a user or invalid / locked / throttled", async () => {
    // A handful of addresses: each is throttled after 30 failures, which keeps the argon2 work bounded.
    const forwarded = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom("203.0.113.7", "6.6.6.6, 203.0.113.8", "203.0.113.9") },
      { weight: 1, arbitrary: hostileText },
    );
    const credentials = fc.record(
      {
        email: fc.oneof(fc.constant(email), fc.constant(email.toUpperCase()), hostileText),
        password: fc.oneof(fc.constant(PASSWORD), hostileText),
        csrfToken: hostileText,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(credentials, forwarded, async (raw, xff) => {
        let outcome: unknown;
        try {
          outcome = await provider.options.authorize(raw, { headers: { "x-forwarded-for": xff } });
        } catch (error) {
          expect(["invalid", "locked", "throttled"]).toContain((error as Error).message);
          return;
        }
        expect(outcome).toMatchObject({ email });
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
