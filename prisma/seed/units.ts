// Administrative units of Nghệ An (pre-2025 three levels and the 130 units since 1 July 2025) and the mapping between them.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { UnitKind } from "../../lib/generated/prisma/enums";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
// Nghệ An as it is today was re-established on 12/8/1991, when Nghệ Tĩnh (1976–1991) was split; code 40.
export const PROVINCE_VALID_FROM = utc("1991-08-12");
export const OLD_VALID_FROM = utc("2020-01-01");
export const OLD_VALID_TO = utc("2025-06-30");
export const NEW_VALID_FROM = utc("2025-07-01");
export const MAPPING_DATE = utc("2025-07-01");

interface RawCommune {
  code: string;
  name: string;
  type: string;
}
interface RawPre {
  province: { code: string; name: string };
  districts: (RawCommune & { communes: RawCommune[] })[];
}
interface RawNew {
  communes: RawCommune[];
}
interface RawMapping {
  mappings: {
    oldCode: string | null;
    oldName: string;
    oldDistrict: string;
    newCode: string;
    newName: string;
  }[];
}

/** Where the reference JSON lives: SEED_DATA_DIR, else prisma/data (copied from the project's shared reference data). */
export function dataDir(): string {
  const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const candidates = [process.env.SEED_DATA_DIR, join(repo, "prisma", "data")];
  const found = candidates.find((dir) => dir && existsSync(join(dir, "nghe-an-2025.json")));
  if (!found)
    throw new Error(`Unit reference data not found; looked in ${candidates.filter(Boolean).join(", ")}`);
  return found;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(dataDir(), file), "utf8")) as T;
}

const KINDS: Record<string, UnitKind> = {
  "thanh-pho": "THANH_PHO",
  "thi-xa": "THI_XA",
  huyen: "HUYEN",
  phuong: "PHUONG",
  xa: "XA",
  "thi-tran": "THI_TRAN",
};
function kindOf(type: string): UnitKind {
  const kind = KINDS[type];
  if (!kind) throw new Error(`Unknown unit type "${type}"`);
  return kind;
}

/** Name without its kind word: "Thị trấn Hoa Thành" → "Hoa Thành". */
const bareName = (name: string) =>
  name.normalize("NFC").replace(/^(Xã|Phường|Thị trấn|Thị xã|Thành phố|Huyện)\s+/u, "");
/** "Thị trấn Hoa Thành" → "thị trấn Hoa Thành", for use inside a sentence. */
export const inSentence = (name: string) =>
  name.replace(/^(Xã|Phường|Thị trấn|Thị xã|Thành phố|Huyện)/u, (w) => w.toLowerCase());

/**
 * Old units merged in the 2024–2025 round (Resolution 1243/NQ-UBTVQH15) that the 2025 mapping does not list:
 * old code → the January-2025 unit (by its old-side code in the mapping) that absorbed it. The first seven are
 * also found by name; the Thanh Chương pair is inferred (the only renamed unit there without listed partners).
 */
const TWO_STEP: Record<string, { via: string; note: string }> = {
  "17227": { via: "17254", note: "nhập vào thị trấn Trà Lân (2025)" },
  "17371": { via: "17329", note: "nhập vào thị trấn Kim Nhan (2025)" },
  "17389": { via: "17464", note: "nhập vào thị trấn Diễn Thành (2025)" },
  "17752": { via: "17713", note: "nhập vào thị trấn Dùng (2025; suy luận, cần đối chiếu)" },
  "17761": { via: "17713", note: "nhập vào thị trấn Dùng (2025; suy luận, cần đối chiếu)" },
};

export interface UnitSeedSummary {
  created: number;
  mappingsCreated: number;
  twoStep: string[];
  unmapped: string[];
}

