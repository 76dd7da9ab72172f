import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { createSeries } from '~/models/meeting/series.server.ts'
import { loader as listLoader } from '~/routes/bijeenkomsten.reeksen._index.tsx'
import { loader as detailLoader } from '~/routes/bijeenkomsten.reeksen.$seriesId.tsx'
import {
  action as editAction,
  loader as editLoader,
} from '~/routes/bijeenkomsten.reeksen.$seriesId_.bewerken.tsx'
import {
  action as extendAction,
  loader as extendLoader,
} from '~/routes/bijeenkomsten.reeksen.$seriesId_.verlengen.tsx'
import { action as newAction, loader as newLoader } from '~/routes/bijeenkomsten.reeksen.nieuw.tsx'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import {
  createTestOrganisation,
  type FormFields,
  makeRequest,
  outcome,
  postForm as post,
  signedIn,
  testContext,
} from '../factories.ts'

type Fields = FormFields

type Row = {
  day: string
  date: string
  weekday: string
  time: string
  warning: string | null
  checked: boolean
}
type Reply = {
  step: 'form' | 'review'
  values: Record<string, string>
  errors: Record<string, string[]>
  rows?: Row[]
}

const messages = (reply: { data?: Reply }, field: string) =>
  (reply.data?.errors[field] ?? []).map(translateRef)

// Returns a moment as Dutch wall-clock time, "2027-03-18 19:30".
const dutch = (moment: Date) => format(new TZDate(moment, 'Europe/Amsterdam'), 'yyyy-MM-dd HH:mm')

// Writes a day as Dutch people do, with its weekday: "donderdag 18 maart 2027".
const longDay = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
})

// The six exchange meetings of 2027: the third Thursday of every other month from January.
const exchange2027: Fields = {
  title: 'Provinciale uitwisseling 2027',
  kind: 'EXCHANGE',
  frequency: 'TIMES_PER_YEAR',
  timesPerYear: '6',
  monthInterval: '2',
  nth: '3',
  weekday: '4',
  weekInterval: '1',
  startDate: '2027-01-21',
  untilDate: '',
  count: '6',
  startTime: '19:30',
  endTime: '21:30',
  location: 'Leeuwarden',
  description: 'Uitwisseling tussen de raden.',
  holidayPolicy: 'flag',
}

function plan(cookie: string, fields: Fields) {
  return outcome<Reply>(() =>
    newAction({
      request: post('/bijeenkomsten/reeksen/nieuw', cookie, fields),
      params: {},
      context: testContext(),
    }),
  )
}

function extend(seriesId: string, cookie: string, fields: Fields) {
  return outcome<Reply>(() =>
    extendAction({
      request: post(`/bijeenkomsten/reeksen/${seriesId}/verlengen`, cookie, fields),
      params: { seriesId },
      context: testContext(),
    }),
  )
}

function seriesPage(seriesId: string, cookie: string) {
  return outcome<Awaited<ReturnType<typeof detailLoader>>>(() =>
    detailLoader({
      request: makeRequest(`/bijeenkomsten/reeksen/${seriesId}`, { cookie }),
      params: { seriesId },
      context: testContext(),
    }),
  )
}

// Plans a series through both steps: shows the dates, then saves the ones given (all
// suggested ones when `include` is left out). Returns the review rows and the new series id.
async function planThroughForm(cookie: string, fields: Fields, include?: (rows: Row[]) => string[]) {
  const review = await plan(cookie, { ...fields, intent: 'preview' })
  expect(review.status, JSON.stringify(review.data?.errors)).toBe(200)
  const rows = review.data?.rows ?? []
  const chosen = include ? include(rows) : rows.filter((row) => row.checked).map((row) => row.day)
  const saved = await plan(cookie, { ...(review.data?.values ?? {}), include: chosen, intent: 'save' })
  expect(saved.status, JSON.stringify(saved.data?.errors)).toBe(302)
  const seriesId = saved.location?.split('/').at(-1) ?? ''
  return { rows, seriesId, location: saved.location }
}

function meetingsOf(seriesId: string) {
  return prisma.meeting.findMany({ where: { seriesId }, orderBy: { startsAt: 'asc' } })
}

