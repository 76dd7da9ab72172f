// The year report for funders (DESIGN.md capability 9): what the steunpunt did in a year or
// a chosen period, beside the period before it. Pure functions: the period from the URL, and
// the report's tables and charts from the rows year-report.server.ts reads. The page and the
// CSV downloads both show these tables, so a download always matches what the page says.
import { z } from 'zod'
import { ACTIVITY_SUBTYPES } from '~/models/activity/activity-kinds.ts'
import { activitySubtypeLabel } from '~/models/activity/activity-options.ts'
import { localMoment } from '~/models/activity/occurred-at.ts'
import { type AdviceFigureSummary, formatShare } from '~/models/advice/advice-figures.ts'
import { MEETING_KINDS } from '~/models/meeting/meeting-kinds.ts'
import { isHeld, type MeetingFacts } from '~/models/meeting/series-stats.ts'
import { calendarDay, dayInputValue, daysBefore } from '~/models/signal/signal-dates.ts'
import { type CsvCell, csvDay } from '~/utils/csv.ts'
import { formatDateOnly, parseDateOnly } from '~/utils/dates.ts'
import { type FieldErrors, parseForm } from '~/utils/forms.ts'
import { type MessageKey, messageRef, t } from '~/utils/i18n/index.ts'
import { endNotBeforeStart, optionalDate } from '~/utils/validation.ts'
import { dutchYear } from './wi-monitor.ts'

// The first year a report can be asked for.
export const FIRST_YEAR = 2000

const DAY_MS = 86_400_000

/** A report period: a calendar year (`year` set) or any run of days, as "yyyy-mm-dd". */
export type Period = { year: number | null; firstDay: string; lastDay: string }

// Returns a "yyyy-mm-dd" day as the date-only value it stands for (midnight UTC).
function dayOf(day: string) {
  const date = parseDateOnly(day)
  if (!date) throw new Error(`not a calendar day: ${day}`)
  return date
}

// Returns the calendar year `year` as a period.
export function yearPeriod(year: number): Period {
  const padded = String(year).padStart(4, '0')
  return { year, firstDay: `${padded}-01-01`, lastDay: `${padded}-12-31` }
}

// Returns the period a report compares with: the calendar year before, or as many days as
// `period` has, right before it.
export function previousPeriod(period: Period): Period {
  if (period.year !== null) return yearPeriod(period.year - 1)
  const first = dayOf(period.firstDay)
  const days = Math.round((dayOf(period.lastDay).getTime() - first.getTime()) / DAY_MS) + 1
  return {
    year: null,
    firstDay: dayInputValue(daysBefore(first, days)),
    lastDay: dayInputValue(daysBefore(first, 1)),
  }
}

// Returns what a period covers: moments (when something happened) from `from` up to, not
// including, `until` in Dutch time; date-only values (sent on, received on) from `firstDay`
// through `lastDay`, or up to `dayAfter`.
export function periodBounds(period: Period) {
  const firstDay = dayOf(period.firstDay)
  const lastDay = dayOf(period.lastDay)
  const dayAfter = new Date(lastDay.getTime() + DAY_MS)
  return {
    from: localMoment(firstDay, '00:00'),
    until: localMoment(dayAfter, '00:00'),
    firstDay,
    lastDay,
    dayAfter,
  }
}

// Returns how a period is named: "2026", or "1 maart 2026 t/m 31 augustus 2026".
export function periodLabel(period: Period) {
  if (period.year !== null) return String(period.year)
  return t('reports.yearReport.periodRange', {
    from: formatDateOnly(dayOf(period.firstDay)),
    to: formatDateOnly(dayOf(period.lastDay)),
  })
}

// Returns the search params that ask for `period` ("jaar=2026", or "van=…&tot=…").
export function periodSearch(period: Period) {
  const params = new URLSearchParams(
    period.year !== null ? { jaar: String(period.year) } : { van: period.firstDay, tot: period.lastDay },
  )
  return params.toString()
}

/** What the period form holds: the user's text, put back beside any message. */
export type PeriodInput = { jaar: string; van: string; tot: string }

export type PeriodSearch = {
  /** Which form the user used: one year, or a period of their own. */
  mode: 'year' | 'period'
  input: PeriodInput
  /** The period to report on; null when the input had errors. */
  period: Period | null
  errors: FieldErrors
}

