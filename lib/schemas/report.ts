// What the report form sends: which report, for what, and the editable parts of the document.
import { z } from "zod";
import { IsoDate } from "@/lib/schemas/dashboard";

export const REPORT_KINDS = ["annual", "thematic", "register"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const SIGN_MODES = ["TM_BTV", "KT_TRUONG_BAN", "TRUONG_BAN"] as const;
export type SignMode = (typeof SIGN_MODES)[number];

const optionalId = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z.coerce.number().int().positive().max(2_147_483_647, "validation.invalid").optional(),
);
const text = (max: number) =>
  z.preprocess((value) => (value === null ? "" : value), z.string().trim().max(max, "validation.tooLong"));

export const ReportRequest = z
  .object({
    kind: z.enum(REPORT_KINDS, "validation.required"),
    /** thematic: "field:3", "agency:5" or "session:2" */
    theme: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z
        .string()
        .regex(/^(field|agency|session):\d{1,10}$/, "validation.invalid")
        .optional(),
    ),
    year: optionalId.pipe(
      z.number().int().min(2000, "validation.invalid").max(2100, "validation.invalid").optional(),
    ),
    session: optionalId,
    /** the number before "-BC/BTGDVTU"; left blank for the clerk to fill in at signing */
    number: text(10).pipe(z.string().regex(/^\d*$/, "reports.errors.number")),
    date: IsoDate.optional().or(z.literal("").transform(() => undefined)),
    introduction: text(6000),
    conclusion: text(6000),
    signMode: z.enum(SIGN_MODES, "validation.required").default("KT_TRUONG_BAN"),
    signerTitle: text(120),
    signerName: text(120),
    recipients: text(2000),
  })
  .superRefine((input, ctx) => {
    const need = (field: keyof typeof input) =>
      ctx.addIssue({ code: "custom", path: [field], message: "validation.required" });
    if (input.kind === "annual" && !input.year) need("year");
    if (input.kind === "thematic" && !input.theme) need("theme");
    if (input.kind === "register" && !input.session && !input.year) need("session");
    if (input.kind !== "register") {
      if (!input.introduction) need("introduction");
      if (!input.conclusion) need("conclusion");
      if (!input.signerName) need("signerName");
    }
  });

export type ReportRequest = z.infer<typeof ReportRequest>;

/** A session's register (Excel) with nothing to edit: what the dashboard's export button asks for. */
export function registerRequest(session: number): ReportRequest {
  return {
    kind: "register",
    session,
    number: "",
    introduction: "",
    conclusion: "",
    signMode: "KT_TRUONG_BAN",
    signerTitle: "",
    signerName: "",
    recipients: "",
  };
}

/** "field:3" → { field: 3 } */
export function parseTheme(theme: string | undefined): { field?: number; agency?: number; session?: number } {
  const match = theme ? /^(field|agency|session):(\d+)$/.exec(theme) : null;
  return match ? { [match[1] as "field" | "agency" | "session"]: Number(match[2]) } : {};
}

/** One recipient per line, with or without a leading dash. */
export function recipientLines(recipients: string): string[] {
  return recipients
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-–•]\s*/, "").trim())
    .filter(Boolean)
    .slice(0, 20);
}
