import { describe, expect, it } from 'vitest'
import { dateWarnings, dateWarningText, easterSunday, publicHolidays, summerHoliday } from './holidays.ts'

describe('Easter', () => {
  it('falls on the published dates, including the earliest and latest possible', () => {
    expect(
      [2000, 2019, 2024, 2025, 2026, 2027, 2038, 2285, 1818].map((year) => [year, easterSunday(year)]),
    ).toEqual([
      [2000, '2000-04-23'],
      [2019, '2019-04-21'],
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2038, '2038-04-25'],
      [2285, '2285-03-22'],
      [1818, '1818-03-22'],
    ])
  })
})

describe('Dutch public holidays', () => {
  it('lists all of 2026 in date order', () => {
    expect(publicHolidays(2026)).toEqual([
      { day: '2026-01-01', holiday: 'NEW_YEAR' },
      { day: '2026-04-03', holiday: 'GOOD_FRIDAY' },
      { day: '2026-04-05', holiday: 'EASTER_SUNDAY' },
      { day: '2026-04-06', holiday: 'EASTER_MONDAY' },
      { day: '2026-04-27', holiday: 'KINGS_DAY' },
      { day: '2026-05-05', holiday: 'LIBERATION_DAY' },
      { day: '2026-05-14', holiday: 'ASCENSION_DAY' },
      { day: '2026-05-24', holiday: 'WHIT_SUNDAY' },
      { day: '2026-05-25', holiday: 'WHIT_MONDAY' },
      { day: '2026-12-25', holiday: 'CHRISTMAS_DAY' },
      { day: '2026-12-26', holiday: 'BOXING_DAY' },
    ])
  })

  it('moves Koningsdag to 26 April when the 27th is a Sunday, and knows Koninginnedag before 2014', () => {
    const monarch = (year: number) =>
      publicHolidays(year).find((item) => item.holiday === 'KINGS_DAY' || item.holiday === 'QUEENS_DAY')
    expect(monarch(2025)).toEqual({ day: '2025-04-26', holiday: 'KINGS_DAY' })
    expect(monarch(2027)).toEqual({ day: '2027-04-27', holiday: 'KINGS_DAY' })
    expect(monarch(2013)).toEqual({ day: '2013-04-30', holiday: 'QUEENS_DAY' })
    expect(monarch(2006)).toEqual({ day: '2006-04-29', holiday: 'QUEENS_DAY' })
  })
})

describe('the summer school holiday', () => {
  it('uses the published dates per region', () => {
    expect(summerHoliday(2026, 'noord')).toEqual({ from: '2026-07-04', to: '2026-08-16', approximate: false })
    expect(summerHoliday(2025, 'midden')).toEqual({
      from: '2025-07-19',
      to: '2025-08-31',
      approximate: false,
    })
    expect(summerHoliday(2027, 'zuid')).toEqual({ from: '2027-07-17', to: '2027-08-29', approximate: false })
  })

  it('falls back to the window of all regions, marked approximate, for a year not published', () => {
    // 1 July 2030 is a Monday: from Saturday 6 July to Sunday 1 September.
    expect(summerHoliday(2030, 'midden')).toEqual({ from: '2030-07-06', to: '2030-09-01', approximate: true })
  })
})

describe('warnings on a date', () => {
  it('names the public holiday and the summer holiday of the region', () => {
    expect(dateWarningText(dateWarnings('2027-05-06', 'noord'))).toBe('Hemelvaartsdag')
    expect(dateWarningText(dateWarnings('2027-07-15', 'noord'))).toBe('zomervakantie regio noord')
    expect(dateWarningText(dateWarnings('2027-07-15', 'midden'))).toBeNull()
    expect(dateWarningText(dateWarnings('2030-07-18', 'zuid'))).toBe(
      'mogelijk zomervakantie (geschat, regio zuid)',
    )
  })

  it('gives every reason when there are several', () => {
    expect(
      dateWarningText([
        { kind: 'holiday', holiday: 'WHIT_MONDAY' },
        { kind: 'summer', region: 'noord', approximate: false },
      ]),
    ).toBe('Tweede Pinksterdag, zomervakantie regio noord')
    expect(dateWarnings('2027-01-21', 'noord')).toEqual([])
  })
})