// Returns "dd-mm-jjjj" (typed where a browser has no date picker) as "yyyy-mm-dd" (what the
// picker sends); anything else as it is.
function isoDay(value: unknown) {
  if (typeof value !== 'string') return value
  const match = /^\s*(\d{1,2})-(\d{1,2})-(\d{4})\s*$/.exec(value)
  return match ? `${match[3]}-${match[2]?.padStart(2, '0')}-${match[1]?.padStart(2, '0')}` : value
}

// A required day of a custom period, from FIRST_YEAR up to the end of `thisYear`.
function periodDay(thisYear: number) {
  return z.preprocess(isoDay, optionalDate).transform((value, ctx) => {
    if (value === null) {
      ctx.addIssue({ code: 'custom', message: 'validation.required' })
      return z.NEVER
    }
    if (value < dayOf(yearPeriod(FIRST_YEAR).firstDay)) {
      ctx.addIssue({
        code: 'custom',
        message: messageRef('reports.yearReport.dateTooEarly', { min: FIRST_YEAR }),
      })
    } else if (value > dayOf(yearPeriod(thisYear).lastDay)) {
      ctx.addIssue({
        code: 'custom',
        message: messageRef('reports.yearReport.dateTooLate', { max: thisYear }),
      })
    }
    return value
  })
}

// Returns the period the URL asks for: `van` and `tot` (a period of one's own, as yyyy-mm-dd
// or dd-mm-jjjj), else `jaar` (a year from FIRST_YEAR up to this one), else this year in
// Dutch time. Bad input gives messages per field, never an exception.
export function parsePeriodSearch(params: URLSearchParams, now = new Date()): PeriodSearch {
  const input: PeriodInput = {
    jaar: params.get('jaar')?.trim() ?? '',
    van: params.get('van')?.trim() ?? '',
    tot: params.get('tot')?.trim() ?? '',
  }
  const thisYear = dutchYear(now)
  if (input.van || input.tot) {
    const form = new FormData()
    form.set('van', input.van)
    form.set('tot', input.tot)
    const schema = z
      .object({ van: periodDay(thisYear), tot: periodDay(thisYear) })
      .superRefine(...endNotBeforeStart('van', 'tot'))
    const result = parseForm(form, schema)
    if (!result.success) return { mode: 'period', input, period: null, errors: result.errors }
    const period = {
      year: null,
      firstDay: dayInputValue(result.value.van),
      lastDay: dayInputValue(result.value.tot),
    }
    return { mode: 'period', input, period, errors: {} }
  }
  if (!input.jaar)
    return {
      mode: 'year',
      input: { ...input, jaar: String(thisYear) },
      period: yearPeriod(thisYear),
      errors: {},
    }
  const year = /^\d{4}$/.test(input.jaar) ? Number(input.jaar) : Number.NaN
  if (year >= FIRST_YEAR && year <= thisYear)
    return { mode: 'year', input, period: yearPeriod(year), errors: {} }
  const message = messageRef('reports.yearReport.yearInvalid', { min: FIRST_YEAR, max: thisYear })
  return { mode: 'year', input, period: null, errors: { jaar: [message] } }
}

// ---------------------------------------------------------------------------------------
// The rows the queries give

/** Which of the two periods a row belongs to. */
export type PeriodSide = 'current' | 'previous'

/** A meeting that began in one of the periods, with who was present and its vision documents. */
export type MeetingRow = MeetingFacts & {
  kind: string
  title: string
  visionDocuments: { id: string; title: string }[]
}

/** Activities of one kind and subtype in one period: how many, and the minutes spent. */
export type ActivityCountRow = {
  period: PeriodSide
  kind: string
  subtype: string | null
  count: number
  minutes: number
}

/** Activities of one kind with one organisation (support: involved; werkbezoek: visited). */
export type ActivityOrganisationRow = {
  period: PeriodSide
  kind: string
  organisationId: string
  organisationName: string
  count: number
  minutes: number
}

export type SignalMeasure = 'received' | 'forwarded' | 'fedBack'

/** Signals received, forwarded or fed back in one period. */
export type SignalCountRow = { period: PeriodSide; measure: SignalMeasure; count: number }

