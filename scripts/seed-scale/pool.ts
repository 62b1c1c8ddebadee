// Texts for generated proposals: every demo text that fits a commune, rendered once per commune (a few tens of
// thousands of rows), from which the SQL generator draws. Communes raise the same issues session after session.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { loadUnits } from "../../prisma/seed/demo";
import { fits, leadOf } from "../../prisma/seed/planner";
import { PROPOSAL_TEXTS } from "../../prisma/seed/proposal-texts";
import { createRng } from "../../prisma/seed/random";
import { renderText } from "../../prisma/seed/render";

export interface PoolRow {
  era: "old" | "new";
  unitId: number;
  fieldCode: string;
  leadCode: string;
  title: string;
  content: string;
  answer: string;
}

export async function buildPool(prisma: PrismaClient): Promise<PoolRow[]> {
  const units = await loadUnits(prisma);
  const rng = createRng("seed-scale");
  const rows: PoolRow[] = [];
  for (const era of ["old", "new"] as const) {
    const year = era === "old" ? 2023 : 2026;
    for (const unit of era === "old" ? units.old : units.cur) {
      for (const text of PROPOSAL_TEXTS) {
        if (!fits(text, unit, era)) continue;
        const rendered = renderText(text, unit, year, rng);
        rows.push({ era, unitId: unit.id, fieldCode: text.field, leadCode: leadOf(text, era), ...rendered });
      }
    }
  }
  return rows;
}
