// One person's browser, as far as the server can tell: a cookie jar, the next-auth credentials sign-in (CSRF
// token, callback, session cookie) and server-action calls encoded the way React's client encodes them.
export type Sample = { label: string; status: number; ms: number; at: number; error?: string };
export type Recorder = (sample: Sample) => void;

export type Reply = { status: number; headers: Headers; body: string; bytes: Buffer; ms: number };

export class HttpError extends Error {
  constructor(
    readonly label: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class PortalSession {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly record: Recorder = () => undefined,
    private readonly timeoutMs = 30_000,
  ) {}

  get signedIn(): boolean {
    return [...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"));
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  forget(): void {
    this.cookies.clear();
  }

  /** One request; every answer is recorded (status 0 = no answer: refused, reset or timed out). */
  async request(label: string, path: string, init: RequestInit = {}): Promise<Reply> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    const started = performance.now();
    try {
      const response = await fetch(new URL(path, this.baseUrl), {
        ...init,
        headers,
        redirect: "manual",
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const at = pair?.indexOf("=") ?? -1;
        if (!pair || at < 1) continue;
        const name = pair.slice(0, at).trim();
        const value = pair.slice(at + 1).trim();
        if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
        else this.cookies.set(name, value);
      }
      const bytes = Buffer.from(await response.arrayBuffer());
      const ms = performance.now() - started;
      this.record({ label, status: response.status, ms, at: Date.now() });
      return { status: response.status, headers: response.headers, body: bytes.toString("utf8"), bytes, ms };
    } catch (error) {
      const ms = performance.now() - started;
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.record({ label, status: 0, ms, at: Date.now(), error: message });
      throw new HttpError(label, 0, `${label}: no answer (${message})`);
    }
  }

  /** GET a page; anything but 200 is an error (a signed-out session is redirected to /sign-in with 307). */
  async page(label: string, path: string): Promise<string> {
    const reply = await this.request(label, path);
    if (reply.status !== 200)
      throw new HttpError(label, reply.status, `${label}: ${path} answered ${reply.status}`);
    return reply.body;
  }

  /** The next-auth credentials flow the sign-in form runs: CSRF token, then the callback with it. */
  async signIn(email: string, password: string): Promise<void> {
    const csrf = await this.request("sign-in: csrf", "/api/auth/csrf");
    if (csrf.status !== 200)
      throw new HttpError("sign-in: csrf", csrf.status, `csrf answered ${csrf.status}`);
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const reply = await this.request("sign-in: callback", "/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: this.baseUrl, json: "true" }),
    });
    const url = reply.status === 200 ? (JSON.parse(reply.body) as { url?: string }).url : undefined;
    if (!this.signedIn || !url || url.includes("error="))
      throw new HttpError(
        "sign-in: callback",
        reply.status,
        `sign-in of ${email} refused (${reply.status} ${url ?? ""})`,
      );
  }

  /**
   * Calls a server action the way a client component does: POST to the page with the Next-Action header and
   * the arguments encoded as React 19.3's encodeReply encodes [previousState, formData]: the form's fields as
   * "_1_<name>", then the root row "0" that refers to the form as "$K1".
   */
  async action(
    label: string,
    pagePath: string,
    actionId: string,
    fields: Record<string, string>,
    previousState: unknown = {},
  ): Promise<Reply> {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
    // Last, as React sends it: the server decodes the stream in order, and the root resolves the form reference.
    body.append("0", JSON.stringify([previousState, "$K1"]));
    return this.request(label, pagePath, {
      method: "POST",
      headers: {
        accept: "text/x-component",
        "next-action": actionId,
        origin: new URL(this.baseUrl).origin,
      },
      body,
    });
  }
}

/** The target of a server action's redirect(), as the x-action-redirect header carries it. */
export function actionRedirect(reply: Reply): string | null {
  const header = reply.headers.get("x-action-redirect");
  return header ? decodeURIComponent(header.split(";")[0] ?? "") : null;
}