/** The quick scans of one period: scans held, their responses per group, plan actions. */
export type QuickScanFigures = {
  held: number
  councilResponses: number
  municipalityResponses: number
  actionsCreated: number
  actionsDone: number
}

export type YearReportData = {
  period: Period
  now: Date
  meetings: MeetingRow[]
  activityCounts: ActivityCountRow[]
  activityOrganisations: ActivityOrganisationRow[]
  signalCounts: SignalCountRow[]
  advices: Record<PeriodSide, AdviceFigureSummary>
  quickScans: Record<PeriodSide, QuickScanFigures>
}

// ---------------------------------------------------------------------------------------
// Tables

// The tables of the report, by the name their CSV download has in the URL.
export const YEAR_REPORT_TABLES = [
  'bijeenkomsten',
  'visiedocumenten',
  'ondersteuning-per-raad',
  'ondersteuning-per-vorm',
  'werkbezoeken',
  'contacten',
  'adviezen',
  'signalen',
  'quickscans',
] as const
export type YearReportTableId = (typeof YEAR_REPORT_TABLES)[number]

// Returns true when `name` is one of the report's tables.
export function isYearReportTable(name: string): name is YearReportTableId {
  return (YEAR_REPORT_TABLES as readonly string[]).includes(name)
}

/** One cell of a report table, typed so that the page and the CSV can each write it well. */
export type ReportValue =
  | { type: 'count'; value: number }
  | { type: 'hours'; minutes: number }
  | { type: 'average'; value: number | null }
  | { type: 'share'; value: number | null }
  | { type: 'days'; value: number | null }
  | { type: 'text'; value: string }
  | { type: 'day'; value: string }

/** A row of a report table; `key` tells rows apart where labels may repeat (two councils of one name). */
export type ReportRow = { key: string; label: string; values: ReportValue[] }

export type ReportTable = {
  id: YearReportTableId
  caption: string
  /** The header of the first column (the row labels), then of the value columns. */
  columns: string[]
  rows: ReportRow[]
  /** Totals under the rows (a table's tfoot); empty when the table has none. */
  totals: ReportRow[]
  /** What the page says instead of a table without rows; null for tables with fixed rows. */
  empty: string | null
}

const count = (value: number): ReportValue => ({ type: 'count', value })
const hours = (minutes: number): ReportValue => ({ type: 'hours', minutes })

const wholeNumber = new Intl.NumberFormat('nl-NL')
const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })
const roundToTenth = (value: number) => Math.round(value * 10) / 10

// Returns a value as the page shows it: "1.234", "12,5", "67%", "geen" for nothing to count.
export function formatValue(value: ReportValue): string {
  switch (value.type) {
    case 'count':
      return wholeNumber.format(value.value)
    case 'hours':
      return oneDecimal.format(value.minutes / 60)
    case 'average':
    case 'days':
      return value.value === null ? t('reports.yearReport.noValue') : oneDecimal.format(value.value)
    case 'share':
      return value.value === null ? t('reports.yearReport.noValue') : formatShare(value.value)
    case 'text':
      return value.value
    case 'day':
      return formatDateOnly(dayOf(value.value))
  }
}

// Returns a value as a CSV cell: numbers as numbers (hours and averages to one decimal),
// a share as "67%", a day as dd-mm-jjjj, nothing to count as an empty cell.
export function csvValue(value: ReportValue): CsvCell {
  switch (value.type) {
    case 'count':
      return value.value
    case 'hours':
      return roundToTenth(value.minutes / 60)
    case 'average':
    case 'days':
      return value.value === null ? null : roundToTenth(value.value)
    case 'share':
      return value.value === null ? null : formatShare(value.value)
    case 'text':
      return value.value
    case 'day':
      return csvDay(dayOf(value.value))
  }
}

// Returns the rows of a table as CSV rows: the label, then the values.
export function csvRows(table: ReportTable) {
  return [...table.rows, ...table.totals].map((row): CsvCell[] => [row.label, ...row.values.map(csvValue)])
}

/** The column names of the two periods: "2026" and "2025", or "deze periode" and "periode ervoor". */
export type PeriodColumns = Record<PeriodSide, string>

