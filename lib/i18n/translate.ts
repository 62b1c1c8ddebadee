// Looks up a message by dotted key in a catalogue and fills {placeholders}; works on server and client.
import vi from "@/messages/vi.json";
import en from "@/messages/en.json";
import type { Locale } from "@/lib/i18n/config";

export type Messages = typeof vi;
export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

const CATALOGUES: Record<Locale, Messages> = { vi, en };

function lookup(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function makeTranslate(locale: Locale): Translate {
  const messages = CATALOGUES[locale];
  return (key, params) => interpolate(lookup(messages, key) ?? lookup(CATALOGUES.vi, key) ?? key, params);
}

/** The part of a catalogue under one key, for handing a few strings to a client component. */
export function messagesFor(locale: Locale, namespace: keyof Messages): Record<string, string> {
  return CATALOGUES[locale][namespace] as unknown as Record<string, string>;
}
