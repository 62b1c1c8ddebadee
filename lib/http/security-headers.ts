// The security headers of every response (next.config.ts): what the browser may load and from where, no framing,
// no MIME sniffing, a short referrer, no powerful features, and HSTS once the portal is served in production.
// Pure, so the rules are tested directly (tests/unit/security-headers.test.ts) and on the built server (e2e).

export function contentSecurityPolicy(production: boolean): string {
  return [
    "default-src 'self'",
    // Next's inline bootstrap scripts need 'unsafe-inline' without nonces; nothing is loaded from other origins.
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

const PERMISSIONS = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "browsing-topics=()",
];

export function securityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(production) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS.join(", ") },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers honour HSTS only over HTTPS; in development (plain http://localhost) it would only get in the way.
    ...(production
      ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
      : []),
  ];
}
