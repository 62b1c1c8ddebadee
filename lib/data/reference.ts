// Reference lists any signed-in person may read: fields of proposals.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export async function listActiveFields(actor: Actor) {
  void actor; // public within the portal: every role chooses or sees fields
  return db().field.findMany({
    where: { active: true },
    select: { id: true, name: true, nameEn: true, defaultLeadAgencyId: true },
    orderBy: { sortOrder: "asc" },
  });
}
