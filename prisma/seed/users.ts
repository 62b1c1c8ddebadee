// Demo users: the named sign-ins, staff of each agency that handles demo proposals, and one leader per commune.
import type { Role } from "../../lib/generated/prisma/enums";
import type { Rng } from "./random";

export interface UserPlan {
  email: string;
  name: string;
  role: Role;
  position: string | null;
  unitId?: number;
  agencyCode?: string;
  active: boolean;
}

export const DEMO_ADMIN_EMAIL = "admin@demo.vn";

/** Agencies whose staff have the short e-mail names of the brief; the others use their code. */
const STAFF_SLUG: Record<string, string> = { SXD: "xd", BTCTU: "tc", SNNMT: "nn" };
export const officerEmail = (agency: string) => `canbo.${STAFF_SLUG[agency] ?? agency.toLowerCase()}@demo.vn`;
export const headEmail = (agency: string) => `lanhdao.${STAFF_SLUG[agency] ?? agency.toLowerCase()}@demo.vn`;
export const COORDINATOR_EMAIL = "dieuphoi@demo.vn";
export const COORDINATOR_2023_EMAIL = "canbo.bdvtu@demo.vn";
export const COMMITTEE_EMAIL = "thuongvu@demo.vn";

/** The commune leaders the brief names, by the current unit's code. */
export const NAMED_LEADERS: Record<string, { email: string; name: string; position: string }> = {
  "16681": { email: "thanhvinh@demo.vn", name: "Trần Quốc Thành", position: "Chủ tịch UBND phường" },
  "16732": { email: "cualo@demo.vn", name: "Phạm Văn Hải", position: "Bí thư Đảng ủy phường" },
  "16738": { email: "quephong@demo.vn", name: "Lô Văn Tuấn", position: "Chủ tịch UBND xã" },
};

export function fixedUsers(): UserPlan[] {
  return [
    {
      email: DEMO_ADMIN_EMAIL,
      name: "Quản trị hệ thống",
      role: "ADMIN",
      position: "Quản trị viên cổng thông tin",
      active: true,
    },
    {
      email: COORDINATOR_EMAIL,
      name: "Nguyễn Thị Thu Hà",
      role: "COORDINATOR",
      position: "Chuyên viên Ban Tuyên giáo và Dân vận Tỉnh ủy",
      agencyCode: "BTGDVTU",
      active: true,
    },
    {
      email: COMMITTEE_EMAIL,
      name: "Hoàng Văn Minh",
      role: "STANDING_COMMITTEE",
      position: "Ủy viên Ban Thường vụ Tỉnh ủy",
      agencyCode: "BTVTU",
      active: true,
    },
    {
      email: COORDINATOR_2023_EMAIL,
      name: "Lê Thị Hồng Nhung",
      role: "COORDINATOR",
      position: "Chuyên viên Ban Dân vận Tỉnh ủy (đến 02/2025)",
      agencyCode: "BDVTU",
      active: false,
    },
    {
      email: officerEmail("SXD"),
      name: "Nguyễn Văn Đức",
      role: "AGENCY_OFFICER",
      position: "Chuyên viên Phòng Quản lý xây dựng, Sở Xây dựng",
      agencyCode: "SXD",
      active: true,
    },
    {
      email: headEmail("SXD"),
      name: "Võ Thanh Sơn",
      role: "AGENCY_HEAD",
      position: "Phó Giám đốc Sở Xây dựng",
      agencyCode: "SXD",
      active: true,
    },
    {
      email: officerEmail("BTCTU"),
      name: "Đặng Thị Mai Phương",
      role: "AGENCY_OFFICER",
      position: "Chuyên viên Ban Tổ chức Tỉnh ủy",
      agencyCode: "BTCTU",
      active: true,
    },
    {
      email: headEmail("BTCTU"),
      name: "Phan Đình Quang",
      role: "AGENCY_HEAD",
      position: "Phó Trưởng Ban Tổ chức Tỉnh ủy",
      agencyCode: "BTCTU",
      active: true,
    },
    {
      email: officerEmail("SNNMT"),
      name: "Hồ Thị Lan",
      role: "AGENCY_OFFICER",
      position: "Chuyên viên Sở Nông nghiệp và Môi trường",
      agencyCode: "SNNMT",
      active: true,
    },
    {
      email: headEmail("SNNMT"),
      name: "Thái Bá Cường",
      role: "AGENCY_HEAD",
      position: "Phó Giám đốc Sở Nông nghiệp và Môi trường",
      agencyCode: "SNNMT",
      active: true,
    },
  ];
}

