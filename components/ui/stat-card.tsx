// One figure with its label, optionally linking to the list behind it.
import Link from "next/link";

export function StatCard({
  label,
  value,
  href,
  tone = "default",
}: {
  label: string;
  value: string;
  href?: string;
  tone?: "default" | "alert";
}) {
  const body = (
    <>
      <span className="block text-sm text-muted">{label}</span>
      <span className={`mt-1 block text-2xl font-bold ${tone === "alert" ? "text-red-800" : "text-ink"}`}>
        {value}
      </span>
    </>
  );
  const className = "block rounded-lg border border-gray-200 bg-white p-4 shadow-sm";
  return href ? (
    <Link href={href} className={`${className} hover:border-brand-600`}>
      {body}
    </Link>
  ) : (
    <div className={className}>{body}</div>
  );
}
