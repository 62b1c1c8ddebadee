// Administration pages answer "not found" to anyone the data layer does not let in.
import { notFound } from "next/navigation";
import { ExpectedError } from "@/lib/errors";

export function notFoundUnlessAllowed(error: unknown): never {
  if (error instanceof ExpectedError && error.code === "not-found") notFound();
  throw error;
}
