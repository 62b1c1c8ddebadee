// The initial password or one-time link, shown to the administrator this once (it lives only in the form state).
import type { ShownCredential } from "./credential";

export function CredentialResult({
  credential,
  labels,
}: {
  credential: ShownCredential;
  labels: Record<string, string>;
}) {
  const isPassword = credential.kind === "password";
  return (
    <section className="rounded border-2 border-brand-700 bg-brand-50 p-4" aria-labelledby="credential-title">
      <h2 id="credential-title" className="font-semibold">
        {isPassword ? labels.passwordTitle : labels.linkTitle}
      </h2>
      <p className="mt-1 text-sm">
        {isPassword ? labels.passwordText : (labels.linkText ?? "").replace("{expires}", credential.expires)}
      </p>
      <p className="mt-3 break-all rounded border border-gray-300 bg-white p-3 font-mono text-base select-all">
        {isPassword ? credential.password : credential.url}
      </p>
    </section>
  );
}