describe('planning a series', () => {
  it('shows the generated dates for review with their warnings, then saves one meeting per ticked date', async () => {
    const coordinator = await signedIn('coordinator')
    const { rows, seriesId, location } = await planThroughForm(coordinator.cookie, exchange2027, (all) =>
      all.filter((row) => row.day !== '2027-07-15').map((row) => row.day),
    )
    expect(rows.map((row) => [row.date, row.weekday, row.time, row.warning, row.checked])).toEqual([
      ['21 januari 2027', 'donderdag', '19:30–21:30', null, true],
      ['18 maart 2027', 'donderdag', '19:30–21:30', null, true],
      ['20 mei 2027', 'donderdag', '19:30–21:30', null, true],
      ['15 juli 2027', 'donderdag', '19:30–21:30', 'zomervakantie regio noord', true],
      ['16 september 2027', 'donderdag', '19:30–21:30', null, true],
      ['18 november 2027', 'donderdag', '19:30–21:30', null, true],
    ])
    expect(location).toBe(`/bijeenkomsten/reeksen/${seriesId}`)

    const series = await prisma.meetingSeries.findUniqueOrThrow({ where: { id: seriesId } })
    expect(series).toMatchObject({
      title: 'Provinciale uitwisseling 2027',
      kind: 'EXCHANGE',
      startTime: '19:30',
      endTime: '21:30',
      location: 'Leeuwarden',
      createdById: coordinator.user.id,
    })
    const meetings = await meetingsOf(seriesId)
    expect(meetings.map((meeting) => dutch(meeting.startsAt))).toEqual([
      '2027-01-21 19:30',
      '2027-03-18 19:30',
      '2027-05-20 19:30',
      '2027-09-16 19:30',
      '2027-11-18 19:30',
    ])
    expect(meetings.map((meeting) => dutch(meeting.endsAt).slice(11))).toEqual(Array(5).fill('21:30'))
    for (const meeting of meetings) {
      expect(meeting).toMatchObject({
        status: 'PLANNED',
        kind: 'EXCHANGE',
        title: 'Provinciale uitwisseling 2027',
        location: 'Leeuwarden',
        description: 'Uitwisseling tussen de raden.',
        createdById: coordinator.user.id,
        dateWarning: null,
      })
    }
    // The coordinator who planned them organises them (the dashboard marks them as hers).
    const organisers = await prisma.meetingOrganiser.findMany({ where: { meeting: { seriesId } } })
    expect(organisers.map((organiser) => organiser.userId)).toEqual(Array(5).fill(coordinator.user.id))
    expect(await prisma.auditEvent.count({ where: { action: 'series.create', entityId: seriesId } })).toBe(1)
  })

  it('starts the form with the exchange meeting, 19:30–21:30 and the default location from the settings', async () => {
    const coordinator = await signedIn('coordinator')
    await prisma.setting.create({ data: { key: 'meetingDefaultLocation', value: 'Drachten' } })
    try {
      const page = await outcome<Awaited<ReturnType<typeof newLoader>>>(() =>
        newLoader({
          request: makeRequest('/bijeenkomsten/reeksen/nieuw', { cookie: coordinator.cookie }),
          params: {},
          context: testContext(),
        }),
      )
      expect(page.data?.initial).toMatchObject({
        kind: 'EXCHANGE',
        startTime: '19:30',
        endTime: '21:30',
        location: 'Drachten',
        holidayPolicy: 'flag',
      })
    } finally {
      await prisma.setting.delete({ where: { key: 'meetingDefaultLocation' } })
    }
  })

  it('generates the dates again on saving and ignores ticked days the rule does not produce', async () => {
    const coordinator = await signedIn('coordinator')
    const fields = { ...exchange2027, title: 'Uitwisseling met een verzonnen datum' }
    const saved = await plan(coordinator.cookie, {
      ...fields,
      include: ['2027-01-21', '2027-02-02', 'morgen'],
      intent: 'save',
    })
    expect(saved.status).toBe(302)
    const seriesId = saved.location?.split('/').at(-1) ?? ''
    expect((await meetingsOf(seriesId)).map((meeting) => dutch(meeting.startsAt))).toEqual([
      '2027-01-21 19:30',
    ])
  })

  it('refuses to save without any ticked date, keeps the review step and stores nothing', async () => {
    const coordinator = await signedIn('coordinator')
    const before = await prisma.meetingSeries.count()
    const refused = await plan(coordinator.cookie, {
      ...exchange2027,
      include: ['2027-02-02'],
      intent: 'save',
    })
    expect(refused.status).toBe(400)
    expect(refused.data?.step).toBe('review')
    expect(messages(refused, 'include')).toEqual(['Vink minstens één datum aan.'])
    expect(refused.data?.rows?.every((row) => !row.checked)).toBe(true)
    expect(refused.data?.values.title).toBe('Provinciale uitwisseling 2027')
    expect(await prisma.meetingSeries.count()).toBe(before)
  })

  it('goes back from the review to the form with everything filled in', async () => {
    const coordinator = await signedIn('coordinator')
    const back = await plan(coordinator.cookie, { ...exchange2027, include: ['2027-01-21'], intent: 'edit' })
    expect(back.status).toBe(200)
    expect(back.data?.step).toBe('form')
    expect(back.data?.values).toEqual(exchange2027)
  })

  it('keeps 19:30 Dutch time across the change to summer time and back', async () => {
    const coordinator = await signedIn('coordinator')
    const { seriesId } = await planThroughForm(coordinator.cookie, {
      ...exchange2027,
      title: 'Wekelijks spreekuuroverleg',
      kind: 'SUPPORT_POINT_HOLDERS',
      frequency: 'WEEKLY',
      weekInterval: '1',
      startDate: '2027-03-25',
      count: '',
      untilDate: '2027-04-01',
    })
    const meetings = await meetingsOf(seriesId)
    // 28 March 2027 the clocks go forward: the same local time is an hour earlier in UTC.
    expect(meetings.map((meeting) => meeting.startsAt.toISOString())).toEqual([
      '2027-03-25T18:30:00.000Z',
      '2027-04-01T17:30:00.000Z',
    ])
    expect(meetings.map((meeting) => dutch(meeting.startsAt))).toEqual([
      '2027-03-25 19:30',
      '2027-04-01 19:30',
    ])
  })
})

