// Signing in over HTTP as a browser does with next-auth's credentials provider, keeping the session cookie.
import { expectStatus, request } from "./measure";

function cookiesOf(setCookie: string[] | undefined): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const line of setCookie ?? []) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar[pair!.slice(0, at)] = pair!.slice(at + 1);
  }
  return jar;
}

const header = (jar: Record<string, string>) =>
  Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");

/** Signs in and returns the Cookie header of the signed-in session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = expectStatus(await request(`${base}/api/auth/csrf`), 200, "csrf");
  const jar = cookiesOf(csrf.headers["set-cookie"]);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({
    csrfToken,
    email,
    password,
    callbackUrl: `${base}/`,
    json: "true",
  }).toString();
  const response = await request(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body,
  });
  Object.assign(jar, cookiesOf(response.headers["set-cookie"]));
  if (!Object.keys(jar).some((name) => name.endsWith("session-token")))
    throw new Error(`sign-in of ${email} failed: HTTP ${response.status}`);
  return header(jar);
}