// prettier-ignore
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Đinh", "Thái", "Chu", "Cao", "Lương", "Tăng", "Hà"];
// prettier-ignore
const FAMILY_MOUNTAIN = ["Lô", "Vi", "Lương", "Lữ", "Moong", "Vừ", "Lầu", "Xồng", "Cụt", "Kha", "Quang", "Sầm", "Ngân"];
// prettier-ignore
const MALE = [["Văn", "Hùng"], ["Đức", "Thắng"], ["Xuân", "Trường"], ["Hữu", "Nghĩa"], ["Minh", "Tuấn"], ["Quang", "Huy"], ["Đình", "Long"], ["Văn", "Hải"], ["Công", "Bình"], ["Trọng", "Hiếu"], ["Bá", "Lộc"], ["Khắc", "Chiến"], ["Thế", "Vinh"], ["Văn", "Sơn"], ["Đăng", "Khoa"]] as const;
// prettier-ignore
const FEMALE = [["Thị", "Hương"], ["Thị", "Lan"], ["Thị", "Thủy"], ["Thị Kim", "Oanh"], ["Thị Thanh", "Tâm"], ["Thị", "Hoa"], ["Thị Minh", "Nguyệt"], ["Thị", "Nga"], ["Thị Hồng", "Vân"]] as const;

export function personName(rng: Rng, mountain = false): string {
  const family = mountain && rng.chance(0.7) ? rng.pick(FAMILY_MOUNTAIN) : rng.pick(FAMILY);
  const [middle, given] = rng.chance(0.3) ? rng.pick(FEMALE) : rng.pick(MALE);
  return `${family} ${middle} ${given}`;
}

/** Position of an agency head, and the title in the signature block of a reply. */
export function headTitles(
  code: string,
  type: string,
  name: string,
): { position: string; signerTitle: string } {
  if (type === "PARTY_COMMISSION") return { position: `Phó Trưởng ${name}`, signerTitle: "Phó Trưởng ban" };
  if (code === "TTT") return { position: "Phó Chánh Thanh tra tỉnh", signerTitle: "Phó Chánh Thanh tra" };
  if (code === "BCHQS")
    return { position: "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", signerTitle: "Phó Chỉ huy trưởng" };
  if (code === "UBND") return { position: "Phó Chủ tịch UBND tỉnh", signerTitle: "Phó Chủ tịch" };
  if (code === "BDT") return { position: "Phó Trưởng Ban Dân tộc tỉnh", signerTitle: "Phó Trưởng ban" };
  return { position: `Phó Giám đốc ${name}`, signerTitle: "Phó Giám đốc" };
}

/** Officer and head of an agency that handles demo proposals (unless already among the fixed users). */
export function staffUsers(
  rng: Rng,
  agency: { code: string; name: string; type: string; current: boolean },
): UserPlan[] {
  const r = rng.fork(`staff:${agency.code}`);
  const officerPosition =
    agency.code === "UBND" ? "Chuyên viên Văn phòng UBND tỉnh" : `Chuyên viên ${agency.name}`;
  const suffix = agency.current ? "" : " (đến 02/2025)";
  return [
    {
      email: officerEmail(agency.code),
      name: personName(r),
      role: "AGENCY_OFFICER",
      position: officerPosition + suffix,
      agencyCode: agency.code,
      active: agency.current,
    },
    {
      email: headEmail(agency.code),
      name: personName(r),
      role: "AGENCY_HEAD",
      position: headTitles(agency.code, agency.type, agency.name).position + suffix,
      agencyCode: agency.code,
      active: agency.current,
    },
  ];
}

/** The leader who writes a commune's proposals: the named sign-in, or u<code>@demo.vn (u<code>-2023@… for pre-2025 units). */
export function communeLeader(
  rng: Rng,
  unit: { id: number; code: string; name: string; current: boolean; mountain: boolean },
): UserPlan {
  const named = unit.current ? NAMED_LEADERS[unit.code] : undefined;
  if (named) return { ...named, role: "COMMUNE_LEADER", unitId: unit.id, active: true };
  const r = rng.fork(`leader:${unit.code}:${unit.current}`);
  const kind = unit.name.startsWith("Phường")
    ? "phường"
    : unit.name.startsWith("Thị trấn")
      ? "thị trấn"
      : "xã";
  const position = r.chance(0.5) ? `Chủ tịch UBND ${kind}` : `Bí thư Đảng ủy ${kind}`;
  return {
    email: unit.current ? `u${unit.code}@demo.vn` : `u${unit.code}-2023@demo.vn`,
    name: personName(r, unit.mountain),
    role: "COMMUNE_LEADER",
    position,
    unitId: unit.id,
    active: unit.current,
  };
}