// Returns the names the two periods have in column headers.
export function periodColumns(period: Period): PeriodColumns {
  return period.year !== null
    ? { current: String(period.year), previous: String(period.year - 1) }
    : {
        current: t('reports.yearReport.columnCurrent').toLowerCase(),
        previous: t('reports.yearReport.columnPrevious').toLowerCase(),
      }
}

// Returns a measure's two column headers: "Gehouden 2026", "Gehouden 2025".
function paired(key: MessageKey, columns: PeriodColumns) {
  return [t(key, { period: columns.current }), t(key, { period: columns.previous })]
}

const SIDES: readonly PeriodSide[] = ['current', 'previous']

const average = (total: number, over: number) => (over === 0 ? null : total / over)

// Returns the held meetings of one kind (all kinds when `kind` is null) summed up: how many,
// and the average people present and organisations represented per meeting.
function meetingFigures(held: MeetingRow[], kind: string | null) {
  const meetings = kind === null ? held : held.filter((meeting) => meeting.kind === kind)
  const people = meetings.reduce((sum, meeting) => sum + meeting.present.length, 0)
  const organisations = meetings.reduce(
    (sum, meeting) =>
      sum +
      new Set(meeting.present.flatMap((person) => (person.organisationId ? [person.organisationId] : [])))
        .size,
    0,
  )
  return {
    held: meetings.length,
    averagePeople: average(people, meetings.length),
    averageOrganisations: average(organisations, meetings.length),
  }
}

// Returns the held meetings of each period, oldest first.
export function heldMeetings(data: Pick<YearReportData, 'period' | 'meetings' | 'now'>) {
  const { from } = periodBounds(data.period)
  const held = data.meetings
    .filter((meeting) => isHeld(meeting, data.now))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
  return {
    current: held.filter((meeting) => meeting.startsAt >= from),
    previous: held.filter((meeting) => meeting.startsAt < from),
  }
}

// Returns a meeting row's values for both periods: held, average people, average organisations.
function meetingValues(held: Record<PeriodSide, MeetingRow[]>, kind: string | null): ReportValue[] {
  const [current, previous] = SIDES.map((side) => meetingFigures(held[side], kind)) as [
    ReturnType<typeof meetingFigures>,
    ReturnType<typeof meetingFigures>,
  ]
  return [
    count(current.held),
    count(previous.held),
    { type: 'average', value: current.averagePeople },
    { type: 'average', value: previous.averagePeople },
    { type: 'average', value: current.averageOrganisations },
    { type: 'average', value: previous.averageOrganisations },
  ]
}

function meetingsTable(held: Record<PeriodSide, MeetingRow[]>, columns: PeriodColumns): ReportTable {
  return {
    id: 'bijeenkomsten',
    caption: t('reports.yearReport.meetingsCaption'),
    columns: [
      t('reports.yearReport.meetingKind'),
      ...paired('reports.yearReport.held', columns),
      ...paired('reports.yearReport.averagePeople', columns),
      ...paired('reports.yearReport.averageOrganisations', columns),
    ],
    rows: MEETING_KINDS.map((kind) => ({
      key: kind,
      label: t(`meetingKind.${kind}`),
      values: meetingValues(held, kind),
    })),
    totals: [
      { key: 'total', label: t('reports.yearReport.meetingsTotal'), values: meetingValues(held, null) },
    ],
    empty: null,
  }
}

// Returns the Dutch calendar day of a moment as "yyyy-mm-dd".
function dutchDay(moment: Date) {
  return dayInputValue(calendarDay(moment))
}

function visionDocumentsTable(held: MeetingRow[]): ReportTable {
  return {
    id: 'visiedocumenten',
    caption: t('reports.yearReport.visionDocumentsCaption'),
    columns: [
      t('reports.yearReport.visionDocumentTitle'),
      t('reports.yearReport.visionDocumentMeeting'),
      t('reports.yearReport.visionDocumentDate'),
    ],
    rows: held.flatMap((meeting) =>
      meeting.visionDocuments.map((document) => ({
        key: document.id,
        label: document.title,
        values: [
          { type: 'text', value: meeting.title },
          { type: 'day', value: dutchDay(meeting.startsAt) },
        ] satisfies ReportValue[],
      })),
    ),
    totals: [],
    empty: t('reports.yearReport.noVisionDocuments'),
  }
}

