// Signs out (a server action that removes the session cookie) and returns to the sign-in page; a plain form,
// so it works before the page's JavaScript has loaded and adds none.
import { signOut } from "@/app/actions/sign-out";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOut}>
      <button type="submit" className="rounded border border-current px-2 py-1 text-sm hover:bg-white/10">
        {label}
      </button>
    </form>
  );
}
