// The demo data set: plans it in memory (deterministic), numbers codes and letters, then writes it in one transaction.
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { buildProposal, type AgencyInfo, type BuiltProposal } from "./build";
import { documentNumber } from "./answer-texts";
import { plan2023, plan2026, type UnitRef } from "./proposals";
import { createRng } from "./random";
import { session2023, session2026 } from "./sessions";
import { isoDay, vietnamDay } from "./timeline";
import { regionOf } from "./planner";
import { NEW_VALID_FROM, OLD_VALID_FROM } from "./units";
import {
  COORDINATOR_2023_EMAIL,
  COORDINATOR_EMAIL,
  DEMO_ADMIN_EMAIL,
  communeLeader,
  fixedUsers,
  headEmail,
  headTitles,
  staffUsers,
  type UserPlan,
} from "./users";
import { writeDemo } from "./write";

export const DEMO_PASSWORD = "Demo@2026";

export interface DemoSummary {
  skipped: boolean;
  users: number;
  proposals: number;
  byStatus: Record<string, number>;
  events: number;
  lastCodes: Record<string, number>;
  ms: number;
}

export interface DemoPlan {
  sessions: ReturnType<typeof session2023>[];
  users: UserPlan[];
  proposals: BuiltProposal[];
  codes: (string | null)[];
  counters: Map<string, number>;
}

export async function loadUnits(db: PrismaClient): Promise<{ old: UnitRef[]; cur: UnitRef[] }> {
  const oldRows = await db.administrativeUnit.findMany({
    where: { level: "COMMUNE", validFrom: OLD_VALID_FROM },
    include: { parent: true },
    orderBy: { code: "asc" },
  });
  const curRows = await db.administrativeUnit.findMany({
    where: { level: "COMMUNE", validFrom: NEW_VALID_FROM },
    include: { mappedFrom: { include: { oldUnit: { include: { parent: true } } } } },
    orderBy: { code: "asc" },
  });
  const old = oldRows.map((u) => ({
    id: u.id,
    code: u.code,
    name: u.name,
    current: false,
    district: u.parent?.name,
    region: regionOf(u.kind, u.parent?.name),
  }));
  const cur = curRows.map((u) => {
    const regions = u.mappedFrom.map((m) =>
      regionOf(m.oldUnit.kind === "PHUONG" ? "XA" : m.oldUnit.kind, m.oldUnit.parent?.name),
    );
    const region = u.kind === "PHUONG" ? "urban" : regions.includes("mountain") ? "mountain" : "lowland";
    return { id: u.id, code: u.code, name: u.name, current: true, region } as UnitRef;
  });
  if (old.length === 0 || cur.length === 0)
    throw new Error("Seed the reference data (units) before the demo data.");
  return { old, cur };
}

