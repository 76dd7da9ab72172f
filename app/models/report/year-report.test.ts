import { describe, expect, it } from 'vitest'
import type { AdviceFigureSummary } from '~/models/advice/advice-figures.ts'
import {
  buildYearReport,
  csvRows,
  csvValue,
  formatValue,
  isYearReportTable,
  type MeetingRow,
  parsePeriodSearch,
  periodBounds,
  periodLabel,
  periodSearch,
  previousPeriod,
  yearPeriod,
} from './year-report.ts'

const NOW = new Date('2026-06-15T10:00:00Z')
const search = (query: string) => parsePeriodSearch(new URLSearchParams(query), NOW)

describe('parsePeriodSearch', () => {
  it('opens on this year in Dutch time', () => {
    expect(search('')).toMatchObject({ mode: 'year', period: yearPeriod(2026), errors: {} })
    // 23:30 UTC on 31 December is already New Year in the Netherlands.
    const newYear = parsePeriodSearch(new URLSearchParams(), new Date('2026-12-31T23:30:00Z'))
    expect(newYear.period).toEqual(yearPeriod(2027))
  })

  it('takes a year from 2000 up to this one', () => {
    expect(search('jaar=2000').period).toEqual({ year: 2000, firstDay: '2000-01-01', lastDay: '2000-12-31' })
    expect(search('jaar=%202025%20').period?.year).toBe(2025)
    for (const jaar of ['1999', '2027', 'abc', '2025.5', '02025', '-2025']) {
      expect(search(`jaar=${jaar}`)).toMatchObject({
        period: null,
        errors: { jaar: ['reports.yearReport.yearInvalid?min=2000&max=2026'] },
      })
    }
  })

  it('takes a period of one’s own in either date format, before the year', () => {
    const period = { year: null, firstDay: '2026-02-01', lastDay: '2026-03-31' }
    expect(search('van=2026-02-01&tot=2026-03-31').period).toEqual(period)
    expect(search('van=1-2-2026&tot=31-03-2026&jaar=2020').period).toEqual(period)
    expect(search('van=2026-02-01&tot=2026-02-01').period?.lastDay).toBe('2026-02-01')
  })

  it('puts a message on the field that is wrong', () => {
    expect(search('van=2026-03-01&tot=2026-02-01').errors).toEqual({ tot: ['validation.endBeforeStart'] })
    expect(search('van=29-02-2026&tot=2026-03-01').errors).toEqual({ van: ['validation.date'] })
    expect(search('tot=2026-03-01').errors).toEqual({ van: ['validation.required'] })
    expect(search('van=2026-03-01&tot=2027-01-01').errors).toEqual({
      tot: ['reports.yearReport.dateTooLate?max=2026'],
    })
    expect(search('van=1999-12-31&tot=2000-01-01').errors).toEqual({
      van: ['reports.yearReport.dateTooEarly?min=2000'],
    })
    expect(search('van=2026-03-01&tot=x').input).toEqual({ jaar: '', van: '2026-03-01', tot: 'x' })
  })
})

describe('periods', () => {
  it('compares a year with the year before, leap days and all', () => {
    expect(previousPeriod(yearPeriod(2025))).toEqual(yearPeriod(2024))
  })

  it('compares a period of one’s own with as many days right before it', () => {
    expect(previousPeriod({ year: null, firstDay: '2024-03-01', lastDay: '2024-03-31' })).toEqual({
      year: null,
      firstDay: '2024-01-30',
      lastDay: '2024-02-29',
    })
    expect(previousPeriod({ year: null, firstDay: '2026-05-05', lastDay: '2026-05-05' })).toEqual({
      year: null,
      firstDay: '2026-05-04',
      lastDay: '2026-05-04',
    })
  })

  it('runs from Dutch midnight to Dutch midnight, in winter and in summer time', () => {
    const bounds = periodBounds({ year: null, firstDay: '2026-01-15', lastDay: '2026-07-14' })
    expect(bounds.from.toISOString()).toBe('2026-01-14T23:00:00.000Z')
    expect(bounds.until.toISOString()).toBe('2026-07-14T22:00:00.000Z')
    expect(bounds.firstDay.toISOString()).toBe('2026-01-15T00:00:00.000Z')
    expect(bounds.lastDay.toISOString()).toBe('2026-07-14T00:00:00.000Z')
    expect(bounds.dayAfter.toISOString()).toBe('2026-07-15T00:00:00.000Z')
  })

  it('names a period and puts it back in a URL', () => {
    expect(periodLabel(yearPeriod(2026))).toBe('2026')
    const own = { year: null, firstDay: '2026-03-01', lastDay: '2026-08-31' }
    expect(periodLabel(own)).toBe('1 maart 2026 t/m 31 augustus 2026')
    expect(periodSearch(own)).toBe('van=2026-03-01&tot=2026-08-31')
    expect(periodSearch(yearPeriod(2026))).toBe('jaar=2026')
  })
})

