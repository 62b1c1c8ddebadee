// The security headers on the built server: pages, route handlers, errors and static files all carry them, the
// browser loads the portal without a single CSP violation, and no other site can frame it.
import { expect, test, type APIResponse } from "@playwright/test";
import { signIn } from "./support";
import { BASE_URL, clientFor } from "./security-support";

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of [
    "default-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]) {
    expect(csp, `${what}: ${directive}`).toContain(directive);
  }
  expect(csp, what).not.toContain("unsafe-eval");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], what).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(headers["cross-origin-opener-policy"], what).toBe("same-origin");
  // The e2e server is a production build: HSTS is on (browsers use it only once served over HTTPS).
  expect(headers["strict-transport-security"], what).toMatch(
    /^max-age=(6307200\d|[4-9]\d{7,}|\d{9,}); includeSubDomains$/,
  );
  expect(headers["x-powered-by"], what).toBeUndefined();
}

test("pages, route handlers, errors and static files carry the security headers", async () => {
  const anonymous = await clientFor(null);
  const signInPage = await anonymous.get("/sign-in");
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(await signInPage.text())?.[1];
  expect(script).toBeTruthy();
  const requests: [string, string, number][] = [
    ["sign-in page", "/sign-in", 200],
    ["set-password page with a bad link", "/set-password/not-a-token", 200],
    ["404 page", "/khong-co-trang-nay", 404],
    ["health", "/api/health", 200],
    ["next-auth", "/api/auth/csrf", 200],
    ["attachment, signed out", "/api/attachments/1", 401],
    ["report, signed out", "/api/reports/1", 401],
    ["static script", script!, 200],
  ];
  for (const [what, path, status] of requests) {
    const response = await anonymous.get(path, { maxRedirects: 0 });
    expect(response.status(), what).toBe(status);
    expectSecurityHeaders(response, what);
  }
  const redirect = await anonymous.get("/proposals", { maxRedirects: 0 });
  expect(redirect.status()).toBeGreaterThanOrEqual(300);
  expectSecurityHeaders(redirect, "redirect to sign-in");
  await anonymous.dispose();

  const leader = await clientFor("thanhvinh@demo.vn");
  for (const path of ["/", "/proposals", "/proposals/new", "/notifications", "/api/attachments/99999"]) {
    expectSecurityHeaders(await leader.get(path, { maxRedirects: 0 }), `signed in: ${path}`);
  }
  await leader.dispose();
});

test("the portal works in the browser under its CSP, and cannot be framed", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, "dieuphoi@demo.vn");
  for (const path of ["/", "/proposals", "/monitoring", "/dashboard", "/sessions"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);

  // Another site embedding the portal gets an empty frame (frame-ancestors 'none', X-Frame-Options DENY).
  await page.goto("about:blank");
  await page.setContent(`<iframe id="portal" src="${BASE_URL}/sign-in" width="600" height="400"></iframe>`);
  const frame = page.frameLocator("#portal");
  await page.waitForTimeout(1500);
  await expect(frame.getByRole("heading", { name: "Đăng nhập" })).toHaveCount(0);
});
