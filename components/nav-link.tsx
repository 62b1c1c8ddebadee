"use client";
// A navigation link that marks the current page for sighted and screen-reader users alike.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
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
