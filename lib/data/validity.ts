// "In force on a date" for rows with validFrom/validTo (units, agencies): both ends are calendar dates and
// count as in force (validTo is the last day, as the seed and the official decisions write it).
const DAY_MS = 86_400_000;

export function validOn(date: Date) {
  return { validFrom: { lte: date }, OR: [{ validTo: null }, { validTo: { gte: date } }] };
}

export function isValidOn(row: { validFrom: Date; validTo: Date | null }, date: Date): boolean {
  return row.validFrom <= date && (row.validTo === null || row.validTo >= date);
}

export function dayAfter(date: Date): Date {
  return new Date(date.getTime() + DAY_MS);
}
