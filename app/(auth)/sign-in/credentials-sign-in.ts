// Signing in with e-mail and password from the browser: next-auth's own two requests (its CSRF token, then the
// credentials callback) with plain fetch. next-auth/react would add its whole client (session provider,
// polling, a regenerator runtime) to the sign-in page for this one call.

/** `null` when signed in (the session cookie is set), otherwise next-auth's error code, e.g. "invalid". */
export async function signInWithCredentials(email: string, password: string): Promise<string | null> {
  try {
    const csrf = await fetch("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        email,
        password,
        csrfToken,
        callbackUrl: window.location.href,
        json: "true",
      }),
    });
    // next-auth answers where it would redirect; a refusal carries ?error=<the reason authorize() threw>.
    const { url } = (await response.json()) as { url?: string };
    const error = url ? new URL(url, window.location.href).searchParams.get("error") : "error";
    return response.ok && !error ? null : (error ?? "error");
  } catch {
    return "error"; // offline, or the server did not answer as next-auth does
  }
}
