// Ids and versions as PostgreSQL's int columns hold them (1 … 2^31 − 1). A number outside that range names no
// record: the data layer answers "not found" (or "changed by someone else") instead of letting the driver fail.
export const MAX_ROW_ID = 2_147_483_647;

export function isRowId(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 && value <= MAX_ROW_ID;
}
