import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { interpolate, makeTranslate } from "@/lib/i18n/translate";

function keys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

const { vi, en } = CATALOGUES;

describe("message catalogues", () => {
  it("have the same keys in Vietnamese and English", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it("have no empty message", () => {
    for (const catalogue of [vi, en])
      for (const key of keys(catalogue)) expect(makeTranslate("vi")(key)).not.toBe("");
  });

  it("translates in the chosen language, Vietnamese by default", () => {
    expect(makeTranslate("vi")("auth.submit")).toBe("Đăng nhập");
    expect(makeTranslate("en")("auth.submit")).toBe("Sign in");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(interpolate("Hạn {date}", { date: "03/08/2023" })).toBe("Hạn 03/08/2023");
    expect(interpolate("{a} {b}", { a: 1 })).toBe("1 {b}");
  });

  it("shows the key itself for a missing message rather than nothing", () => {
    expect(makeTranslate("en")("no.such.key")).toBe("no.such.key");
  });
});
