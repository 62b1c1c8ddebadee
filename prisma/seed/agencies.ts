// Provincial bodies of Nghệ An as they stood in 2023 and after the 2025 mergers (Agency reference data).
import type { Prisma } from "../../lib/generated/prisma/client";
import type { AgencyType } from "../../lib/generated/prisma/enums";

export interface AgencyDef {
  code: string;
  name: string;
  nameEn: string;
  shortName: string;
  type: AgencyType;
  parent?: string;
  from?: string; // default 2020-01-01
  to?: string; // last day in force
  successor?: string;
}

const ENDED = "2025-02-28";
const MERGED_FROM = "2025-03-01";

// prettier-ignore
export const AGENCIES: readonly AgencyDef[] = [
  { code: "BTVTU", name: "Ban Thường vụ Tỉnh ủy", nameEn: "Standing Committee of the Provincial Party Committee", shortName: "BTV Tỉnh ủy", type: "STANDING_COMMITTEE" },
  { code: "BTCTU", name: "Ban Tổ chức Tỉnh ủy", nameEn: "Organization Commission of the Provincial Party Committee", shortName: "Ban Tổ chức TU", type: "PARTY_COMMISSION" },
  { code: "BTGTU", name: "Ban Tuyên giáo Tỉnh ủy", nameEn: "Propaganda Commission of the Provincial Party Committee", shortName: "Ban Tuyên giáo TU", type: "PARTY_COMMISSION", to: ENDED, successor: "BTGDVTU" },
  { code: "BDVTU", name: "Ban Dân vận Tỉnh ủy", nameEn: "Mass Mobilization Commission of the Provincial Party Committee", shortName: "Ban Dân vận TU", type: "PARTY_COMMISSION", to: ENDED, successor: "BTGDVTU" },
  { code: "BTGDVTU", name: "Ban Tuyên giáo và Dân vận Tỉnh ủy", nameEn: "Propaganda and Mass Mobilization Commission of the Provincial Party Committee", shortName: "Ban TG&DV TU", type: "PARTY_COMMISSION", from: MERGED_FROM },
  { code: "BCSDUBND", name: "Ban cán sự đảng UBND tỉnh", nameEn: "Party Affairs Committee of the Provincial People's Committee", shortName: "BCSĐ UBND tỉnh", type: "PARTY_AFFAIRS_COMMITTEE", to: ENDED, successor: "DUUBND" },
  { code: "DUUBND", name: "Đảng ủy UBND tỉnh", nameEn: "Party Committee of the Provincial People's Committee", shortName: "Đảng ủy UBND tỉnh", type: "PARTY_AFFAIRS_COMMITTEE", from: MERGED_FROM },
  { code: "UBND", name: "Ủy ban nhân dân tỉnh", nameEn: "Provincial People's Committee", shortName: "UBND tỉnh", type: "PEOPLES_COMMITTEE" },
  // Departments under the People's Committee, 2023 and after the 2025 mergers.
  { code: "STNMT", name: "Sở Tài nguyên và Môi trường", nameEn: "Department of Natural Resources and Environment", shortName: "Sở TN&MT", type: "DEPARTMENT", parent: "UBND", to: ENDED, successor: "SNNMT" },
  { code: "SNNPTNT", name: "Sở Nông nghiệp và Phát triển nông thôn", nameEn: "Department of Agriculture and Rural Development", shortName: "Sở NN&PTNT", type: "DEPARTMENT", parent: "UBND", to: ENDED, successor: "SNNMT" },
  { code: "SNNMT", name: "Sở Nông nghiệp và Môi trường", nameEn: "Department of Agriculture and Environment", shortName: "Sở NN&MT", type: "DEPARTMENT", parent: "UBND", from: MERGED_FROM },
  { code: "SGTVT", name: "Sở Giao thông vận tải", nameEn: "Department of Transport", shortName: "Sở GTVT", type: "DEPARTMENT", parent: "UBND", to: ENDED, successor: "SXD" },
  { code: "SXD", name: "Sở Xây dựng", nameEn: "Department of Construction", shortName: "Sở Xây dựng", type: "DEPARTMENT", parent: "UBND" },
  { code: "SKHDT", name: "Sở Kế hoạch và Đầu tư", nameEn: "Department of Planning and Investment", shortName: "Sở KH&ĐT", type: "DEPARTMENT", parent: "UBND", to: ENDED, successor: "STC" },
  { code: "STC", name: "Sở Tài chính", nameEn: "Department of Finance", shortName: "Sở Tài chính", type: "DEPARTMENT", parent: "UBND" },
  { code: "STTTT", name: "Sở Thông tin và Truyền thông", nameEn: "Department of Information and Communications", shortName: "Sở TT&TT", type: "DEPARTMENT", parent: "UBND", to: ENDED, successor: "SKHCN" },
  { code: "SKHCN", name: "Sở Khoa học và Công nghệ", nameEn: "Department of Science and Technology", shortName: "Sở KH&CN", type: "DEPARTMENT", parent: "UBND" },
  { code: "SLDTBXH", name: "Sở Lao động - Thương binh và Xã hội", nameEn: "Department of Labour, Invalids and Social Affairs", shortName: "Sở LĐ-TB&XH", type: "DEPARTMENT", parent: "UBND", to: ENDED, successor: "SNV" },
  { code: "SNV", name: "Sở Nội vụ", nameEn: "Department of Home Affairs", shortName: "Sở Nội vụ", type: "DEPARTMENT", parent: "UBND" },
  { code: "SGDDT", name: "Sở Giáo dục và Đào tạo", nameEn: "Department of Education and Training", shortName: "Sở GD&ĐT", type: "DEPARTMENT", parent: "UBND" },
  { code: "SYT", name: "Sở Y tế", nameEn: "Department of Health", shortName: "Sở Y tế", type: "DEPARTMENT", parent: "UBND" },
  { code: "SVHTT", name: "Sở Văn hóa và Thể thao", nameEn: "Department of Culture and Sports", shortName: "Sở VH&TT", type: "DEPARTMENT", parent: "UBND", to: ENDED, successor: "SVHTTDL" },
  { code: "SDL", name: "Sở Du lịch", nameEn: "Department of Tourism", shortName: "Sở Du lịch", type: "DEPARTMENT", parent: "UBND", to: ENDED, successor: "SVHTTDL" },
  { code: "SVHTTDL", name: "Sở Văn hóa, Thể thao và Du lịch", nameEn: "Department of Culture, Sports and Tourism", shortName: "Sở VHTT&DL", type: "DEPARTMENT", parent: "UBND", from: MERGED_FROM },
  { code: "SCT", name: "Sở Công Thương", nameEn: "Department of Industry and Trade", shortName: "Sở Công Thương", type: "DEPARTMENT", parent: "UBND" },
  { code: "STP", name: "Sở Tư pháp", nameEn: "Department of Justice", shortName: "Sở Tư pháp", type: "DEPARTMENT", parent: "UBND" },
  { code: "SNGV", name: "Sở Ngoại vụ", nameEn: "Department of Foreign Affairs", shortName: "Sở Ngoại vụ", type: "DEPARTMENT", parent: "UBND" },
  { code: "BDT", name: "Ban Dân tộc tỉnh", nameEn: "Provincial Ethnic Minorities Committee", shortName: "Ban Dân tộc", type: "DEPARTMENT", parent: "UBND", to: ENDED, successor: "SDTTG" },
  { code: "SDTTG", name: "Sở Dân tộc và Tôn giáo", nameEn: "Department of Ethnic Minorities and Religions", shortName: "Sở DT&TG", type: "DEPARTMENT", parent: "UBND", from: MERGED_FROM },
  { code: "TTT", name: "Thanh tra tỉnh", nameEn: "Provincial Inspectorate", shortName: "Thanh tra tỉnh", type: "DEPARTMENT", parent: "UBND" },
  { code: "CAT", name: "Công an tỉnh", nameEn: "Provincial Police", shortName: "Công an tỉnh", type: "DEPARTMENT" },
  { code: "BCHQS", name: "Bộ Chỉ huy Quân sự tỉnh", nameEn: "Provincial Military Command", shortName: "Bộ CHQS tỉnh", type: "DEPARTMENT" },
];

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Inserts missing agencies, then links parents and successors where still unset. An agency that already
 * exists (perhaps renamed by an administrator) is not overwritten.
 */
export async function seedAgencies(
  db: Prisma.TransactionClient,
): Promise<{ created: number; ids: Map<string, number> }> {
  const { count } = await db.agency.createMany({
    data: AGENCIES.map((a) => ({
      code: a.code,
      name: a.name,
      nameEn: a.nameEn,
      shortName: a.shortName,
      type: a.type,
      validFrom: utc(a.from ?? "2020-01-01"),
      validTo: a.to ? utc(a.to) : null,
    })),
    skipDuplicates: true,
  });
  const rows = await db.agency.findMany({
    where: { code: { in: AGENCIES.map((a) => a.code) } },
    select: { id: true, code: true },
  });
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  const id = (code: string) => {
    const found = ids.get(code);
    if (found === undefined) throw new Error(`Agency ${code} missing`);
    return found;
  };
  for (const a of AGENCIES) {
    if (a.parent)
      await db.agency.updateMany({
        where: { code: a.code, parentId: null },
        data: { parentId: id(a.parent) },
      });
    if (a.successor)
      await db.agency.updateMany({
        where: { code: a.code, successorId: null },
        data: { successorId: id(a.successor) },
      });
  }
  return { created: count, ids };
}
