"use server";
// Signing out. The session is a signed cookie (next-auth JWT, nothing kept on the server), so removing the
// cookie is all of it; as a server action it works without JavaScript and keeps next-auth's client library
// (and its session polling) out of every page's bundle.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

/** next-auth's session cookie: `__Secure-` on https, split into `.0`, `.1`… when large. */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

export async function signOut(): Promise<void> {
  const store = await cookies();
  for (const { name } of store.getAll()) {
    if (!SESSION_COOKIE.test(name)) continue;
    store.set(name, "", {
      path: "/",
      maxAge: 0,
      httpOnly: true,
      sameSite: "lax",
      secure: name.startsWith("__Secure-"),
    });
  }
  redirect("/sign-in");
}