type Tally = { count: number; minutes: number }
type Tallies = Record<PeriodSide, Tally>

const noTallies = (): Tallies => ({ current: { count: 0, minutes: 0 }, previous: { count: 0, minutes: 0 } })

// Returns rows added up by `keyOf` per period, in the order the keys were first seen.
function tally<R extends { period: PeriodSide; count: number; minutes: number }>(
  rows: R[],
  keyOf: (row: R) => string,
) {
  const tallies = new Map<string, Tallies>()
  for (const row of rows) {
    const key = keyOf(row)
    const entry = tallies.get(key) ?? noTallies()
    entry[row.period].count += row.count
    entry[row.period].minutes += row.minutes
    tallies.set(key, entry)
  }
  return tallies
}

// Returns the total of rows per period.
function total(rows: ActivityCountRow[]) {
  return tally(rows, () => 'all').get('all') ?? noTallies()
}

// Returns the values of a tally: counts of both periods, then (with `withHours`) hours.
function tallyValues(entry: Tallies, withHours: boolean): ReportValue[] {
  const counts = [count(entry.current.count), count(entry.previous.count)]
  return withHours ? [...counts, hours(entry.current.minutes), hours(entry.previous.minutes)] : counts
}

// Returns organisation tallies as rows: most activities in the current period first, then
// the previous period, then by name.
function organisationRows(rows: ActivityOrganisationRow[], withHours: boolean): ReportRow[] {
  const names = new Map(rows.map((row) => [row.organisationId, row.organisationName]))
  return [...tally(rows, (row) => row.organisationId)]
    .map(([id, entry]) => ({ id, name: names.get(id) ?? '', entry }))
    .sort(
      (a, b) =>
        b.entry.current.count - a.entry.current.count ||
        b.entry.previous.count - a.entry.previous.count ||
        a.name.localeCompare(b.name, 'nl'),
    )
    .map(({ id, name, entry }) => ({ key: id, label: name, values: tallyValues(entry, withHours) }))
}

const NO_FORM = ''

// Returns rows per form of an activity kind: the known forms in their usual order (also when
// zero), then any other form, then the activities without a form.
function formRows(rows: ActivityCountRow[], kind: 'SUPPORT' | 'CONTACT', withHours: boolean): ReportRow[] {
  const tallies = tally(rows, (row) => row.subtype ?? NO_FORM)
  const known = ACTIVITY_SUBTYPES[kind]
  const others = [...tallies.keys()].filter((form) => form !== NO_FORM && !known.includes(form)).sort()
  const forms = [...known, ...others, ...(tallies.has(NO_FORM) ? [NO_FORM] : [])]
  return forms.map((form) => ({
    key: form === NO_FORM ? 'none' : form,
    label: form === NO_FORM ? t('reports.yearReport.noForm') : activitySubtypeLabel(form),
    values: tallyValues(tallies.get(form) ?? noTallies(), withHours),
  }))
}

function supportTables(data: YearReportData, columns: PeriodColumns): ReportTable[] {
  const supportCounts = data.activityCounts.filter((row) => row.kind === 'SUPPORT')
  const head = [
    ...paired('reports.yearReport.activities', columns),
    ...paired('reports.yearReport.hours', columns),
  ]
  const totals = [
    {
      key: 'total',
      label: t('reports.yearReport.supportTotal'),
      values: tallyValues(total(supportCounts), true),
    },
  ]
  return [
    {
      id: 'ondersteuning-per-raad',
      caption: t('reports.yearReport.supportPerCouncilCaption'),
      columns: [t('reports.yearReport.council'), ...head],
      rows: organisationRows(
        data.activityOrganisations.filter((row) => row.kind === 'SUPPORT'),
        true,
      ),
      totals,
      empty: t('reports.yearReport.noSupport'),
    },
    {
      id: 'ondersteuning-per-vorm',
      caption: t('reports.yearReport.supportPerFormCaption'),
      columns: [t('reports.yearReport.supportForm'), ...head],
      rows: formRows(supportCounts, 'SUPPORT', true),
      totals,
      empty: null,
    },
  ]
}

