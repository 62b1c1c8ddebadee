// The fixed "today" the test data is seeded around, so deadlines in tests do not drift with the calendar.
export const TEST_TODAY = new Date("2026-11-25T00:00:00.000Z");
