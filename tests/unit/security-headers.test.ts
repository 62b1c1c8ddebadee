// The headers every response carries (next.config.ts): the same rules in both modes, HSTS only in production.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";

const asMap = (production: boolean) =>
  Object.fromEntries(securityHeaders(production).map(({ key, value }) => [key.toLowerCase(), value]));

describe("security headers", () => {
  it("forbid framing, sniffing, other origins and powerful features in both modes", () => {
    for (const production of [true, false]) {
      const headers = asMap(production);
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).toContain("default-src 'self'");
      expect(headers["content-security-policy"]).toContain("object-src 'none'");
      expect(headers["content-security-policy"]).toContain("base-uri 'self'");
      expect(headers["content-security-policy"]).toContain("form-action 'self'");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    }
  });

  it("send HSTS only in production", () => {
    expect(asMap(true)["strict-transport-security"]).toMatch(/^max-age=(\d+); includeSubDomains$/);
    expect(
      Number(/max-age=(\d+)/.exec(asMap(true)["strict-transport-security"]!)![1]),
    ).toBeGreaterThanOrEqual(31_536_000);
    expect(asMap(false)["strict-transport-security"]).toBeUndefined();
  });

  it("allow eval only in development (React's dev tools need it)", () => {
    expect(contentSecurityPolicy(true)).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy(false)).toContain("'unsafe-eval'");
  });
});
