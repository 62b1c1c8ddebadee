// Names behind the dashboard's ids: sessions, fields, agencies (with their time), today's units and old districts.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export type Option = {
  id: number;
  label: string;
  labelEn: string;
  ended?: Date | null;
  /** the province: in the historical view it stands for today's units, which have no district */
  province?: boolean;
};

export type DashboardOptions = {
  sessions: (Option & { startsOn: Date })[];
  fields: Option[];
  agencies: Option[];
  /** the communes and wards in force today */
  units: Option[];
  /** the districts before 1 July 2025, and the province (parent of today's units) */
  districts: Option[];
};

/** Reference lists are small (tens to hundreds of rows) and read once per request. */
export const loadDashboardOptions = cache(async (): Promise<DashboardOptions> => {
  const [sessions, fields, agencies, units, districts] = await Promise.all([
    db().dialogueSession.findMany({
      select: { id: true, code: true, title: true, startsOn: true },
      orderBy: { startsOn: "desc" },
    }),
    db().field.findMany({
      select: { id: true, name: true, nameEn: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
    db().agency.findMany({
      select: { id: true, name: true, nameEn: true, shortName: true, validTo: true },
      orderBy: [{ validTo: { sort: "desc", nulls: "first" } }, { id: "asc" }],
    }),
    db().administrativeUnit.findMany({
      where: { level: "COMMUNE", validTo: null },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db().administrativeUnit.findMany({
      where: { level: { in: ["DISTRICT", "PROVINCE"] } },
      select: { id: true, name: true, level: true },
      orderBy: [{ level: "asc" }, { name: "asc" }],
    }),
  ]);
  return {
    sessions: sessions.map((s) => ({ id: s.id, label: s.code, labelEn: s.code, startsOn: s.startsOn })),
    fields: fields.map((f) => ({ id: f.id, label: f.name, labelEn: f.nameEn })),
    agencies: agencies.map((a) => ({ id: a.id, label: a.name, labelEn: a.nameEn, ended: a.validTo })),
    units: units.map((u) => ({ id: u.id, label: u.name, labelEn: u.name })),
    districts: districts.map((d) => ({
      id: d.id,
      label: d.name,
      labelEn: d.name,
      province: d.level === "PROVINCE",
    })),
  };
});

/** Session titles for report headings. */
export async function sessionTitles(ids: number[]): Promise<Map<number, { code: string; title: string }>> {
  const rows = await db().dialogueSession.findMany({
    where: { id: { in: ids } },
    select: { id: true, code: true, title: true },
  });
  return new Map(rows.map((row) => [row.id, { code: row.code, title: row.title }]));
}
