// The fifteen fields (lĩnh vực) of proposals and their default lead agency (an editable routing rule).
import type { Prisma } from "../../lib/generated/prisma/client";

export interface FieldDef {
  code: string;
  name: string;
  nameEn: string;
  lead: string; // current agency code
  lead2023: string; // the agency that led this field in 2023 (for the demo's 2023 session)
}

// prettier-ignore
export const FIELDS: readonly FieldDef[] = [
  { code: "TCCB", name: "Tổ chức – cán bộ", nameEn: "Organization and cadre work", lead: "BTCTU", lead2023: "BTCTU" },
  { code: "CCHCD", name: "Cải cách hành chính trong Đảng", nameEn: "Party administrative reform", lead: "BTCTU", lead2023: "BTCTU" },
  { code: "DDMT", name: "Đất đai – môi trường", nameEn: "Land and environment", lead: "SNNMT", lead2023: "STNMT" },
  { code: "HTGT", name: "Hạ tầng – giao thông", nameEn: "Infrastructure and transport", lead: "SXD", lead2023: "SGTVT" },
  { code: "TCNS", name: "Tài chính – ngân sách", nameEn: "Finance and budget", lead: "STC", lead2023: "STC" },
  { code: "NNNTM", name: "Nông nghiệp – xây dựng nông thôn mới", nameEn: "Agriculture and new rural development", lead: "SNNMT", lead2023: "SNNPTNT" },
  { code: "GDDT", name: "Giáo dục – đào tạo", nameEn: "Education and training", lead: "SGDDT", lead2023: "SGDDT" },
  { code: "YTE", name: "Y tế", nameEn: "Health", lead: "SYT", lead2023: "SYT" },
  { code: "CSXH", name: "Chính sách xã hội – giảm nghèo", nameEn: "Social policy and poverty reduction", lead: "SNV", lead2023: "SLDTBXH" },
  { code: "VHTT", name: "Văn hóa – thông tin", nameEn: "Culture and information", lead: "SVHTTDL", lead2023: "SVHTT" },
  { code: "QPHONG", name: "Quốc phòng", nameEn: "Defence", lead: "BCHQS", lead2023: "BCHQS" },
  { code: "ANTT", name: "An ninh – trật tự", nameEn: "Security and public order", lead: "CAT", lead2023: "CAT" },
  { code: "DNGOAI", name: "Đối ngoại", nameEn: "Foreign affairs", lead: "SNGV", lead2023: "SNGV" },
  { code: "SXDVHC", name: "Sắp xếp đơn vị hành chính", nameEn: "Rearrangement of administrative units", lead: "SNV", lead2023: "SNV" },
  { code: "KHAC", name: "Lĩnh vực khác", nameEn: "Other", lead: "UBND", lead2023: "UBND" },
];

/** Inserts missing fields; an existing field (whose routing an administrator may have changed) is left alone. */
export async function seedFields(
  db: Prisma.TransactionClient,
  agencyIds: Map<string, number>,
): Promise<number> {
  const { count } = await db.field.createMany({
    data: FIELDS.map((f, index) => ({
      code: f.code,
      name: f.name,
      nameEn: f.nameEn,
      sortOrder: (index + 1) * 10,
      defaultLeadAgencyId: agencyIds.get(f.lead) ?? null,
    })),
    skipDuplicates: true,
  });
  return count;
}