describe('values', () => {
  it('shows numbers the Dutch way and nothing to count as "geen"', () => {
    expect(formatValue({ type: 'count', value: 1234 })).toBe('1.234')
    expect(formatValue({ type: 'hours', minutes: 150 })).toBe('2,5')
    expect(formatValue({ type: 'hours', minutes: 20 })).toBe('0,3')
    expect(formatValue({ type: 'average', value: 4 / 3 })).toBe('1,3')
    expect(formatValue({ type: 'average', value: null })).toBe('geen')
    expect(formatValue({ type: 'share', value: 2 / 3 })).toBe('67%')
    expect(formatValue({ type: 'share', value: null })).toBe('geen')
    expect(formatValue({ type: 'day', value: '2026-04-08' })).toBe('8 april 2026')
  })

  it('writes CSV cells as numbers, with an empty cell for nothing to count', () => {
    expect(csvValue({ type: 'count', value: 1234 })).toBe(1234)
    expect(csvValue({ type: 'hours', minutes: 20 })).toBe(0.3)
    expect(csvValue({ type: 'average', value: 4 / 3 })).toBe(1.3)
    expect(csvValue({ type: 'days', value: null })).toBeNull()
    expect(csvValue({ type: 'share', value: 0.5 })).toBe('50%')
    expect(csvValue({ type: 'day', value: '2026-04-08' })).toEqual({ day: new Date('2026-04-08T00:00:00Z') })
  })

  it('knows its tables by name', () => {
    expect(isYearReportTable('contacten')).toBe(true)
    expect(isYearReportTable('toString')).toBe(false)
  })
})

const noAdvices: AdviceFigureSummary = {
  sent: 0,
  joint: 0,
  jointShare: null,
  responded: 0,
  adopted: 0,
  noResponse: 0,
  adoptionRate: null,
  medianResponseDays: null,
}

const noQuickScans = {
  held: 0,
  councilResponses: 0,
  municipalityResponses: 0,
  actionsCreated: 0,
  actionsDone: 0,
}

// Returns a meeting row of `kind` at `startsAt` with people present from `organisations`.
function meeting(
  kind: string,
  startsAt: string,
  status: string,
  organisations: (string | null)[],
): MeetingRow {
  return {
    id: `${kind}-${startsAt}`,
    kind,
    title: kind,
    status,
    startsAt: new Date(startsAt),
    present: organisations.map((organisationId) => ({ organisationId, organisationName: null })),
    visionDocuments: [],
  }
}

describe('buildYearReport', () => {
  const empty = {
    period: yearPeriod(2025),
    now: NOW,
    meetings: [],
    activityCounts: [],
    activityOrganisations: [],
    signalCounts: [],
    advices: { current: noAdvices, previous: noAdvices },
    quickScans: { current: noQuickScans, previous: noQuickScans },
  }

  it('counts a meeting held when marked so, or begun and not cancelled with someone present', () => {
    const report = buildYearReport({
      ...empty,
      meetings: [
        meeting('EXCHANGE', '2025-03-20T18:30:00Z', 'HELD', []),
        meeting('EXCHANGE', '2025-05-15T17:30:00Z', 'PLANNED', ['a', 'a', 'b', null]),
        meeting('EXCHANGE', '2025-07-17T17:30:00Z', 'CONFIRMED', []),
        meeting('EXCHANGE', '2025-09-18T17:30:00Z', 'CANCELLED', ['a']),
        meeting('EXCHANGE', '2024-09-19T17:30:00Z', 'HELD', ['c']),
      ],
    })
    const [exchange] = csvRows(report.tables.bijeenkomsten)
    // Held: 2 (people 0 + 4, organisations 0 + 2); 2024: 1 (1 person, 1 organisation).
    expect(exchange).toEqual(['Provinciale uitwisselingsbijeenkomst', 2, 1, 2, 1, 1, 1])
  })

  it('adds up the same council over several subtypes and sorts councils by their work', () => {
    const row = (period: 'current' | 'previous', organisationId: string, count: number, minutes: number) => ({
      period,
      kind: 'SUPPORT',
      organisationId,
      organisationName: organisationId === 'a' ? 'Alfa' : 'Beta',
      count,
      minutes,
    })
    const report = buildYearReport({
      ...empty,
      activityOrganisations: [
        row('current', 'a', 1, 30),
        row('current', 'b', 2, 0),
        row('previous', 'a', 3, 90),
      ],
    })
    expect(csvRows(report.tables['ondersteuning-per-raad']).slice(0, 2)).toEqual([
      ['Beta', 2, 0, 0, 0],
      ['Alfa', 1, 3, 0.5, 1.5],
    ])
  })

  it('keeps a form it does not know, after the known ones', () => {
    const report = buildYearReport({
      ...empty,
      activityCounts: [{ period: 'current', kind: 'CONTACT', subtype: 'brief', count: 2, minutes: 0 }],
    })
    expect(csvRows(report.tables.contacten).map((row) => row[0])).toEqual([
      'Telefoon',
      'E-mail',
      'Bezoek',
      'Overleg',
      'Videogesprek',
      'brief',
      'Alle contacten',
    ])
  })

  it('says whether the period is still running', () => {
    expect(buildYearReport({ ...empty, period: yearPeriod(2026) }).ongoing).toBe(true)
    expect(buildYearReport(empty).ongoing).toBe(false)
  })
})