describe('a plan that cannot be made', () => {
  it('refuses a start time that does not exist on the day the clocks go forward', async () => {
    const coordinator = await signedIn('coordinator')
    const refused = await plan(coordinator.cookie, {
      ...exchange2027,
      frequency: 'WEEKLY',
      startDate: '2027-03-21',
      count: '2',
      startTime: '02:30',
      endTime: '04:00',
      intent: 'preview',
    })
    expect(refused.status).toBe(400)
    expect(refused.data?.step).toBe('form')
    expect(messages(refused, 'startTime')).toEqual([
      '02:30 bestaat niet op 28 maart 2027: die nacht gaat de klok van 02:00 naar 03:00. Kies een andere tijd.',
    ])
    expect(refused.data?.values.startTime).toBe('02:30')
  })

  it('refuses a series without an end, with both ends, or with more than 100 meetings', async () => {
    const coordinator = await signedIn('coordinator')
    const weekly = { ...exchange2027, frequency: 'WEEKLY', weekInterval: '1', intent: 'preview' }
    const noEnd = await plan(coordinator.cookie, { ...weekly, count: '', untilDate: '' })
    expect(messages(noEnd, 'untilDate')).toEqual([
      'Een reeks heeft een einde nodig: vul een einddatum in of het aantal bijeenkomsten.',
    ])
    const bothEnds = await plan(coordinator.cookie, { ...weekly, count: '6', untilDate: '2027-12-31' })
    expect(messages(bothEnds, 'count')).toEqual([
      'Vul een einddatum óf een aantal bijeenkomsten in, niet allebei.',
    ])
    const tooMany =
      'Dat worden meer dan 100 bijeenkomsten. Een reeks heeft er hoogstens 100: kies een eerdere einddatum of een kleiner aantal.'
    expect(messages(await plan(coordinator.cookie, { ...weekly, count: '101' }), 'count')).toEqual([tooMany])
    const longUntil = await plan(coordinator.cookie, { ...weekly, count: '', untilDate: '2029-06-30' })
    expect(longUntil.status).toBe(400)
    expect(messages(longUntil, 'untilDate')).toEqual([tooMany])
    expect((await plan(coordinator.cookie, { ...weekly, count: '100' })).status).toBe(200)
  })

  it('puts every other problem next to its field and keeps what was typed', async () => {
    const coordinator = await signedIn('coordinator')
    const refused = await plan(coordinator.cookie, {
      ...exchange2027,
      title: '',
      frequency: 'MONTHLY',
      monthInterval: '13',
      nth: 'vijfde',
      startDate: '2027-02-30',
      count: 'zes',
      endTime: '19:00',
      intent: 'preview',
    })
    expect(refused.status).toBe(400)
    expect(messages(refused, 'title')).toEqual(['Vul dit veld in.'])
    expect(messages(refused, 'monthInterval')).toEqual([
      'Vul een heel aantal maanden in, van 1 tot en met 12.',
    ])
    expect(messages(refused, 'nth')).toEqual([
      'Kies welke weekdag van de maand (eerste tot en met vierde, of laatste).',
    ])
    expect(messages(refused, 'startDate')).toEqual(['Vul een geldige datum in.'])
    expect(messages(refused, 'count')).toEqual(['Vul een heel aantal in, minstens 1.'])
    expect(messages(refused, 'endTime')).toEqual(['De eindtijd moet na de begintijd liggen.'])
    expect(refused.data?.values).toMatchObject({ monthInterval: '13', startDate: '2027-02-30', count: 'zes' })
  })

  it('refuses an end date before the start and a plan further ahead than five years', async () => {
    const coordinator = await signedIn('coordinator')
    const before = await plan(coordinator.cookie, {
      ...exchange2027,
      count: '',
      untilDate: '2026-12-31',
      intent: 'preview',
    })
    expect(messages(before, 'untilDate')).toEqual(['De einddatum ligt vóór de startdatum.'])
    const farAhead = await plan(coordinator.cookie, {
      ...exchange2027,
      timesPerYear: '1',
      count: '20',
      intent: 'preview',
    })
    expect(farAhead.status).toBe(400)
    expect(messages(farAhead, 'count')[0]).toMatch(
      /^De reeks loopt door tot na \d+ \w+ \d{4}; plan hoogstens 5 jaar vooruit\./,
    )
  })
})

