// Fuzzing a server action as the browser would call it: a FormData whose every field is either a plausible value,
// a hostile one (any Unicode, huge, a number out of range, a file, repeated thousands of times) or missing. The
// action must end normally — a result or a redirect, never an exception (that would be a 500) — speak only with
// keys both catalogues have, and a refusal must leave every table as it was.
import fc from "fast-check";
import { expect } from "vitest";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { formObject } from "@/lib/perform-action";
import { rowCounts } from "../../security/fixtures";
import { fuzzState, Redirected } from "./state";

/** Runs per target: 1,000 by default; FUZZ_RUNS=100 for a quick local pass. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

export const MISSING = Symbol("missing");
export type FormValue = string | File | string[] | typeof MISSING;
export type FormRecord = Record<string, FormValue>;

const HOSTILE_TEXT = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202Eevil",
  "\uD800",
  "0",
  "-1",
  "1.5",
  "2147483647",
  "2147483648",
  "9007199254740993",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "0x10",
  " 12 ",
  "１２",
  "null",
  "undefined",
  "true",
  "[object Object]",
  "2026-02-30",
  "0000-00-00",
  "9999-12-31",
  "2026-11-25T25:61",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "%00",
  "//evil.example",
  "/\\evil.example",
  "on",
  "true,false",
  "1:1",
  "x".repeat(70_000),
  "Đ".repeat(5_000),
  "9".repeat(400),
];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
);

const FILE = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "x.png", { type: "image/png" });
const MANY = Array.from({ length: 20_000 }, (_, i) => String(i + 1));

export const hostileValue: fc.Arbitrary<FormValue> = fc.oneof(
  { weight: 10, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.constant(FILE) },
  { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constant(MANY) },
);

/**
 * Forms of these fields: mostly a valid form with one or two fields replaced by a hostile value or dropped (so
 * the hostile value travels as deep as it can), sometimes every field hostile, and now and then an extra field.
 */
export function form(fields: Record<string, fc.Arbitrary<FormValue>>): fc.Arbitrary<FormRecord> {
  const names = Object.keys(fields);
  const valid = fc.record(fields) as fc.Arbitrary<FormRecord>;
  const mutation = fc.tuple(
    fc.constantFrom(...names),
    fc.oneof(
      { weight: 4, arbitrary: hostileValue },
      { weight: 1, arbitrary: fc.constant<FormValue>(MISSING) },
    ),
  );
  const mutated = fc
    .tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 2 }))
    .map(([record, changes]) => ({ ...record, ...Object.fromEntries(changes) }));
  const allHostile = fc.record(
    Object.fromEntries(names.map((name) => [name, fc.oneof(fields[name]!, hostileValue)])),
  ) as fc.Arbitrary<FormRecord>;
  const extra = fc.option(fc.tuple(fc.string({ maxLength: 20 }), hostileValue), { freq: 8 });
  return fc
    .tuple(
      fc.oneof(
        { weight: 6, arbitrary: mutated },
        { weight: 2, arbitrary: valid },
        { weight: 2, arbitrary: allHostile },
      ),
      extra,
    )
    .map(([record, more]) => (more ? { ...record, [more[0]]: more[1] } : record));
}

export function toFormData(record: FormRecord): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(record)) {
    if (value === MISSING) continue;
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

export const ids = (...values: number[]) => fc.constantFrom(...values.map(String));

export type ActionTarget = {
  actor: Actor | null;
  form: fc.Arbitrary<FormRecord>;
  action: (formData: FormData) => Promise<unknown>;
  /** the action's schema: inputs it refuses never reach the database, so their row counts need no check */
  schema?: z.ZodType;
  arrays?: readonly string[];
  /** refusals after a deliberate first write (save, then submit) */
  writesBeforeRefusal?: (formData: FormData) => boolean;
  /** fills in values only known at run time (the current version of the record the form names) */
  resolve?: (record: FormRecord) => Promise<FormRecord>;
  /** puts the targeted records back in their starting state after each run, so every run can go deep */
  reset?: () => Promise<void>;
};

function isRefusal(
  outcome: unknown,
): outcome is { message?: string; fieldErrors?: Record<string, string[]> } {
  if (outcome === null || typeof outcome !== "object") return false;
  const state = outcome as { ok?: boolean; message?: string; fieldErrors?: unknown };
  return !state.ok && (state.message !== undefined || state.fieldErrors !== undefined);
}

export async function fuzzAction(target: ActionTarget): Promise<void> {
  await fc.assert(
    fc.asyncProperty(target.form, async (record) => {
      fuzzState.actor = target.actor;
      fuzzState.missingKeys.clear();
      const formData = toFormData(target.resolve ? await target.resolve(record) : record);
      const reaches = !target.schema || target.schema.safeParse(formObject(formData, target.arrays)).success;
      const before = reaches ? await rowCounts(db()) : null;
      let outcome: unknown;
      try {
        outcome = await target.action(formData);
      } catch (error) {
        if (!(error instanceof Redirected)) throw error;
        outcome = "redirected";
      }
      expect([...fuzzState.missingKeys]).toEqual([]);
      if (!isRefusal(outcome)) {
        // Something was done: put the records back so the next run can do it again.
        await target.reset?.();
        return;
      }
      expect(outcome.message ?? Object.values(outcome.fieldErrors ?? {}).flat()[0]).toMatch(/\S/);
      if (before && !target.writesBeforeRefusal?.(formData)) expect(await rowCounts(db())).toEqual(before);
      if (target.writesBeforeRefusal?.(formData)) await target.reset?.();
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
}

/** useActionState's first state, which every action receives as `prev`. */
export const INITIAL = {};
