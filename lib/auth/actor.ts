// The signed-in person as the data layer sees them: who, which role, which commune or agency.
import type { Role } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";

export type Actor = {
  id: number;
  email: string;
  name: string;
  role: Role;
  unitId: number | null;
  agencyId: number | null;
  locale: Locale;
};