function siteVisitsTable(data: YearReportData, columns: PeriodColumns): ReportTable {
  const sites = data.activityOrganisations.filter((row) => row.kind === 'SITE_VISIT')
  const distinctSites = (side: PeriodSide) =>
    count(new Set(sites.filter((row) => row.period === side).map((row) => row.organisationId)).size)
  return {
    id: 'werkbezoeken',
    caption: t('reports.yearReport.siteVisitsCaption'),
    columns: [t('reports.yearReport.site'), ...paired('reports.yearReport.visits', columns)],
    rows: organisationRows(sites, false),
    totals: [
      {
        key: 'visits',
        label: t('reports.yearReport.siteVisitsTotal'),
        values: tallyValues(total(data.activityCounts.filter((row) => row.kind === 'SITE_VISIT')), false),
      },
      {
        key: 'sites',
        label: t('reports.yearReport.sitesTotal'),
        values: [distinctSites('current'), distinctSites('previous')],
      },
    ],
    empty: t('reports.yearReport.noSiteVisits'),
  }
}

function contactsTable(data: YearReportData, columns: PeriodColumns): ReportTable {
  const contacts = data.activityCounts.filter((row) => row.kind === 'CONTACT')
  return {
    id: 'contacten',
    caption: t('reports.yearReport.contactsCaption'),
    columns: [t('reports.yearReport.contactForm'), ...paired('reports.yearReport.contactCount', columns)],
    rows: formRows(contacts, 'CONTACT', false),
    totals: [
      {
        key: 'total',
        label: t('reports.yearReport.contactsTotal'),
        values: tallyValues(total(contacts), false),
      },
    ],
    empty: null,
  }
}

// Returns a figure row: one value per period.
function figureRow(label: MessageKey, valueFor: (side: PeriodSide) => ReportValue): ReportRow {
  return { key: label, label: t(label), values: SIDES.map(valueFor) }
}

function advicesTable(advices: YearReportData['advices'], columns: PeriodColumns): ReportTable {
  const of = (side: PeriodSide) => advices[side]
  return {
    id: 'adviezen',
    caption: t('reports.yearReport.advicesCaption'),
    columns: [t('reports.yearReport.figure'), columns.current, columns.previous],
    rows: [
      figureRow('reports.yearReport.advicesSent', (side) => count(of(side).sent)),
      figureRow('reports.yearReport.advicesJoint', (side) => count(of(side).joint)),
      figureRow('reports.yearReport.advicesJointShare', (side) => ({
        type: 'share',
        value: of(side).jointShare,
      })),
      figureRow('reports.yearReport.advicesResponded', (side) => count(of(side).responded)),
      figureRow('reports.yearReport.advicesAdopted', (side) => count(of(side).adopted)),
      figureRow('reports.yearReport.advicesAdoptionRate', (side) => ({
        type: 'share',
        value: of(side).adoptionRate,
      })),
      figureRow('reports.yearReport.advicesNoResponse', (side) => count(of(side).noResponse)),
      figureRow('reports.yearReport.advicesMedian', (side) => ({
        type: 'days',
        value: of(side).medianResponseDays,
      })),
    ],
    totals: [],
    empty: null,
  }
}

const SIGNAL_ROWS: [SignalMeasure, MessageKey][] = [
  ['received', 'reports.yearReport.signalsReceived'],
  ['forwarded', 'reports.yearReport.signalsForwarded'],
  ['fedBack', 'reports.yearReport.signalsFedBack'],
]

function signalsTable(rows: SignalCountRow[], columns: PeriodColumns): ReportTable {
  const countOf = (measure: SignalMeasure, side: PeriodSide) =>
    rows
      .filter((row) => row.measure === measure && row.period === side)
      .reduce((sum, row) => sum + row.count, 0)
  return {
    id: 'signalen',
    caption: t('reports.yearReport.signalsCaption'),
    columns: [t('reports.yearReport.figure'), columns.current, columns.previous],
    rows: SIGNAL_ROWS.map(([measure, label]) => figureRow(label, (side) => count(countOf(measure, side)))),
    totals: [],
    empty: null,
  }
}

