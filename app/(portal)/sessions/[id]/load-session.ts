// Loads a session for a page by its URL id; anything not found (or malformed) becomes the 404 page.
import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { ExpectedError } from "@/lib/errors";
import { getSession } from "@/lib/data/sessions";

export async function loadSession(actor: Actor, rawId: string) {
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  try {
    return await getSession(actor, id);
  } catch (error) {
    if (error instanceof ExpectedError && error.code === "not-found") notFound();
    throw error;
  }
}
