// The proposal list's filters as they appear in the URL; anything malformed falls back to "no filter".
import { z } from "zod";
import { ALL_STATUSES } from "@/lib/workflow/proposal-status";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { IsoDate } from "@/lib/schemas/dashboard";

export const PAGE_SIZE = 25;

export const DEADLINE_FILTERS = ["overdue", "due-soon", "receipt-overdue"] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

export const ProposalFilters = z.object({
  // A NUL from the URL (%00) cannot go to PostgreSQL: it is dropped from the search text.
  q: z
    .string()
    .trim()
    .max(200)
    .transform((text) => text.replaceAll("\u0000", ""))
    .optional()
    .catch(undefined),
  status: z
    .enum(ALL_STATUSES as [ProposalStatus, ...ProposalStatus[]])
    .optional()
    .catch(undefined),
  session: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  // Drill-down from the dashboard: the same names as its filters, plus the figure clicked.
  field: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  agency: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  unit: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  from: IsoDate.optional().catch(undefined),
  to: IsoDate.optional().catch(undefined),
  answered: z.literal("1").optional().catch(undefined),
  rating: z.enum(["SATISFIED", "PARTLY_SATISFIED", "NOT_SATISFIED"]).optional().catch(undefined),
  // Derived deadline states (monitoring board, urge notices): answer overdue, due within 3 working days,
  // or submitted and not received within the 10-working-day rule.
  deadline: z.enum(DEADLINE_FILTERS).optional().catch(undefined),
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

/** Filters the list form has no field for (they come from a dashboard drill-down): kept as hidden inputs. */
export const CARRIED_FILTERS = ["field", "agency", "unit", "from", "to", "answered", "rating"] as const;

/** The filters back as URL parameters (without the page), for pagination links. */
export function filterParams(filters: ProposalFilters): Record<string, string | number | undefined> {
  const { page: _page, ...rest } = filters;
  void _page;
  return rest;
}
