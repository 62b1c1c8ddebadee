// What the proposal form pages need from the server: translated labels, sessions and fields as options.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listActiveFields } from "@/lib/data/reference";
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/config";
import type { ProposalFormLabels } from "./proposal-form";

const LABEL_KEYS = [
  "session",
  "title",
  "titleHint",
  "field",
  "fieldHint",
  "fieldNone",
  "content",
  "contentHint",
  "saving",
  "savedAt",
  "saveFailed",
  "submit",
  "submitting",
] as const;

export function formLabels(t: Translate, overrides: Partial<ProposalFormLabels> = {}): ProposalFormLabels {
  return {
    ...(Object.fromEntries(LABEL_KEYS.map((key) => [key, t(`workflow.${key}`)])) as ProposalFormLabels),
    ...overrides,
  };
}

export async function fieldOptions(actor: Actor, locale: Locale) {
  const fields = await listActiveFields(actor);
  return fields.map((field) => ({ id: field.id, label: locale === "vi" ? field.name : field.nameEn }));
}
