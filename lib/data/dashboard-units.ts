// Locality for dashboards and drill-down lists: old units roll up into today's through the 2025 mapping.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Old unit → today's unit. An old commune split across several new units has several mapping rows; it is
 * counted under one of them, deterministically the one with the lowest id (the dashboard says so in a note).
 */
export const ROLLUP_CTE = Prisma.sql`rollup AS (
  SELECT "oldUnitId" AS old_id, MIN("newUnitId") AS current_id FROM "UnitMapping" GROUP BY "oldUnitId"
)`;

/** The SQL condition "proposal p (joined with its unit u and rollup r) lies in unit U" — see unitFilterWhere. */
export function unitCondition(unitId: number): Prisma.Sql {
  // Written as "p's unit is one of these few units" so that PostgreSQL can use the index on Proposal.unitId.
  return Prisma.sql`p."unitId" IN (
    SELECT uu.id FROM "AdministrativeUnit" uu LEFT JOIN rollup ru ON ru.old_id = uu.id
    WHERE COALESCE(ru.current_id, uu.id) = ${unitId} OR uu."parentId" = ${unitId})`;
}

/**
 * Proposals of a unit, as the proposal list filters them: the unit itself, the old units that roll up into it,
 * and — for a district or the province — the communes directly under it. Same rule as unitCondition.
 */
export async function unitFilterWhere(unitId: number): Promise<Prisma.ProposalWhereInput> {
  const rows = await db().$queryRaw<{ old_id: number }[]>`
    SELECT "oldUnitId" AS old_id FROM "UnitMapping" GROUP BY "oldUnitId" HAVING MIN("newUnitId") = ${unitId}`;
  return {
    OR: [{ unitId: { in: [unitId, ...rows.map((row) => row.old_id)] } }, { unit: { parentId: unitId } }],
  };
}
