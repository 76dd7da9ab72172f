// Days on which a meeting deserves a second look: Dutch public holidays and the summer
// school holiday of a region. Days are "yyyy-MM-dd" strings (Dutch calendar days).
import { TZDate } from '@date-fns/tz'
import { addDays, format, getISODay } from 'date-fns'
import type { SummerHolidayRegion } from '~/models/settings/settings.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'

export const HOLIDAYS = [
  'NEW_YEAR',
  'GOOD_FRIDAY',
  'EASTER_SUNDAY',
  'EASTER_MONDAY',
  'KINGS_DAY',
  'QUEENS_DAY',
  'LIBERATION_DAY',
  'ASCENSION_DAY',
  'WHIT_SUNDAY',
  'WHIT_MONDAY',
  'CHRISTMAS_DAY',
  'BOXING_DAY',
] as const
export type Holiday = (typeof HOLIDAYS)[number]

export type DateWarning =
  | { kind: 'holiday'; holiday: Holiday }
  | { kind: 'summer'; region: SummerHolidayRegion; approximate: boolean }

type Period = { from: string; to: string }

// The summer school holidays as set by the Ministry of Education and published on
// rijksoverheid.nl (onderwerpen/schoolvakanties, "Zomervakantie"), Saturday to Sunday, both
// inclusive. 2027 matches the 2026–2027 schedules that schools publish from those dates.
// Add the next years here when the ministry publishes them.
const SUMMER_HOLIDAYS: Record<number, Record<SummerHolidayRegion, Period>> = {
  2024: {
    noord: { from: '2024-07-20', to: '2024-09-01' },
    midden: { from: '2024-07-13', to: '2024-08-25' },
    zuid: { from: '2024-07-06', to: '2024-08-18' },
  },
  2025: {
    noord: { from: '2025-07-12', to: '2025-08-24' },
    midden: { from: '2025-07-19', to: '2025-08-31' },
    zuid: { from: '2025-07-05', to: '2025-08-17' },
  },
  2026: {
    noord: { from: '2026-07-04', to: '2026-08-16' },
    midden: { from: '2026-07-18', to: '2026-08-30' },
    zuid: { from: '2026-07-11', to: '2026-08-23' },
  },
  2027: {
    noord: { from: '2027-07-10', to: '2027-08-22' },
    midden: { from: '2027-07-17', to: '2027-08-29' },
    zuid: { from: '2027-07-17', to: '2027-08-29' },
  },
}

// Returns the Date of a calendar day at midnight UTC.
function utcDay(year: number, month: number, date: number) {
  return new TZDate(year, month - 1, date, 'UTC')
}

const dayString = (date: Date) => format(date, 'yyyy-MM-dd')

// Returns Easter Sunday of `year` (Gregorian calendar; the anonymous algorithm of Meeus,
// Jones and Butcher).
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const date = ((h + l - 7 * m + 114) % 31) + 1
  return dayString(utcDay(year, month, date))
}

// Returns the national day of the monarch: Koningsdag on 27 April (26 April when the 27th is
// a Sunday) since 2014, before that Koninginnedag on 30 April (29 April when a Sunday).
function monarchsDay(year: number): { day: string; holiday: Holiday } {
  const [date, holiday] = year >= 2014 ? ([27, 'KINGS_DAY'] as const) : ([30, 'QUEENS_DAY'] as const)
  const day = utcDay(year, 4, date)
  return { day: dayString(getISODay(day) === 7 ? addDays(day, -1) : day), holiday }
}

// Returns the Dutch public holidays of `year` in date order.
export function publicHolidays(year: number): { day: string; holiday: Holiday }[] {
  const easter = new TZDate(`${easterSunday(year)}T00:00:00Z`, 'UTC')
  const fromEaster = (days: number) => dayString(addDays(easter, days))
  const fixed = (month: number, date: number) => dayString(utcDay(year, month, date))
  const holidays: { day: string; holiday: Holiday }[] = [
    { day: fixed(1, 1), holiday: 'NEW_YEAR' },
    { day: fromEaster(-2), holiday: 'GOOD_FRIDAY' },
    { day: fromEaster(0), holiday: 'EASTER_SUNDAY' },
    { day: fromEaster(1), holiday: 'EASTER_MONDAY' },
    monarchsDay(year),
    { day: fixed(5, 5), holiday: 'LIBERATION_DAY' },
    { day: fromEaster(39), holiday: 'ASCENSION_DAY' },
    { day: fromEaster(49), holiday: 'WHIT_SUNDAY' },
    { day: fromEaster(50), holiday: 'WHIT_MONDAY' },
    { day: fixed(12, 25), holiday: 'CHRISTMAS_DAY' },
    { day: fixed(12, 26), holiday: 'BOXING_DAY' },
  ]
  return holidays.sort((a, b) => a.day.localeCompare(b.day))
}

// Returns the summer school holiday of `region` in `year`. For a year not in the published
// table it is an approximation: the window in which any region can have its six weeks
// (from the first Saturday of July for eight weeks and a day, to a Sunday), marked as such.
export function summerHoliday(year: number, region: SummerHolidayRegion): Period & { approximate: boolean } {
  const known = SUMMER_HOLIDAYS[year]?.[region]
  if (known) return { ...known, approximate: false }
  const july = utcDay(year, 7, 1)
  const firstSaturday = addDays(july, (6 - getISODay(july) + 7) % 7)
  return { from: dayString(firstSaturday), to: dayString(addDays(firstSaturday, 57)), approximate: true }
}

// Returns why `day` deserves a second look: the public holiday it is, and whether it falls
// in the summer holiday of `region`.
export function dateWarnings(day: string, region: SummerHolidayRegion): DateWarning[] {
  const year = Number(day.slice(0, 4))
  const warnings: DateWarning[] = publicHolidays(year)
    .filter((holiday) => holiday.day === day)
    .map((holiday) => ({ kind: 'holiday', holiday: holiday.holiday }))
  const summer = summerHoliday(year, region)
  if (day >= summer.from && day <= summer.to) {
    warnings.push({ kind: 'summer', region, approximate: summer.approximate })
  }
  return warnings
}

// Returns the warnings as one Dutch text ("Hemelvaartsdag", "zomervakantie regio noord"),
// or null when there are none.
export function dateWarningText(warnings: DateWarning[]): string | null {
  if (warnings.length === 0) return null
  return warnings
    .map((warning) =>
      warning.kind === 'holiday'
        ? t(`series.holiday.${warning.holiday}` as MessageKey)
        : t(warning.approximate ? 'series.summerHolidayApproximate' : 'series.summerHoliday', {
            region: warning.region,
          }),
    )
    .join(', ')
}
