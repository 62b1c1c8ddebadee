"use client";
// The sign-in form: next-auth credentials, with the error shown beside the form and announced to screen readers.
import { useState } from "react";
import { isPortalPath } from "@/lib/http/route-helpers";
import { signInWithCredentials } from "./credentials-sign-in";

type Labels = Record<
  | "email"
  | "password"
  | "submit"
  | "submitting"
  | "invalid"
  | "locked"
  | "throttled"
  | "error"
  | "emailRequired"
  | "passwordRequired",
  string
>;

export function SignInForm({ labels }: { labels: Labels }) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email) return setMessage(labels.emailRequired);
    if (!password) return setMessage(labels.passwordRequired);
    setPending(true);
    setMessage(null);
    const error = await signInWithCredentials(email, password);
    if (error === null) {
      const next = new URLSearchParams(window.location.search).get("callbackUrl");
      // Only same-site paths: an attacker's link must not send people elsewhere after sign-in.
      window.location.assign(next && isPortalPath(next) ? next : "/");
      return;
    }
    setPending(false);
    setMessage(
      error === "locked" || error === "throttled" || error === "invalid" ? labels[error] : labels.error,
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {labels.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-describedby="sign-in-message"
          className="mt-1 block w-full rounded border border-gray-400 px-3 py-2 text-base"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby="sign-in-message"
          className="mt-1 block w-full rounded border border-gray-400 px-3 py-2 text-base"
        />
      </div>
      <p
        id="sign-in-message"
        role="alert"
        aria-live="assertive"
        className="min-h-5 text-sm font-medium text-brand-700"
      >
        {message}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
