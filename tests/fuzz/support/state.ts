// What the mocked Next.js pieces read and record during a fuzz run: the caller, and catalogue keys that were
// asked for but are missing in Vietnamese or English.
import type { Actor } from "@/lib/auth/actor";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { makeTranslate } from "@/lib/i18n/translate";

export const fuzzState: { actor: Actor | null; missingKeys: Set<string> } = {
  actor: null,
  missingKeys: new Set(),
};

/** What redirect() and notFound() throw under test: a normal end of an action, not a crash. */
export class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
    this.name = "Redirected";
  }
}

function lookup(messages: unknown, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Whether a message key has a text in both catalogues. */
export function inBothCatalogues(key: string): boolean {
  return typeof lookup(CATALOGUES.vi, key) === "string" && typeof lookup(CATALOGUES.en, key) === "string";
}

const vi = makeTranslate("vi");

/** The Vietnamese translator, noting every key that either catalogue lacks. */
export function checkingTranslate(key: string, params?: Record<string, string | number>): string {
  if (!inBothCatalogues(key)) fuzzState.missingKeys.add(key);
  return vi(key, params);
}
