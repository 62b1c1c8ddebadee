// Small pieces the administration pages share: input and card styles, a labelled field, a back link, the
// deactivate/reactivate card.
import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { ActionState } from "@/lib/action-state";
import { formatDate } from "@/lib/format";
import { ActionForm } from "@/components/action-form";

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

/** The card that deactivates a record (or brings it back), with the link to its audit history. */
export function ActiveToggle({
  title,
  text,
  active,
  action,
  hidden,
  historyHref,
  className = "",
  t,
}: {
  title: string;
  text: string;
  active: boolean;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number>;
  historyHref: string;
  className?: string;
  t: Translate;
}) {
  return (
    <section className={`${cardClass} ${className}`.trim()} aria-labelledby="active-title">
      <h2 id="active-title" className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mb-2 text-sm text-muted">{text}</p>
      <ActionForm
        action={action}
        hidden={{ ...hidden, active: String(!active) }}
        submitLabel={t(active ? "admin.common.deactivate" : "admin.common.reactivate")}
        pendingLabel={t(active ? "admin.common.deactivating" : "admin.common.reactivating")}
        tone={active ? "danger" : "primary"}
      />
      <p className="mt-4 text-sm">
        <Link href={historyHref} className="text-brand-800 underline">
          {t("admin.common.history")}
        </Link>
      </p>
    </section>
  );
}
