// Test callers: the seeded demo users as the data layer sees them, plus made-up ones for edge cases.
import { db } from "@/lib/db";
import { loadActor } from "@/lib/data/credentials";
import type { Actor } from "@/lib/auth/actor";

export async function actorByEmail(email: string): Promise<Actor> {
  const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actor = await loadActor(db(), user.id);
  if (!actor) throw new Error(`${email} is not an active user`);
  return actor;
}
