/**
 * Holidays that name a day in news copy (mostly US and Christian calendars, which wire copy in
 * English uses most). Fixed ones give month/day; floating ones give the nth weekday of a month
 * (n = -1 for the last). Easter-based days are left out (they need a computus for little gain), and
 * so are names many countries share with different dates ("Independence Day", "Labour Day").
 */
export type HolidayRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'nth-weekday'; month: number; weekday: number; n: number; offsetDays?: number };

/** Keys are the names as written (case-sensitive); weekday 0 = Monday. */
export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  "New Year's Day": { kind: 'fixed', month: 1, day: 1 },
  "New Year's Eve": { kind: 'fixed', month: 12, day: 31 },
  "Valentine's Day": { kind: 'fixed', month: 2, day: 14 },
  'the Fourth of July': { kind: 'fixed', month: 7, day: 4 },
  'July Fourth': { kind: 'fixed', month: 7, day: 4 },
  Halloween: { kind: 'fixed', month: 10, day: 31 },
  'Veterans Day': { kind: 'fixed', month: 11, day: 11 },
  'Christmas Eve': { kind: 'fixed', month: 12, day: 24 },
  'Christmas Day': { kind: 'fixed', month: 12, day: 25 },
  Christmas: { kind: 'fixed', month: 12, day: 25 },
  'Boxing Day': { kind: 'fixed', month: 12, day: 26 },
  'Bastille Day': { kind: 'fixed', month: 7, day: 14 },
  'Martin Luther King Jr. Day': { kind: 'nth-weekday', month: 1, weekday: 0, n: 3 },
  "Presidents' Day": { kind: 'nth-weekday', month: 2, weekday: 0, n: 3 },
  'Memorial Day': { kind: 'nth-weekday', month: 5, weekday: 0, n: -1 },
  'Labor Day': { kind: 'nth-weekday', month: 9, weekday: 0, n: 1 },
  'Columbus Day': { kind: 'nth-weekday', month: 10, weekday: 0, n: 2 },
  Thanksgiving: { kind: 'nth-weekday', month: 11, weekday: 3, n: 4 },
  'Thanksgiving Day': { kind: 'nth-weekday', month: 11, weekday: 3, n: 4 },
  'Black Friday': { kind: 'nth-weekday', month: 11, weekday: 3, n: 4, offsetDays: 1 },
  'Cyber Monday': { kind: 'nth-weekday', month: 11, weekday: 3, n: 4, offsetDays: 4 },
  'Election Day': { kind: 'nth-weekday', month: 11, weekday: 0, n: 1, offsetDays: 1 },
};