describe('public holidays and the summer holiday', () => {
  // The first Thursday of April, May and June 2027; 6 May is Hemelvaartsdag.
  const firstThursdays = {
    ...exchange2027,
    title: 'Themabijeenkomsten voorjaar',
    kind: 'THEME',
    frequency: 'MONTHLY',
    monthInterval: '1',
    nth: '1',
    weekday: '4',
    startDate: '2027-04-01',
    count: '3',
  }

  it('skips a date on a public holiday when asked, leaving it to tick by hand', async () => {
    const coordinator = await signedIn('coordinator')
    const { rows, seriesId } = await planThroughForm(coordinator.cookie, {
      ...firstThursdays,
      holidayPolicy: 'skip',
    })
    expect(rows.map((row) => [row.day, row.warning, row.checked])).toEqual([
      ['2027-04-01', null, true],
      ['2027-05-06', 'Hemelvaartsdag', false],
      ['2027-06-03', null, true],
    ])
    expect((await meetingsOf(seriesId)).map((meeting) => dutch(meeting.startsAt).slice(0, 10))).toEqual([
      '2027-04-01',
      '2027-06-03',
    ])
  })

  it('stores the warning with a flagged date that is kept', async () => {
    const coordinator = await signedIn('coordinator')
    const { seriesId } = await planThroughForm(coordinator.cookie, {
      ...firstThursdays,
      title: 'Thema met feestdag',
    })
    expect((await meetingsOf(seriesId)).map((meeting) => meeting.dateWarning)).toEqual([
      null,
      'Hemelvaartsdag',
      null,
    ])
  })

  it('checks the summer holiday of the region in the settings', async () => {
    const coordinator = await signedIn('coordinator')
    await prisma.setting.create({ data: { key: 'summerHolidayRegion', value: 'midden' } })
    try {
      const review = await plan(coordinator.cookie, {
        ...exchange2027,
        holidayPolicy: 'skip',
        intent: 'preview',
      })
      // The summer holiday of regio midden starts on 17 July 2027, after the 15th.
      expect(review.data?.rows?.every((row) => row.warning === null && row.checked)).toBe(true)
      const august = await plan(coordinator.cookie, {
        ...exchange2027,
        startDate: '2027-08-19',
        count: '1',
        holidayPolicy: 'skip',
        intent: 'preview',
      })
      expect(august.data?.rows?.map((row) => [row.warning, row.checked])).toEqual([
        ['zomervakantie regio midden', false],
      ])
    } finally {
      await prisma.setting.delete({ where: { key: 'summerHolidayRegion' } })
    }
  })
})