/** Builds the whole demo in memory; no writes. */
export async function planDemo(db: PrismaClient, today: Date): Promise<DemoPlan> {
  const rng = createRng("nghe-an-dialogue-demo");
  const exc = new Map((await db.calendarDay.findMany()).map((d) => [isoDay(d.date), d.kind] as const));
  const agencies = await db.agency.findMany();
  const agencyByCode = new Map(agencies.map((a) => [a.code, a]));
  const units = await loadUnits(db);
  const s23 = session2023();
  const s26 = session2026(today, exc);
  const slots = [
    ...plan2023(rng.fork("plan2023"), s23, units.old),
    ...plan2026(rng.fork("plan2026"), s26, units.cur),
  ];

  const users = new Map<string, UserPlan>(fixedUsers().map((u) => [u.email, u]));
  const leads = [...new Set(slots.map((s) => s.lead).filter((c): c is string => c !== null))];
  for (const code of leads) {
    const a = agencyByCode.get(code);
    if (!a) throw new Error(`Agency ${code} missing; seed the reference data first.`);
    for (const u of staffUsers(rng, { code, name: a.name, type: a.type, current: a.validTo === null }))
      if (!users.has(u.email)) users.set(u.email, u);
  }
  const leaderOf = new Map<number, string>();
  for (const s of slots) {
    if (leaderOf.has(s.unit.id)) continue;
    const leader = communeLeader(rng, { ...s.unit, mountain: s.unit.region === "mountain" });
    users.set(leader.email, leader);
    leaderOf.set(s.unit.id, leader.email);
  }
  const info = new Map<string, AgencyInfo>();
  for (const a of agencies) {
    const head = users.get(headEmail(a.code));
    info.set(a.code, {
      code: a.code,
      name: a.name,
      signerName: head?.name ?? "",
      signerTitle: headTitles(a.code, a.type, a.name).signerTitle,
    });
  }

  const proposals = slots.map((slot, i) =>
    buildProposal(
      slot,
      {
        today,
        exc,
        agencies: info,
        authorEmail: leaderOf.get(slot.unit.id)!,
        coordinatorEmail: slot.session.key === "2023" ? COORDINATOR_2023_EMAIL : COORDINATOR_EMAIL,
      },
      rng.fork(`proposal:${slot.session.key}:${i}`),
    ),
  );

  // Codes in submission order, numbered per year of submission (Vietnam time).
  const counters = new Map<string, number>();
  const codes: (string | null)[] = proposals.map(() => null);
  const order = proposals
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.submittedAt)
    .sort((a, b) => a.p.submittedAt!.getTime() - b.p.submittedAt!.getTime());
  for (const { p, i } of order) {
    const key = `ĐT-${vietnamDay(p.submittedAt!).getUTCFullYear()}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    codes[i] = `${key}-${String(n).padStart(5, "0")}`;
  }

  // Reply letters get numbers per agency and year, in order of signing, with other letters in between.
  const docRng = rng.fork("documents");
  const signed = proposals
    .flatMap((p) => p.answers.filter((a) => a.signed).map((a) => ({ a, p })))
    .sort((x, y) => x.a.approvedAt!.getTime() - y.a.approvedAt!.getTime());
  const next = new Map<string, number>();
  const docNo = new Map<BuiltProposal, string>();
  for (const { a, p } of signed) {
    const key = `${a.agency}:${vietnamDay(a.approvedAt!).getUTCFullYear()}`;
    const party = ["BTCTU", "BTGTU", "BDVTU", "BTGDVTU", "BCSDUBND", "DUUBND"].includes(a.agency);
    const n =
      (next.get(key) ?? (party ? docRng.int(20, 180) : docRng.int(900, 3200))) +
      docRng.int(1, party ? 4 : 25);
    next.set(key, n);
    a.documentNumber = documentNumber(a.agency, n);
    docNo.set(p, a.documentNumber);
  }

  // Fill the tokens that needed codes and numbers.
  const primaryCode = new Map<string, string>();
  proposals.forEach((p, i) => {
    if (p.slot.dup?.primary) primaryCode.set(p.slot.dup.group, codes[i] ?? "");
  });
  proposals.forEach((p, i) => {
    const fill = (s: string | null) =>
      s === null
        ? null
        : s
            .replaceAll("{code}", codes[i] ?? "")
            .replaceAll("{docNo}", docNo.get(p) ?? "")
            .replaceAll("{primaryCode}", primaryCode.get(p.slot.dup?.group ?? "") ?? "");
    for (const e of p.events) e.note = fill(e.note);
    for (const a of p.answers) a.content = fill(a.content) ?? "";
    for (const u of p.urges) u.message = fill(u.message) ?? "";
  });
  return { sessions: [s23, s26], users: [...users.values()], proposals, codes, counters };
}

export async function seedDemoData(db: PrismaClient, opts: { today?: Date } = {}): Promise<DemoSummary> {
  const started = Date.now();
  const empty: DemoSummary = {
    skipped: true,
    users: 0,
    proposals: 0,
    byStatus: {},
    events: 0,
    lastCodes: {},
    ms: 0,
  };
  if (await db.user.findUnique({ where: { email: DEMO_ADMIN_EMAIL }, select: { id: true } }))
    return { ...empty, ms: Date.now() - started };
  const today = vietnamDay(opts.today ?? new Date());
  const plan = await planDemo(db, today);
  const passwordHash = await hash(DEMO_PASSWORD);
  await db.$transaction((tx) => writeDemo(tx, plan, passwordHash), { timeout: 180_000, maxWait: 30_000 });
  const byStatus: Record<string, number> = {};
  for (const p of plan.proposals) byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
  return {
    skipped: false,
    users: plan.users.length,
    proposals: plan.proposals.length,
    byStatus,
    events: plan.proposals.reduce((n, p) => n + p.events.length, 0),
    lastCodes: Object.fromEntries(plan.counters),
    ms: Date.now() - started,
  };
}
