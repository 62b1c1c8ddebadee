// Looks up a message by dotted key in a catalogue and fills {placeholders}; works on server and client.
import type { Locale } from "@/lib/i18n/config";
import { CATALOGUES } from "@/lib/i18n/catalogues";

export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

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

/** The strings under one key of a catalogue (one level), for handing a few texts to a client component. */
export function messagesFor(locale: Locale, namespace: string): Record<string, string> {
  const node = lookupNode(CATALOGUES[locale], namespace);
  return Object.fromEntries(
    Object.entries(node ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

function lookupNode(messages: unknown, key: string): Record<string, unknown> | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node !== null && typeof node === "object" ? (node as Record<string, unknown>) : undefined;
}