export async function seedUnits(db: Prisma.TransactionClient): Promise<UnitSeedSummary> {
  const pre = readJson<RawPre>("nghe-an-pre2025.json");
  const cur = readJson<RawNew>("nghe-an-2025.json");
  const map = readJson<RawMapping>("nghe-an-mapping-2025.json");
  let created = 0;

  created += (
    await db.administrativeUnit.createMany({
      data: [
        {
          code: pre.province.code,
          name: pre.province.name,
          kind: "TINH",
          level: "PROVINCE",
          validFrom: PROVINCE_VALID_FROM,
        },
      ],
      skipDuplicates: true,
    })
  ).count;
  const province = await db.administrativeUnit.findUniqueOrThrow({
    where: { code_validFrom: { code: pre.province.code, validFrom: PROVINCE_VALID_FROM } },
  });
  const old = { validFrom: OLD_VALID_FROM, validTo: OLD_VALID_TO };
  created += (
    await db.administrativeUnit.createMany({
      data: pre.districts.map((d) => ({
        code: d.code,
        name: d.name,
        kind: kindOf(d.type),
        level: "DISTRICT" as const,
        parentId: province.id,
        ...old,
      })),
      skipDuplicates: true,
    })
  ).count;
  const districts = await db.administrativeUnit.findMany({
    where: { level: "DISTRICT", validFrom: OLD_VALID_FROM },
  });
  const districtId = new Map(districts.map((d) => [d.code, d.id]));
  created += (
    await db.administrativeUnit.createMany({
      data: pre.districts.flatMap((d) =>
        d.communes.map((c) => ({
          code: c.code,
          name: c.name,
          kind: kindOf(c.type),
          level: "COMMUNE" as const,
          parentId: districtId.get(d.code) ?? null,
          ...old,
        })),
      ),
      skipDuplicates: true,
    })
  ).count;
  created += (
    await db.administrativeUnit.createMany({
      data: cur.communes.map((c) => ({
        code: c.code,
        name: c.name,
        kind: kindOf(c.type),
        level: "COMMUNE" as const,
        parentId: province.id,
        validFrom: NEW_VALID_FROM,
      })),
      skipDuplicates: true,
    })
  ).count;

  const oldUnits = await db.administrativeUnit.findMany({
    where: { level: "COMMUNE", validFrom: OLD_VALID_FROM },
    include: { parent: true },
  });
  const newUnits = await db.administrativeUnit.findMany({
    where: { level: "COMMUNE", validFrom: NEW_VALID_FROM },
  });
  const oldByCode = new Map(oldUnits.map((u) => [u.code, u]));
  const newByCode = new Map(newUnits.map((u) => [u.code, u]));

  // Resolve every mapping row to (old unit, new unit); a pair named twice (by code and by name) is kept once.
  const pairs = new Map<string, { oldUnitId: number; newUnitId: number; note: string | null }>();
  const targetsOfOldCode = new Map<string, number[]>(); // old code as named on the mapping's old side
  const unresolved: string[] = [];
  const add = (oldUnitId: number, newUnitId: number, note: string | null) => {
    const key = `${oldUnitId}:${newUnitId}`;
    if (!pairs.has(key)) pairs.set(key, { oldUnitId, newUnitId, note });
  };
  for (const row of map.mappings) {
    const target = newByCode.get(row.newCode);
    if (!target) {
      unresolved.push(`${row.oldName} → ${row.newName} (mã mới ${row.newCode} không có)`);
      continue;
    }
    const unit = row.oldCode
      ? oldByCode.get(row.oldCode)
      : oldUnits.find(
          (u) =>
            u.name.normalize("NFC") === row.oldName.normalize("NFC") &&
            u.parent?.name.normalize("NFC") === row.oldDistrict.normalize("NFC"),
        );
    if (!unit) {
      unresolved.push(`${row.oldName} (${row.oldDistrict}) → ${row.newName}`);
      continue;
    }
    const renamed = unit.name.normalize("NFC") !== row.oldName.normalize("NFC");
    add(unit.id, target.id, renamed ? `Đến 6/2025 là ${row.oldName}` : null);
    if (row.oldCode)
      targetsOfOldCode.set(row.oldCode, [...(targetsOfOldCode.get(row.oldCode) ?? []), target.id]);
  }

  // Old units with no row: follow the January-2025 unit that absorbed them (by name in the same district, else TWO_STEP).
  const mappedOld = new Set([...pairs.values()].map((p) => p.oldUnitId));
  const twoStep: string[] = [];
  const unmapped: string[] = [];
  for (const unit of oldUnits) {
    if (mappedOld.has(unit.id)) continue;
    const sameDistrict = map.mappings.filter(
      (r) => r.oldCode && r.oldDistrict.normalize("NFC") === unit.parent?.name.normalize("NFC"),
    );
    const byName =
      sameDistrict.find((r) => r.oldName.normalize("NFC") === unit.name.normalize("NFC")) ??
      sameDistrict.find((r) => bareName(r.oldName) === bareName(unit.name));
    const via = byName
      ? { via: byName.oldCode ?? "", note: `nhập vào ${inSentence(byName.oldName)} (2025)` }
      : TWO_STEP[unit.code];
    const targets = via ? (targetsOfOldCode.get(via.via) ?? []) : [];
    if (!via || targets.length === 0) {
      unmapped.push(`${unit.name} (${unit.parent?.name ?? "?"}, mã ${unit.code})`);
      continue;
    }
    for (const newUnitId of targets) add(unit.id, newUnitId, `Hai bước: ${via.note}, rồi sắp xếp 1/7/2025`);
    twoStep.push(`${unit.name} (${unit.parent?.name ?? "?"}) → ${via.note}`);
  }
  const mappingsCreated = (
    await db.unitMapping.createMany({
      data: [...pairs.values()].map((p) => ({ ...p, effectiveDate: MAPPING_DATE })),
      skipDuplicates: true,
    })
  ).count;
  return { created, mappingsCreated, twoStep, unmapped: [...unresolved, ...unmapped] };
}
