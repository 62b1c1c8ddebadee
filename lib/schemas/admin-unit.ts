// The unit pages' filters, from the URL: anything unreadable falls back to "today" / "no search".
import { z } from "zod";
import { dateParam, searchParam } from "./admin-common";

export const UnitFilters = z.object({ on: dateParam, q: searchParam });
export type UnitFilters = z.infer<typeof UnitFilters>;

export const MappingFilters = z.object({ view: z.enum(["new", "old"]).catch("new"), q: searchParam });
export type MappingFilters = z.infer<typeof MappingFilters>;