const QUICK_SCAN_ROWS: [keyof QuickScanFigures, MessageKey][] = [
  ['held', 'reports.yearReport.quickScansHeld'],
  ['councilResponses', 'reports.yearReport.quickScansCouncilResponses'],
  ['municipalityResponses', 'reports.yearReport.quickScansMunicipalityResponses'],
  ['actionsCreated', 'reports.yearReport.quickScansActionsCreated'],
  ['actionsDone', 'reports.yearReport.quickScansActionsDone'],
]

function quickScansTable(figures: YearReportData['quickScans'], columns: PeriodColumns): ReportTable {
  return {
    id: 'quickscans',
    caption: t('reports.yearReport.quickScansCaption'),
    columns: [t('reports.yearReport.figure'), columns.current, columns.previous],
    rows: QUICK_SCAN_ROWS.map(([measure, label]) =>
      figureRow(label, (side) => count(figures[side][measure])),
    ),
    totals: [],
    empty: null,
  }
}

// ---------------------------------------------------------------------------------------
// Charts

/** A bar chart of a table: per row one bar for each period. */
export type ChartData = {
  title: string
  /** The caption of the table that holds the same numbers. */
  table: string
  series: [string, string]
  rows: { key: string; label: string; values: [number, number] }[]
  unit: 'count' | 'hours'
}

// Returns the number a chart draws for a value (hours as hours).
function chartNumber(value: ReportValue | undefined) {
  if (value?.type === 'count') return value.value
  if (value?.type === 'hours') return value.minutes / 60
  return 0
}

// Returns a chart of the table's rows with anything to show, from two value columns (the
// current and the previous period of one measure).
function chartOf(table: ReportTable, title: string, column: number, series: PeriodColumns): ChartData {
  const first = table.rows[0]?.values[column]
  return {
    title,
    table: table.caption,
    series: [series.current, series.previous],
    unit: first?.type === 'hours' ? 'hours' : 'count',
    rows: table.rows
      .map((row) => ({
        key: row.key,
        label: row.label,
        values: [chartNumber(row.values[column]), chartNumber(row.values[column + 1])] as [number, number],
      }))
      .filter((row) => row.values[0] > 0 || row.values[1] > 0),
  }
}

// ---------------------------------------------------------------------------------------
// The report

// Returns the report: its title, periods, tables (by id) and charts.
export function buildYearReport(data: YearReportData) {
  const previous = previousPeriod(data.period)
  const columns = periodColumns(data.period)
  const held = heldMeetings(data)
  const [perCouncil, perForm] = supportTables(data, columns) as [ReportTable, ReportTable]
  const list = [
    meetingsTable(held, columns),
    visionDocumentsTable(held.current),
    perCouncil,
    perForm,
    siteVisitsTable(data, columns),
    contactsTable(data, columns),
    advicesTable(data.advices, columns),
    signalsTable(data.signalCounts, columns),
    quickScansTable(data.quickScans, columns),
  ]
  const tables = Object.fromEntries(list.map((table) => [table.id, table])) as Record<
    YearReportTableId,
    ReportTable
  >
  const visionDocuments = (side: PeriodSide) =>
    held[side].reduce((sum, meeting) => sum + meeting.visionDocuments.length, 0)
  return {
    period: data.period,
    previous,
    title:
      data.period.year !== null
        ? t('reports.yearReport.titleYear', { year: data.period.year })
        : t('reports.yearReport.titlePeriod', { period: periodLabel(data.period) }),
    periodLabel: periodLabel(data.period),
    previousLabel: periodLabel(previous),
    search: periodSearch(data.period),
    // The period has not ended yet (it runs through today or later).
    ongoing: dutchDay(data.now) <= data.period.lastDay,
    today: formatDateOnly(calendarDay(data.now)),
    visionDocuments: { current: visionDocuments('current'), previous: visionDocuments('previous') },
    tables,
    charts: {
      meetings: chartOf(tables.bijeenkomsten, t('reports.yearReport.meetingsChart'), 0, columns),
      support: chartOf(tables['ondersteuning-per-vorm'], t('reports.yearReport.supportChart'), 2, columns),
      contacts: chartOf(tables.contacten, t('reports.yearReport.contactsChart'), 0, columns),
    },
  }
}

export type YearReport = ReturnType<typeof buildYearReport>
