// How a newly issued credential travels back to the administrator's screen — once, never stored or logged.
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import type { ActionState } from "@/lib/action-state";
import type { IssuedCredential } from "@/lib/data/admin-users";

export type ShownCredential =
  { kind: "password"; password: string } | { kind: "link"; url: string; expires: string };

export type CredentialState = ActionState & { userId?: number; credential?: ShownCredential };

/** The link is absolute so it can be pasted into an e-mail or a message. */
async function origin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${proto}://${host}`;
}

export async function showCredential(credential: IssuedCredential): Promise<ShownCredential> {
  if (credential.kind === "password") return credential;
  return {
    kind: "link",
    url: `${await origin()}/set-password/${credential.token}`,
    expires: formatDateTime(credential.expiresAt),
  };
}
