"use client";
// A navigation link that marks the current page for sighted and screen-reader users alike.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({
  href,
  siblings = [],
  children,
}: {
  href: string;
  siblings?: string[];
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const matches = (candidate: string) =>
    candidate === "/" ? pathname === "/" : pathname === candidate || pathname.startsWith(`${candidate}/`);
  // The most specific item wins: on /proposals/new, "New proposal" is current, not "Proposals".
  const current =
    matches(href) &&
    !siblings.some((other) => other.length > href.length && other.startsWith(href) && matches(other));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`block rounded px-3 py-2 text-sm font-medium ${
        current ? "bg-white text-brand-800" : "text-white hover:bg-white/15"
      }`}
    >
      {children}
    </Link>
  );
}
