// Seeds reference data (units, agencies, fields, holidays); with --demo or SEED_DEMO=1 also the demo users and proposals.
// Usage: DATABASE_URL=postgresql://… tsx prisma/seed.ts [--demo]. ADMIN_EMAIL + ADMIN_PASSWORD create the first administrator.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedAgencies } from "./seed/agencies";
import { seedCalendar } from "./seed/calendar";
import { seedDemoData, type DemoSummary } from "./seed/demo";
import { seedFields } from "./seed/fields";
import { seedAnswerTemplates } from "./seed/answer-templates";
import { seedUnits } from "./seed/units";

export interface ReferenceSummary {
  unitsCreated: number;
  mappingsCreated: number;
  agenciesCreated: number;
  fieldsCreated: number;
  calendarDaysCreated: number;
  /** Pre-2025 units mapped through the 2024–2025 mergers (two steps), and any left without a mapping. */
  twoStepMappings: string[];
  unmapped: string[];
  ms: number;
}

/** Idempotent: inserts what is missing, never changes or deletes what is there. */
export async function seedReference(prisma: PrismaClient): Promise<ReferenceSummary> {
  const started = Date.now();
  return prisma.$transaction(
    async (tx) => {
      const units = await seedUnits(tx);
      const agencies = await seedAgencies(tx);
      const fieldsCreated = await seedFields(tx, agencies.ids);
      await seedAnswerTemplates(tx);
      const calendarDaysCreated = await seedCalendar(tx);
      return {
        unitsCreated: units.created,
        mappingsCreated: units.mappingsCreated,
        agenciesCreated: agencies.created,
        fieldsCreated,
        calendarDaysCreated,
        twoStepMappings: units.twoStep,
        unmapped: units.unmapped,
        ms: Date.now() - started,
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Seeds the demo users and proposals unless they are there already (detected by the demo administrator). */
export async function seedDemo(prisma: PrismaClient, opts: { today?: Date } = {}): Promise<DemoSummary> {
  return seedDemoData(prisma, opts);
}

/** Creates the first administrator if no user has this e-mail; an existing account is left as it is. */
export async function ensureAdmin(
  prisma: PrismaClient,
  email: string,
  password: string,
): Promise<"created" | "exists"> {
  const normalized = email.trim().toLowerCase();
  if (await prisma.user.findUnique({ where: { email: normalized }, select: { id: true } })) return "exists";
  if (password.length < 8) throw new Error("ADMIN_PASSWORD must be at least 8 characters long.");
  await prisma.user.create({
    data: {
      email: normalized,
      name: "Quản trị hệ thống",
      role: "ADMIN",
      position: "Quản trị viên cổng thông tin",
      passwordHash: await hash(password),
    },
  });
  return "created";
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL is not set, e.g. DATABASE_URL=postgresql://user:password@127.0.0.1:5432/portal tsx prisma/seed.ts [--demo]",
    );
    process.exit(1);
  }
  const demo = process.argv.includes("--demo") || process.env.SEED_DEMO === "1";
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const ref = await seedReference(prisma);
    console.log(
      `Reference data: ${ref.unitsCreated} units, ${ref.mappingsCreated} unit mappings, ${ref.agenciesCreated} agencies, ` +
        `${ref.fieldsCreated} fields, ${ref.calendarDaysCreated} calendar days added (${ref.ms} ms).`,
    );
    if (ref.unmapped.length > 0)
      console.warn(`Pre-2025 units without a mapping to the 2025 units: ${ref.unmapped.join("; ")}`);
    if (demo) {
      const d = await seedDemo(prisma);
      if (d.skipped) console.log("Demo data: already present, left as it is.");
      else {
        const states = Object.entries(d.byStatus)
          .map(([s, n]) => `${s} ${n}`)
          .join(", ");
        console.log(
          `Demo data: ${d.users} users, ${d.proposals} proposals (${states}), ${d.events} status events (${d.ms} ms).`,
        );
        console.log(
          `Demo sign-in: admin@demo.vn, dieuphoi@demo.vn, thanhvinh@demo.vn, … with the password Demo@2026.`,
        );
      }
    } else if (process.env.ADMIN_EMAIL && process.env.ADMIN_PASSWORD) {
      const email = process.env.ADMIN_EMAIL.trim().toLowerCase();
      const result = await ensureAdmin(prisma, email, process.env.ADMIN_PASSWORD);
      console.log(
        result === "created"
          ? `Administrator ${email} created.`
          : `Administrator ${email} already exists; left as it is.`,
      );
    }
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
