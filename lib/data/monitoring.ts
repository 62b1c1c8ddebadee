// The coordinator's monitoring board: overdue and due-soon work by lead agency and by field, recent urges, and
// proposals nobody has received within the 10-working-day rule. A few grouped counts, no per-row work.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/permissions";
import { forbidden } from "@/lib/errors";
import { deadlineWindow } from "@/lib/data/calendar";
import { proposalScope } from "@/lib/data/proposal-scope";
import { ESCALATION_WINDOW_DAYS } from "@/lib/data/urges";
import { DEADLINE_RUNNING_STATUSES } from "@/lib/workflow/proposal-status";

/** Late proposals offered for a per-proposal urge, per agency. */
const LATE_PER_AGENCY = 30;

export type AgencyRow = {
  agencyId: number;
  name: string;
  nameEn: string;
  shortName: string;
  overdue: number;
  dueSoon: number;
  urges: number;
  maxLevel: number;
  lastUrgedAt: Date | null;
  late: { id: number; code: string | null; title: string; answerDueOn: Date | null; overdue: boolean }[];
};

export type FieldRow = {
  fieldId: number | null;
  name: string | null;
  nameEn: string | null;
  overdue: number;
  dueSoon: number;
};

function countsBy<K extends string>(
  groups: ({ _count: { _all: number } } & Record<K, number | null>)[],
  key: K,
) {
  return new Map(groups.map((group) => [group[key], group._count._all]));
}

export async function getMonitoringBoard(actor: Actor, now: Date = new Date()) {
  if (!can(actor.role, "agency.urge")) throw forbidden();
  const { today, soonThreshold } = await deadlineWindow(now);
  const scope = proposalScope(actor);
  const running = { status: { in: [...DEADLINE_RUNNING_STATUSES] } };
  const overdueWhere: Prisma.ProposalWhereInput = { AND: [scope, running, { answerDueOn: { lt: today } }] };
  const soonWhere: Prisma.ProposalWhereInput = {
    AND: [scope, running, { answerDueOn: { gte: today, lte: soonThreshold } }],
  };
  const since = new Date(now.getTime() - ESCALATION_WINDOW_DAYS * 86_400_000);
  const count = { _count: { _all: true } } as const;
  const [overdueByAgency, soonByAgency, overdueByField, soonByField, urges, late, receiptOverdue] =
    await Promise.all([
      db().proposal.groupBy({ by: ["leadAgencyId"], where: overdueWhere, ...count }),
      db().proposal.groupBy({ by: ["leadAgencyId"], where: soonWhere, ...count }),
      db().proposal.groupBy({ by: ["fieldId"], where: overdueWhere, ...count }),
      db().proposal.groupBy({ by: ["fieldId"], where: soonWhere, ...count }),
      db().urge.groupBy({
        by: ["agencyId"],
        where: { createdAt: { gte: since } },
        _count: { _all: true },
        _max: { level: true, createdAt: true },
      }),
      db().proposal.findMany({
        where: { AND: [scope, running, { answerDueOn: { lte: soonThreshold } }] },
        select: { id: true, code: true, title: true, answerDueOn: true, leadAgencyId: true },
        orderBy: [{ answerDueOn: "asc" }, { id: "asc" }],
        take: 2000,
      }),
      db().proposal.count({ where: { AND: [scope, { status: "SUBMITTED", receiptDueOn: { lt: today } }] } }),
    ]);
  const overdueA = countsBy(overdueByAgency, "leadAgencyId");
  const soonA = countsBy(soonByAgency, "leadAgencyId");
  const urgesA = new Map(urges.map((u) => [u.agencyId, u]));
  const agencyIds = [...new Set([...overdueA.keys(), ...soonA.keys()])].filter(
    (id): id is number => id !== null,
  );
  const fieldIds = [...new Set([...overdueByField, ...soonByField].map((g) => g.fieldId))];
  const [agencies, fields] = await Promise.all([
    db().agency.findMany({
      where: { id: { in: agencyIds } },
      select: { id: true, name: true, nameEn: true, shortName: true },
    }),
    db().field.findMany({
      where: { id: { in: fieldIds.filter((id): id is number => id !== null) } },
      select: { id: true, name: true, nameEn: true, sortOrder: true },
    }),
  ]);
  const byAgency: AgencyRow[] = agencies
    .map((agency) => {
      const urge = urgesA.get(agency.id);
      return {
        agencyId: agency.id,
        name: agency.name,
        nameEn: agency.nameEn,
        shortName: agency.shortName,
        overdue: overdueA.get(agency.id) ?? 0,
        dueSoon: soonA.get(agency.id) ?? 0,
        urges: urge?._count._all ?? 0,
        maxLevel: urge?._max.level ?? 0,
        lastUrgedAt: urge?._max.createdAt ?? null,
        late: late
          .filter((p) => p.leadAgencyId === agency.id)
          .slice(0, LATE_PER_AGENCY)
          .map((p) => ({
            id: p.id,
            code: p.code,
            title: p.title,
            answerDueOn: p.answerDueOn,
            overdue: p.answerDueOn !== null && p.answerDueOn < today,
          })),
      };
    })
    .sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.name.localeCompare(b.name, "vi"));
  const overdueF = countsBy(overdueByField, "fieldId");
  const soonF = countsBy(soonByField, "fieldId");
  const byField: FieldRow[] = fieldIds
    .map((fieldId) => {
      const field = fields.find((f) => f.id === fieldId);
      return {
        fieldId,
        name: field?.name ?? null,
        nameEn: field?.nameEn ?? null,
        overdue: overdueF.get(fieldId) ?? 0,
        dueSoon: soonF.get(fieldId) ?? 0,
        order: field?.sortOrder ?? 1e9,
      };
    })
    .sort((a, b) => b.overdue - a.overdue || a.order - b.order)
    .map(({ order, ...row }) => (void order, row));
  const totals = {
    overdue: byAgency.reduce((n, row) => n + row.overdue, 0),
    dueSoon: byAgency.reduce((n, row) => n + row.dueSoon, 0),
    urges: urges.reduce((n, u) => n + u._count._all, 0),
    receiptOverdue,
  };
  return { today, soonThreshold, byAgency, byField, totals };
}
