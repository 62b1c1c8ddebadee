// A number in a dashboard table that opens the list of proposals it counts.
import Link from "next/link";

export function FigureLink({
  href,
  label,
  children,
}: {
  href: string | null;
  label?: string;
  children: string;
}) {
  if (!href) return <>{children}</>;
  return (
    <Link href={href} aria-label={label} className="font-medium text-brand-800 underline">
      {children}
    </Link>
  );
}
