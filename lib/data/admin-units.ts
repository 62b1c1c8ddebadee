// Administrative units for administrators (read-only reference data from the official reorganisation): the tree
// as it stood on a date, one unit with where it came from and what it became, and the 1 July 2025 mapping.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import type { UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { requireAdmin } from "@/lib/data/admin-users";
import { validOn } from "@/lib/data/validity";
import { todayInVietnam } from "@/lib/calendar/today";

/** Lower case without diacritics ("Đô Lương" → "do luong"), so a search need not type the accents. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

export type UnitNode = {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  children: UnitNode[];
};

function matches(unit: { code: string; name: string }, query: string): boolean {
  return unit.code === query.trim() || foldText(unit.name).includes(foldText(query.trim()));
}

/**
 * The provinces with their units in force on `on` (districts and their communes before 1 July 2025, communes
 * and wards after). With a search, a commune is kept when it matches and a district when it or one of its
 * communes matches (a matching district keeps all its communes).
 */
export async function getUnitTree(actor: Actor, filters: { on?: Date; q?: string }, now = new Date()) {
  requireAdmin(actor);
  const on = filters.on ?? todayInVietnam(now);
  const units = await db().administrativeUnit.findMany({
    where: validOn(on),
    select: { id: true, code: true, name: true, kind: true, level: true, parentId: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const nodes = new Map(units.map((unit) => [unit.id, { ...unit, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId === null ? undefined : nodes.get(unit.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const strip = ({ id, code, name, kind, level, children }: UnitNode): UnitNode => ({
    id,
    code,
    name,
    kind,
    level,
    children: children.map(strip),
  });
  const prune = (node: UnitNode): UnitNode | null => {
    if (!filters.q) return node;
    if (node.level !== "PROVINCE" && matches(node, filters.q)) return node;
    const children = node.children.map(prune).filter((child): child is UnitNode => child !== null);
    return children.length > 0 || node.level === "PROVINCE" ? { ...node, children } : null;
  };
  const tree = roots
    .map(strip)
    .map(prune)
    .filter((node): node is UnitNode => node !== null);
  const count = (level: UnitLevel) => units.filter((unit) => unit.level === level).length;
  return { on, tree, districts: count("DISTRICT"), communes: count("COMMUNE") };
}

const unitRef = { id: true, code: true, name: true, validFrom: true, validTo: true } as const;

/** One unit: its place in the tree, and the 2025 mapping from both sides (what it became, what it was made of). */
export async function getUnitForAdmin(actor: Actor, unitId: number) {
  requireAdmin(actor);
  const unit = await db().administrativeUnit.findUnique({
    where: { id: unitId },
    select: {
      ...unitRef,
      kind: true,
      level: true,
      parent: { select: unitRef },
      children: { select: unitRef, orderBy: { name: "asc" } },
      mappedTo: {
        select: {
          effectiveDate: true,
          note: true,
          newUnit: { select: { ...unitRef, _count: { select: { mappedFrom: true } } } },
        },
        orderBy: { newUnit: { name: "asc" } },
      },
      mappedFrom: {
        select: {
          effectiveDate: true,
          note: true,
          oldUnit: {
            select: {
              ...unitRef,
              parent: { select: { name: true } },
              _count: { select: { mappedTo: true } },
            },
          },
        },
        orderBy: { oldUnit: { name: "asc" } },
      },
    },
  });
  if (!unit) throw notFound();
  return unit;
}

export type MappingView = "new" | "old";

/**
 * The 2025 mapping grouped from either side: each new unit with the old units it was made of, or each old unit
 * with the new unit(s) it went into (several when it was split). A search matches either side's name or code.
 */
export async function listUnitMapping(actor: Actor, filters: { view: MappingView; q?: string }) {
  requireAdmin(actor);
  const rows = await db().unitMapping.findMany({
    select: {
      note: true,
      effectiveDate: true,
      oldUnit: { select: { id: true, code: true, name: true, parent: { select: { name: true } } } },
      newUnit: { select: { id: true, code: true, name: true } },
    },
  });
  const visible = filters.q
    ? rows.filter((row) => matches(row.oldUnit, filters.q!) || matches(row.newUnit, filters.q!))
    : rows;
  const targets = new Map<number, number>();
  for (const row of rows) targets.set(row.oldUnit.id, (targets.get(row.oldUnit.id) ?? 0) + 1);
  type Group = {
    unit: { id: number; code: string; name: string; district: string | null };
    links: {
      id: number;
      code: string;
      name: string;
      district: string | null;
      note: string | null;
      split: boolean;
    }[];
  };
  const groups = new Map<number, Group>();
  for (const row of visible) {
    const old = { ...row.oldUnit, district: row.oldUnit.parent?.name ?? null };
    const fresh = { ...row.newUnit, district: null };
    const [key, other] = filters.view === "new" ? [fresh, old] : [old, fresh];
    const group = groups.get(key.id) ?? { unit: pick(key), links: [] };
    group.links.push({ ...pick(other), note: row.note, split: (targets.get(row.oldUnit.id) ?? 0) > 1 });
    groups.set(key.id, group);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "vi");
  const list = [...groups.values()].sort((a, b) => byName(a.unit, b.unit));
  for (const group of list) group.links.sort(byName);
  return { groups: list, rows: visible.length, effectiveDate: rows[0]?.effectiveDate ?? null };
}

function pick(unit: { id: number; code: string; name: string; district: string | null }) {
  return { id: unit.id, code: unit.code, name: unit.name, district: unit.district };
}
