// Small pieces the administration pages share: input and card styles, a labelled field, a back link.
import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/format";

export const inputClass = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base";
export const cardClass = "rounded-lg border border-gray-200 bg-white p-4";
export const buttonClass = "rounded border border-gray-400 bg-white px-4 py-2 font-semibold hover:bg-gray-50";
export const primaryLinkClass = "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";

/** A label above its control; the control is passed in with the same id. */
export function LabelledField({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {children}
    </div>
  );
}

export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="text-brand-800 underline">
      {label}
    </Link>
  );
}

/** A whole number from a route segment, or null (the page then answers "not found"). */
export function routeId(value: string): number | null {
  const id = Number(value);
  return /^\d+$/.test(value) && Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? id : null;
}

/** "01/03/2025 – nay" or "01/01/2020 – 28/02/2025": the period a unit or agency was in force. */
export function validityText(row: { validFrom: Date; validTo: Date | null }, t: Translate): string {
  return row.validTo
    ? t("admin.common.period", { from: formatDate(row.validFrom), to: formatDate(row.validTo) })
    : t("admin.common.untilNow", { from: formatDate(row.validFrom) });
}
