// The one reader of process.env: validated with zod, read lazily so `next build` needs no database.
import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(8),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** smtp(s)://user:pass@host:port — without it, e-mails are written as .eml files to MAIL_DIR */
  SMTP_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
      .optional(),
  ),
  MAIL_FROM: z.string().min(3).default("Cổng đối thoại <no-reply@doithoai.local>"),
  MAIL_DIR: z.string().min(1).default(".data/mail"),
  /** how many X-Forwarded-For entries, from the right, our own proxies wrote (lib/auth/client-address.ts) */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(
      `Invalid environment:\n  ${problems.join("\n  ")}\n` +
        "Start the portal with `npm start` (embedded database) or set DATABASE_URL to a PostgreSQL server.",
    );
  }
  cached = parsed.data;
  return cached;
}
