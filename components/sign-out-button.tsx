"use client";
// Signs out through next-auth and returns to the sign-in page.
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/sign-in" })}
      className="rounded border border-current px-2 py-1 text-sm hover:bg-white/10"
    >
      {label}
    </button>
  );
}
