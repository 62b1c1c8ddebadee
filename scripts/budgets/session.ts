// Signing in as a demo account the way the sign-in form does (next-auth's CSRF token, then the credentials
// callback), and reading pages with the resulting session cookie — no browser needed.
import { DEMO_PASSWORD } from "../demo-accounts";

/** `name=value` pairs of the Set-Cookie headers of a response. */
function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((header) => header.split(";")[0]!);
}

/** The Cookie header of a signed-in session for `email`. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiePairs(csrf).join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = cookiePairs(response).filter((pair) => pair.includes("session-token"));
  if (session.length === 0) throw new Error(`signing in as ${email} failed (HTTP ${response.status})`);
  return session.join("; ");
}

/** The HTML of a page as the signed-in person sees it. */
export async function pageHtml(baseUrl: string, path: string, cookie: string): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  return response.text();
}

/** The proposal pages linked from an HTML page, in order of appearance (decoded, without duplicates). */
export function proposalLinks(html: string): string[] {
  const links = [...html.matchAll(/href="(\/proposals\/[^"/?#]*?T-\d{4}-\d+)"/g)].map((match) =>
    decodeURI(match[1]!),
  );
  return [...new Set(links)];
}