describe('extending a series into the next year', () => {
  it('offers the next dates with the same rule up to the end of the following year, and saves them', async () => {
    const coordinator = await signedIn('coordinator')
    const { seriesId } = await planThroughForm(coordinator.cookie, {
      ...exchange2027,
      title: 'Uitwisseling te verlengen 2027',
    })
    const page = await outcome<Awaited<ReturnType<typeof extendLoader>>>(() =>
      extendLoader({
        request: makeRequest(`/bijeenkomsten/reeksen/${seriesId}/verlengen`, { cookie: coordinator.cookie }),
        params: { seriesId },
        context: testContext(),
      }),
    )
    expect(page.data?.initial).toEqual({ untilDate: '2028-12-31', holidayPolicy: 'flag', version: '1' })
    expect(page.data?.after).toBe('18 november 2027')

    const review = await extend(seriesId, coordinator.cookie, {
      ...(page.data?.initial ?? {}),
      intent: 'preview',
    })
    expect(review.data?.rows?.map((row) => [row.day, row.warning])).toEqual([
      ['2028-01-20', null],
      ['2028-03-16', null],
      ['2028-05-18', null],
      // 2028 is not in the published table: the warning says it is an estimate.
      ['2028-07-20', 'mogelijk zomervakantie (geschat, regio noord)'],
      ['2028-09-21', null],
      ['2028-11-16', null],
    ])
    const saved = await extend(seriesId, coordinator.cookie, {
      ...(review.data?.values ?? {}),
      include: (review.data?.rows ?? []).map((row) => row.day),
      intent: 'save',
    })
    expect(saved.status).toBe(302)
    expect(saved.location).toBe(`/bijeenkomsten/reeksen/${seriesId}`)
    const meetings = await meetingsOf(seriesId)
    expect(meetings).toHaveLength(12)
    expect(dutch(meetings.at(-1)?.startsAt ?? new Date(0))).toBe('2028-11-16 19:30')
    // The year in the series title follows each meeting's own year.
    expect(meetings.at(0)?.title).toBe('Uitwisseling te verlengen 2027')
    expect(meetings.at(-1)?.title).toBe('Uitwisseling te verlengen 2028')
    expect(meetings.at(9)?.dateWarning).toBe('mogelijk zomervakantie (geschat, regio noord)')
    expect((await prisma.meetingSeries.findUniqueOrThrow({ where: { id: seriesId } })).version).toBe(2)

    // The same form saved again (a second click, another tab) does not double the dates.
    const again = await extend(seriesId, coordinator.cookie, {
      ...(review.data?.values ?? {}),
      include: (review.data?.rows ?? []).map((row) => row.day),
      intent: 'save',
    })
    expect(again.status).toBe(409)
    expect(messages(again, 'form')).toEqual([
      'Iemand anders heeft deze reeks intussen gewijzigd of verlengd. Bekijk de data hieronder opnieuw en sla dan op.',
    ])
    // Up to the end of 2028 nothing is left to add; the form comes back with the new version.
    expect(again.data?.step).toBe('form')
    expect(messages(again, 'untilDate')).toEqual([
      'In deze periode valt geen enkele datum van het patroon. Kies een latere einddatum.',
    ])
    expect(again.data?.values.version).toBe('2')
    expect(await prisma.meeting.count({ where: { seriesId } })).toBe(12)
  })

  it('continues after the last generated date, even when that date was left out', async () => {
    const coordinator = await signedIn('coordinator')
    const { seriesId } = await planThroughForm(
      coordinator.cookie,
      { ...exchange2027, title: 'Uitwisseling zonder november' },
      (rows) => rows.slice(0, 5).map((row) => row.day),
    )
    const review = await extend(seriesId, coordinator.cookie, {
      untilDate: '',
      count: '2',
      holidayPolicy: 'flag',
      version: '1',
      intent: 'preview',
    })
    expect(review.data?.rows?.map((row) => row.day)).toEqual(['2028-01-20', '2028-03-16'])
  })

  it('refuses an extension without an end or with too many dates, next to the field', async () => {
    const coordinator = await signedIn('coordinator')
    const { seriesId } = await planThroughForm(coordinator.cookie, {
      ...exchange2027,
      title: 'Uitwisseling fout verlengd',
    })
    const noEnd = await extend(seriesId, coordinator.cookie, {
      untilDate: '',
      count: '',
      holidayPolicy: 'flag',
      version: '1',
      intent: 'preview',
    })
    expect(noEnd.status).toBe(400)
    expect(messages(noEnd, 'untilDate')).toEqual([
      'Een reeks heeft een einde nodig: vul een einddatum in of het aantal bijeenkomsten.',
    ])
    const nothing = await extend(seriesId, coordinator.cookie, {
      untilDate: '2027-12-31',
      count: '',
      holidayPolicy: 'flag',
      version: '1',
      intent: 'preview',
    })
    expect(messages(nothing, 'untilDate')).toEqual([
      'In deze periode valt geen enkele datum van het patroon. Kies een latere einddatum.',
    ])
    expect(await prisma.meeting.count({ where: { seriesId } })).toBe(6)
  })
})

