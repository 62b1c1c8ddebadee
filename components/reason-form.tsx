// A folded workflow form with one text field (a reason, a note, a question): open it, write, confirm.
import type { ActionState } from "@/lib/action-state";
import { ActionForm } from "@/components/action-form";

const textArea = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base";

export function ReasonForm({
  summary,
  action,
  hidden,
  pendingLabel,
  tone = "secondary",
  idPrefix,
  name,
  label,
  required = false,
  rows = 3,
  children,
}: {
  summary: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number>;
  pendingLabel: string;
  tone?: "primary" | "secondary" | "danger";
  idPrefix: string;
  name: string;
  label: string;
  required?: boolean;
  rows?: number;
  /** more fields after the text (a hint, a confirmation box) */
  children?: React.ReactNode;
}) {
  return (
    <details className="rounded border border-gray-200 p-3">
      <summary className="cursor-pointer font-semibold">{summary}</summary>
      <ActionForm
        action={action}
        hidden={hidden}
        submitLabel={summary}
        pendingLabel={pendingLabel}
        tone={tone}
        idPrefix={idPrefix}
        className="mt-3"
      >
        <label htmlFor={`${idPrefix}${name}`} className="text-sm font-medium">
          {label}
        </label>
        <textarea
          id={`${idPrefix}${name}`}
          name={name}
          rows={rows}
          required={required}
          maxLength={2000}
          className={textArea}
        />
        {children}
      </ActionForm>
    </details>
  );
}
