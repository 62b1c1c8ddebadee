// The proposal list's filters as they appear in the URL; anything malformed falls back to "no filter".
import { z } from "zod";
import { ALL_STATUSES } from "@/lib/workflow/proposal-status";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

export const PAGE_SIZE = 25;

export const ProposalFilters = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z
    .enum(ALL_STATUSES as [ProposalStatus, ...ProposalStatus[]])
    .optional()
    .catch(undefined),
  session: z.coerce.number().int().positive().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

export type ProposalFilters = z.infer<typeof ProposalFilters>;

export function parseProposalFilters(
  searchParams: Record<string, string | string[] | undefined>,
): ProposalFilters {
  const flat = Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  for (const key of Object.keys(flat)) if (flat[key] === "") delete flat[key];
  return ProposalFilters.parse(flat);
}
