// Shared checks of the JSON route handlers: same-origin requests only (CSRF), and ids from the path.

/** CSRF defence for a cookie-authenticated route handler: the browser's Origin must be this site. */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  // Behind a proxy the public host arrives as X-Forwarded-Host; a cross-site page cannot set that header.
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * A path inside this portal, safe to redirect to: the link of a notification is ours, but a form can be tampered
 * with. Browsers read "/\evil.example" like "//evil.example" (another site), so a backslash or a control
 * character anywhere refuses the path, as does anything that does not start with one "/".
 */
export function isPortalPath(link: string): boolean {
  return /^\/(?![/\\])/.test(link) && !/[\\\u0000-\u001f\u007f]/.test(link);
}

/** A positive 32-bit id from a path segment, or null. */
export function parseId(raw: string): number | null {
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  return id <= 2_147_483_647 ? id : null;
}
