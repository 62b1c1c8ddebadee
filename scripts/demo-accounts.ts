// The demo sign-ins that `npm start` prints, the README lists and the e2e tests use (seeded by prisma/seed --demo).
export const DEMO_PASSWORD = "Demo@2026";

export const DEMO_ACCOUNTS = [
  {
    email: "thanhvinh@demo.vn",
    role: "COMMUNE_LEADER",
    description: "Lãnh đạo Phường Thành Vinh (commune leader)",
  },
  { email: "cualo@demo.vn", role: "COMMUNE_LEADER", description: "Lãnh đạo Phường Cửa Lò (commune leader)" },
  {
    email: "quephong@demo.vn",
    role: "COMMUNE_LEADER",
    description: "Lãnh đạo Xã Quế Phong (commune leader)",
  },
  {
    email: "dieuphoi@demo.vn",
    role: "COORDINATOR",
    description: "Ban Tuyên giáo và Dân vận Tỉnh ủy (coordinator)",
  },
  {
    email: "canbo.xd@demo.vn",
    role: "AGENCY_OFFICER",
    description: "Chuyên viên Sở Xây dựng (agency officer)",
  },
  { email: "lanhdao.xd@demo.vn", role: "AGENCY_HEAD", description: "Lãnh đạo Sở Xây dựng (agency head)" },
  {
    email: "canbo.tc@demo.vn",
    role: "AGENCY_OFFICER",
    description: "Chuyên viên Ban Tổ chức Tỉnh ủy (agency officer)",
  },
  {
    email: "lanhdao.tc@demo.vn",
    role: "AGENCY_HEAD",
    description: "Lãnh đạo Ban Tổ chức Tỉnh ủy (agency head)",
  },
  {
    email: "canbo.nn@demo.vn",
    role: "AGENCY_OFFICER",
    description: "Chuyên viên Sở Nông nghiệp và Môi trường (agency officer)",
  },
  {
    email: "lanhdao.nn@demo.vn",
    role: "AGENCY_HEAD",
    description: "Lãnh đạo Sở Nông nghiệp và Môi trường (agency head)",
  },
  {
    email: "thuongvu@demo.vn",
    role: "STANDING_COMMITTEE",
    description: "Ủy viên Ban Thường vụ Tỉnh ủy (standing committee)",
  },
  { email: "admin@demo.vn", role: "ADMIN", description: "Quản trị hệ thống (administrator)" },
] as const;