describe('the series pages', () => {
  it('lists the series with their pattern and next meeting, and shows each meeting with its status', async () => {
    const coordinator = await signedIn('coordinator')
    const reader = await signedIn('lezer')
    const { seriesId } = await planThroughForm(coordinator.cookie, {
      ...exchange2027,
      title: 'Uitwisseling in de lijst',
    })
    const [first, second] = await meetingsOf(seriesId)
    // Cancelling one meeting (on its own page) leaves the others as they are.
    await prisma.meeting.update({ where: { id: first?.id }, data: { status: 'CANCELLED' } })
    const upcoming = (await meetingsOf(seriesId)).find(
      (meeting) => meeting.startsAt >= new Date() && meeting.status !== 'CANCELLED',
    )

    const list = await outcome<Awaited<ReturnType<typeof listLoader>>>(() =>
      listLoader({
        request: makeRequest('/bijeenkomsten/reeksen', { cookie: reader.cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(list.data?.canCreate).toBe(false)
    expect(list.data?.series.find((series) => series.id === seriesId)).toEqual({
      id: seriesId,
      title: 'Uitwisseling in de lijst',
      kind: 'Provinciale uitwisselingsbijeenkomst',
      pattern: '6 keer per jaar, op de derde donderdag, 19:30–21:30',
      meetings: '6 (21 januari 2027 tot en met 18 november 2027)',
      // The next one that is not cancelled: 18 March 2027 while that is still ahead.
      next: upcoming ? longDay.format(upcoming.startsAt) : null,
    })

    const page = await seriesPage(seriesId, reader.cookie)
    expect(page.data?.canManage).toBe(false)
    expect(page.data?.series.intro).toBe(
      'Provinciale uitwisselingsbijeenkomst · 6 keer per jaar, op de derde donderdag, 19:30–21:30',
    )
    expect(page.data?.meetings.slice(0, 2)).toEqual([
      { id: first?.id, when: 'donderdag 21 januari 2027, 19:30–21:30', status: 'CANCELLED', warning: null },
      { id: second?.id, when: 'donderdag 18 maart 2027, 19:30–21:30', status: 'PLANNED', warning: null },
    ])
    expect(page.data?.meetings[3]?.warning).toBe('zomervakantie regio noord')
  })

  it('answers 404 for a series that does not exist', async () => {
    const coordinator = await signedIn('coordinator')
    const params = { seriesId: 'bestaat-niet' }
    const request = (path: string) => makeRequest(path, { cookie: coordinator.cookie })
    const context = testContext()
    expect((await seriesPage('bestaat-niet', coordinator.cookie)).status).toBe(404)
    expect((await outcome(() => extendLoader({ request: request('/x'), params, context }))).status).toBe(404)
    expect((await extend('bestaat-niet', coordinator.cookie, { intent: 'preview' })).status).toBe(404)
    expect((await outcome(() => editLoader({ request: request('/x'), params, context }))).status).toBe(404)
  })
})

describe('who may plan', () => {
  it('refuses planning and extending to an opbouwwerker and a lezer, and lets a beheerder plan', async () => {
    const coordinator = await signedIn('coordinator')
    const { seriesId } = await planThroughForm(coordinator.cookie, {
      ...exchange2027,
      title: 'Uitwisseling rollen',
    })
    for (const role of ['opbouwwerker', 'lezer'] as const) {
      const { cookie } = await signedIn(role)
      const context = testContext()
      const page = (url: string) => makeRequest(url, { cookie })
      expect((await outcome(() => newLoader({ request: page('/n'), params: {}, context }))).status).toBe(403)
      expect((await plan(cookie, { ...exchange2027, include: ['2027-01-21'], intent: 'save' })).status).toBe(
        403,
      )
      expect(
        (await outcome(() => extendLoader({ request: page('/v'), params: { seriesId }, context }))).status,
      ).toBe(403)
      expect(
        (await extend(seriesId, cookie, { count: '1', holidayPolicy: 'flag', version: '1', intent: 'save' }))
          .status,
      ).toBe(403)
      expect(
        (await outcome(() => editLoader({ request: page('/b'), params: { seriesId }, context }))).status,
      ).toBe(403)
    }
    expect(await prisma.meeting.count({ where: { seriesId } })).toBe(6)
    const admin = await signedIn('beheerder')
    await planThroughForm(admin.cookie, { ...exchange2027, title: 'Uitwisseling van de beheerder' })
  })
})

describe('editing a series', () => {
  it('saves the title, location and description, and names what someone else changed meanwhile', async () => {
    const coordinator = await signedIn('coordinator')
    const { seriesId } = await planThroughForm(coordinator.cookie, {
      ...exchange2027,
      title: 'Uitwisseling bewerken',
    })
    const form = await outcome<Awaited<ReturnType<typeof editLoader>>>(() =>
      editLoader({
        request: makeRequest(`/bijeenkomsten/reeksen/${seriesId}/bewerken`, { cookie: coordinator.cookie }),
        params: { seriesId },
        context: testContext(),
      }),
    )
    const base = form.data?.base ?? ''
    const save = (fields: Fields) =>
      outcome<Reply & { conflict?: { changes: { label: string; before: string; after: string }[] } }>(() =>
        editAction({
          request: post(`/bijeenkomsten/reeksen/${seriesId}/bewerken`, coordinator.cookie, fields),
          params: { seriesId },
          context: testContext(),
        }),
      )
    const saved = await save({
      title: 'Uitwisseling Fryslân',
      location: 'Heerenveen',
      description: '',
      version: '1',
      base,
    })
    expect(saved.status).toBe(302)
    expect(await prisma.meetingSeries.findUniqueOrThrow({ where: { id: seriesId } })).toMatchObject({
      title: 'Uitwisseling Fryslân',
      location: 'Heerenveen',
      description: null,
      version: 2,
    })
    // The meetings keep their own details.
    expect((await meetingsOf(seriesId)).every((meeting) => meeting.location === 'Leeuwarden')).toBe(true)

    const stale = await save({
      title: 'Andere titel',
      location: 'Leeuwarden',
      description: '',
      version: '1',
      base,
    })
    expect(stale.status).toBe(409)
    expect(stale.data?.conflict?.changes).toEqual([
      { label: 'Titel', before: 'Uitwisseling bewerken', after: 'Uitwisseling Fryslân' },
      { label: 'Locatie', before: 'Leeuwarden', after: 'Heerenveen' },
      { label: 'Omschrijving', before: 'Uitwisseling tussen de raden.', after: '' },
    ])
    expect((await prisma.meetingSeries.findUniqueOrThrow({ where: { id: seriesId } })).title).toBe(
      'Uitwisseling Fryslân',
    )
    const empty = await save({ title: ' ', location: '', description: '', version: '2', base })
    expect(messages(empty, 'title')).toEqual(['Vul dit veld in.'])
  })
})

describe('the statistics of a series', () => {
  it('counts people and councils per held meeting, their averages, and the councils that dropped off', async () => {
    const coordinator = await signedIn('coordinator')
    await prisma.setting.create({ data: { key: 'missedMeetingsThreshold', value: '2' } })
    try {
      const [a, b, c] = await Promise.all(
        ['Cliëntenraad Achtkarspelen', 'Cliëntenraad Bolsward', 'Cliëntenraad Dantumadiel'].map((name) =>
          createTestOrganisation({ name }),
        ),
      )
      if (!a || !b || !c) throw new Error('no councils')
      // Every other month from January 2026: Jan, Mar, May, Jul, Sep (all past), Nov 2026 and Jan 2027.
      const created = await createSeries({
        plan: {
          title: 'Uitwisseling 2026',
          kind: 'EXCHANGE',
          location: 'Leeuwarden',
          description: null,
          pattern: { frequency: 'MONTHLY', interval: 2, nth: 3, weekday: 4 },
          startDate: '2026-01-01',
          end: { count: 7 },
          startTime: '19:30',
          endTime: '21:30',
          holidayPolicy: 'flag',
        },
        include: [
          '2026-01-15',
          '2026-03-19',
          '2026-05-21',
          '2026-07-16',
          '2026-09-17',
          '2026-11-19',
          '2027-01-21',
        ],
        actorId: coordinator.user.id,
        now: new Date('2026-11-26T12:00:00Z'),
      })
      if (!created.ok) throw new Error(JSON.stringify(created))
      const [jan, mar, may, jul, sep, , next] = await meetingsOf(created.seriesId)
      let personCount = 0
      // Marks people present at a meeting on behalf of the given councils (null: no council).
      const present = async (
        meetingId: string | undefined,
        councils: (string | null)[],
        status = 'PRESENT',
      ) => {
        for (const organisationId of councils) {
          personCount += 1
          const person = await prisma.person.create({ data: { name: `Deelnemer ${personCount}` } })
          await prisma.invitation.create({
            data: { meetingId: meetingId ?? '', personId: person.id, organisationId, status },
          })
        }
      }
      // January: 4 present for a, a, b and nobody's council; 1 excused (does not count).
      await prisma.meeting.update({ where: { id: jan?.id }, data: { status: 'HELD' } })
      await present(jan?.id, [a.id, a.id, b.id, null])
      await present(jan?.id, [c.id], 'EXCUSED')
      // March: held (past, with people present) though still "planned": a, b, c.
      await present(mar?.id, [a.id, b.id, c.id])
      // May: cancelled; people marked present there do not count.
      await prisma.meeting.update({ where: { id: may?.id }, data: { status: 'CANCELLED' } })
      await present(may?.id, [b.id])
      // July: confirmed but nobody recorded: not counted as held.
      await prisma.meeting.update({ where: { id: jul?.id }, data: { status: 'CONFIRMED' } })
      // September: held, a and c.
      await prisma.meeting.update({ where: { id: sep?.id }, data: { status: 'HELD' } })
      await present(sep?.id, [a.id, c.id])
      // November 2026: nobody recorded present, so not held. January 2027: a registration
      // does not make a meeting held.
      await present(next?.id, [b.id], 'REGISTERED')

      const page = await seriesPage(created.seriesId, coordinator.cookie)
      // Held: January (4 people, 2 councils), March (3, 3), September (2, 2).
      expect(page.data?.stats.held.map((row) => [row.when, row.people, row.councils])).toEqual([
        ['donderdag 15 januari 2026', 4, 2],
        ['donderdag 19 maart 2026', 3, 3],
        ['donderdag 17 september 2026', 2, 2],
      ])
      expect(page.data?.stats).toMatchObject({
        heldCount: 3,
        averagePeople: '3',
        averageCouncils: '2,3',
        threshold: 2,
      })
      // The last two held meetings are March (a, b, c) and September (a, c): b came to March,
      // so nobody missed both. With January held and March not, it would be b.
      expect(page.data?.stats.missed).toEqual([])
      await prisma.invitation.deleteMany({ where: { meetingId: mar?.id } })
      const after = await seriesPage(created.seriesId, coordinator.cookie)
      // March no longer counts (no one present): the last two are January and September, and
      // nothing is earlier.
      expect(after.data?.stats.missed).toBeNull()
      await prisma.meeting.update({ where: { id: may?.id }, data: { status: 'HELD' } })
      const withMay = await seriesPage(created.seriesId, coordinator.cookie)
      // Held now: January (a, b), May (b: its present person counts now), September (a, c).
      // The last two: May and September → a, b, c all seen; earlier January: a, b → none missed.
      expect(withMay.data?.stats.missed).toEqual([])
      await prisma.invitation.updateMany({ where: { meetingId: may?.id }, data: { status: 'ABSENT' } })
      const withoutB = await seriesPage(created.seriesId, coordinator.cookie)
      // May is held but empty (0 people, 0 councils); the last two: May and September (a, c):
      // Bolsward came in January and then missed both.
      expect(withoutB.data?.stats.missed).toEqual([
        { id: b.id, name: 'Cliëntenraad Bolsward', lastAttended: 'donderdag 15 januari 2026' },
      ])
      expect(withoutB.data?.stats.averagePeople).toBe('2')
    } finally {
      await prisma.setting.delete({ where: { key: 'missedMeetingsThreshold' } })
    }
  })
})
