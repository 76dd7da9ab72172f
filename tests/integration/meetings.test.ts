import { beforeEach, describe, expect, it, vi } from 'vitest'
import { localParts } from '~/models/activity/occurred-at.ts'
import { listMyFollowUps } from '~/models/follow-up/follow-up.server.ts'
import { mergeThemes } from '~/models/theme/theme.server.ts'
import { loader as listLoader } from '~/routes/bijeenkomsten._index.tsx'
import { action as detailAction, loader as detailLoader } from '~/routes/bijeenkomsten.$meetingId.tsx'
import { action as editAction, loader as editLoader } from '~/routes/bijeenkomsten.$meetingId_.bewerken.tsx'
import {
  action as minutesAction,
  loader as minutesLoader,
} from '~/routes/bijeenkomsten.$meetingId_.verslag.tsx'
import { loader as exportLoader } from '~/routes/bijeenkomsten.export[.]csv.ts'
import { action as newAction, loader as newLoader } from '~/routes/bijeenkomsten.nieuw.tsx'
import { parseCsv } from '~/utils/csv.ts'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import { readToast } from '~/utils/session.server.ts'
import {
  createTestOrganisation,
  createTestTheme,
  type FormFields,
  makeRequest,
  outcome,
  postForm as post,
  signedIn,
  testContext,
} from '../factories.ts'

// The mail module is a colleague's; here it only matters that it is asked, with what, and
// that the change is committed by then (what the meeting looks like when it is called).
const mails = vi.hoisted(
  () => [] as { meetingId: string; kind: string; actorId: string; status?: string; startsAt?: Date }[],
)
vi.mock('~/models/meeting/meeting-mail.server.ts', () => ({
  notifyInvitees: async (input: { meetingId: string; kind: string; actorId: string }) => {
    const { prisma: db } = await import('~/utils/db.server.ts')
    const meeting = await db.meeting.findUnique({
      where: { id: input.meetingId },
      select: { status: true, startsAt: true },
    })
    mails.push({ ...input, status: meeting?.status, startsAt: meeting?.startsAt })
    return { queued: 1, withoutEmail: [], failed: 0 }
  },
}))

beforeEach(() => {
  mails.length = 0
})

type Reply = {
  intent?: string
  errors: Record<string, string[]>
  values: Record<string, string>
  lists: Record<string, string[]>
  agendaRows?: number
  conflict?: { changes: { label: string; before: string; after: string }[]; version: number } | null
  storedMinutes?: { minutes: string | null; minutesBase: string }
}

type Fields = FormFields

const messages = (reply: { data?: Reply }, field: string) =>
  (reply.data?.errors[field] ?? []).map(translateRef)

const YEAR = new Date().getUTCFullYear() + 1
// Returns a day of next year as a form writes it ("2027-03-18").
const nextYear = (monthDay: string) => `${YEAR}-${monthDay}`

// Returns the last Sunday of March next year: the night the clocks go forward.
function springForward() {
  const day = new Date(Date.UTC(YEAR, 2, 31))
  day.setUTCDate(31 - day.getUTCDay())
  return day.toISOString().slice(0, 10)
}

const DAY = 86_400_000

// The fields of a complete meeting form, with `changes`.
function meetingForm(changes: Fields = {}): Fields {
  return {
    kind: 'THEME',
    title: 'Themabijeenkomst armoede',
    date: nextYear('03-18'),
    startTime: '19:30',
    endTime: '21:30',
    location: 'Leeuwarden',
    description: 'Over de armoederegelingen in de regio.',
    status: 'PLANNED',
    themeIds: [],
    organiserIds: [],
    partnerIds: [],
    agendaPosition: [],
    agendaTitle: [],
    agendaPresenter: [],
    agendaThemeId: [],
    ...changes,
  }
}

function createThroughForm(cookie: string, fields: Fields) {
  return outcome<Reply>(() =>
    newAction({ request: post('/bijeenkomsten/nieuw', cookie, fields), params: {}, context: testContext() }),
  )
}

function editThroughForm(meetingId: string, cookie: string, fields: Fields) {
  return outcome<Reply>(() =>
    editAction({
      request: post(`/bijeenkomsten/${meetingId}/bewerken`, cookie, fields),
      params: { meetingId },
      context: testContext(),
    }),
  )
}

// Opens the edit form of a meeting; returns the loader's data and the form's fields.
async function openEditForm(meetingId: string, cookie: string) {
  const opened = await outcome<Awaited<ReturnType<typeof editLoader>>>(() =>
    editLoader({
      request: makeRequest(`/bijeenkomsten/${meetingId}/bewerken`, { cookie }),
      params: { meetingId },
      context: testContext(),
    }),
  )
  const fields = { ...opened.data?.current.values, ...opened.data?.current.lists } as Fields
  return { ...opened, fields }
}

function act(meetingId: string, cookie: string, fields: Fields) {
  return outcome<Reply>(() =>
    detailAction({
      request: post(`/bijeenkomsten/${meetingId}`, cookie, fields),
      params: { meetingId },
      context: testContext(),
    }),
  )
}

function record(meetingId: string, cookie: string, fields: Fields) {
  return outcome<Reply>(() =>
    minutesAction({
      request: post(`/bijeenkomsten/${meetingId}/verslag`, cookie, fields),
      params: { meetingId },
      context: testContext(),
    }),
  )
}

function page(meetingId: string, cookie: string) {
  return outcome<Awaited<ReturnType<typeof detailLoader>>>(() =>
    detailLoader({
      request: makeRequest(`/bijeenkomsten/${meetingId}`, { cookie }),
      params: { meetingId },
      context: testContext(),
    }),
  )
}

function list(cookie: string, search = '') {
  return outcome<Awaited<ReturnType<typeof listLoader>>>(() =>
    listLoader({
      request: makeRequest(`/bijeenkomsten${search}`, { cookie }),
      params: {},
      context: testContext(),
    }),
  )
}

// Returns the id of the meeting with this title (titles are unique within a test).
async function meetingIdOf(title: string) {
  return (await prisma.meeting.findFirstOrThrow({ where: { title }, select: { id: true } })).id
}

// Records a meeting straight in the database, `daysFromNow` days away (negative: past).
async function storedMeeting({
  title,
  createdById,
  daysFromNow = 30,
  kind = 'EXCHANGE',
  status = 'PLANNED',
  seriesId = null as string | null,
  themeIds = [] as string[],
}: {
  title: string
  createdById: string
  daysFromNow?: number
  kind?: string
  status?: string
  seriesId?: string | null
  themeIds?: string[]
}) {
  // On a whole minute, as the form writes it.
  const startsAt = new Date(Math.floor((Date.now() + daysFromNow * DAY) / 60_000) * 60_000)
  return prisma.meeting.create({
    data: {
      kind,
      title,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      location: 'Leeuwarden',
      status,
      seriesId,
      createdById,
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
    },
  })
}

// Invites a new person to a meeting on behalf of `organisationId`, with `status`.
async function invite(
  meetingId: string,
  organisationId: string | null,
  status = 'INVITED',
  name = 'Anne Bosma',
) {
  const person = await prisma.person.create({ data: { name, email: `${crypto.randomUUID()}@example.org` } })
  await prisma.invitation.create({
    data: { meetingId, personId: person.id, organisationId, status, invitedAt: new Date() },
  })
  return person
}

describe('planning a meeting', () => {
  it('lets a coordinator plan a theme meeting with its themes, organisers, partner and an ordered agenda', async () => {
    const coordinator = await signedIn('coordinator')
    const worker = await signedIn('opbouwwerker')
    const armoede = await createTestTheme({ name: 'Armoede (bijeenkomst)' })
    const schulden = await createTestTheme({ name: 'Schulden (bijeenkomst)' })
    const partner = await createTestOrganisation({ name: 'Partoer (test)', type: 'PARTNER' })

    const created = await createThroughForm(
      coordinator.cookie,
      meetingForm({
        themeIds: [armoede.id],
        organiserIds: [coordinator.user.id, worker.user.id],
        partnerIds: [partner.id],
        // Four rows: the third is empty; the numbers put the last row first.
        agendaPosition: ['2', '3', '4', '1'],
        agendaTitle: ['Ervaringen uit de raden', 'Visiedocument bespreken', '', 'Opening'],
        agendaPresenter: ['', 'Marije de Vries', '', ''],
        agendaThemeId: [schulden.id, '', '', ''],
      }),
    )
    expect(created.status, JSON.stringify(created.data)).toBe(302)
    const meetingId = await meetingIdOf('Themabijeenkomst armoede')
    expect(created.location).toBe(`/bijeenkomsten/${meetingId}`)

    const stored = await prisma.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      include: {
        themes: true,
        organisers: true,
        partners: true,
        agendaItems: { orderBy: { position: 'asc' } },
      },
    })
    // 19:30–21:30 on a March day is winter time: UTC+1.
    expect(stored).toMatchObject({
      kind: 'THEME',
      status: 'PLANNED',
      location: 'Leeuwarden',
      sequence: 0,
      version: 1,
      startsAt: new Date(`${nextYear('03-18')}T18:30:00Z`),
      endsAt: new Date(`${nextYear('03-18')}T20:30:00Z`),
    })
    expect(stored.themes.map((link) => link.themeId)).toEqual([armoede.id])
    expect(stored.organisers.map((link) => link.userId).sort()).toEqual(
      [coordinator.user.id, worker.user.id].sort(),
    )
    expect(stored.partners.map((link) => link.organisationId)).toEqual([partner.id])
    expect(
      stored.agendaItems.map((item) => [item.position, item.title, item.presenter, item.themeId]),
    ).toEqual([
      [1, 'Opening', null, null],
      [2, 'Ervaringen uit de raden', null, schulden.id],
      [3, 'Visiedocument bespreken', 'Marije de Vries', null],
    ])

    // The page shows it to a reader, with the time in words and the agenda in order.
    const reader = await signedIn('lezer')
    const shown = await page(meetingId, reader.cookie)
    expect(shown.status).toBe(200)
    expect(shown.data?.meeting.agendaItems.map((item) => item.title)).toEqual([
      'Opening',
      'Ervaringen uit de raden',
      'Visiedocument bespreken',
    ])
    expect(shown.data).toMatchObject({ canPlan: false, canRecord: false })

    // It is on the overview of upcoming meetings, not on the past ones.
    const upcoming = await list(reader.cookie, '?soort=THEME')
    expect(upcoming.data?.meetings.map((meeting) => meeting.title)).toContain('Themabijeenkomst armoede')
    const row = upcoming.data?.meetings.find((meeting) => meeting.id === meetingId)
    expect(row?.when).toMatch(new RegExp(`^[a-z]+dag 18 maart ${YEAR}, 19:30–21:30$`))
    const past = await list(reader.cookie, '?weergave=voorbij&soort=THEME')
    expect(past.data?.meetings.map((meeting) => meeting.id)).not.toContain(meetingId)
  })

  it('starts a new meeting at the default location from the settings, offering active themes only', async () => {
    const coordinator = await signedIn('coordinator')
    await prisma.setting.upsert({
      where: { key: 'meetingDefaultLocation' },
      create: { key: 'meetingDefaultLocation', value: 'Drachten' },
      update: { value: 'Drachten' },
    })
    const active = await createTestTheme({ name: 'Actief thema (nieuw)' })
    const retired = await createTestTheme({ name: 'Ingetrokken thema (nieuw)', active: false })
    const loaded = await outcome<Awaited<ReturnType<typeof newLoader>>>(() =>
      newLoader({
        request: makeRequest('/bijeenkomsten/nieuw', { cookie: coordinator.cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(loaded.data?.initial.values.location).toBe('Drachten')
    expect(loaded.data?.initial.lists.organiserIds).toEqual([coordinator.user.id])
    const themeIds = loaded.data?.options.themes.map((option) => option.value) ?? []
    expect(themeIds).toContain(active.id)
    expect(themeIds).not.toContain(retired.id)
    await prisma.setting.delete({ where: { key: 'meetingDefaultLocation' } })
  })

  it('refuses an end before the start, a time the clock skips, 30 February and retired or unknown themes, keeping the input and storing nothing', async () => {
    const coordinator = await signedIn('coordinator')
    const retired = await createTestTheme({ name: 'Oud thema', active: false })
    const before = await prisma.meeting.count()

    const endBeforeStart = await createThroughForm(
      coordinator.cookie,
      meetingForm({ title: 'Eind voor begin', startTime: '21:30', endTime: '19:30' }),
    )
    expect(endBeforeStart.status).toBe(400)
    expect(messages(endBeforeStart, 'endTime')).toEqual(['De eindtijd moet na de begintijd liggen.'])
    expect(endBeforeStart.data?.values).toMatchObject({ title: 'Eind voor begin', startTime: '21:30' })

    const skipped = await createThroughForm(
      coordinator.cookie,
      meetingForm({ title: 'Zomertijd', date: springForward(), startTime: '02:30', endTime: '04:00' }),
    )
    expect(skipped.status).toBe(400)
    expect(messages(skipped, 'startTime')[0]).toMatch(/^Op \d+ maart \d{4} bestaat 02:30 niet/)

    const impossible = await createThroughForm(
      coordinator.cookie,
      meetingForm({ title: 'Dertig februari', date: nextYear('02-30') }),
    )
    expect(impossible.status).toBe(400)
    expect(messages(impossible, 'date')).toEqual(['Vul een geldige datum in.'])

    const themes = await createThroughForm(
      coordinator.cookie,
      meetingForm({
        title: 'Met een oud thema',
        themeIds: [retired.id],
        agendaPosition: ['1', '2'],
        agendaTitle: ['Opening', 'Over het oude thema'],
        agendaPresenter: ['', ''],
        agendaThemeId: ['', 'bestaat-niet'],
      }),
    )
    expect(themes.status).toBe(400)
    expect(messages(themes, 'themeIds')).toEqual([
      'Dit thema is vervallen of bestaat niet (meer). Kies een thema dat in gebruik is.',
    ])
    expect(messages(themes, 'agenda1')).toEqual([
      'Dit thema is vervallen of bestaat niet (meer). Kies een thema dat in gebruik is.',
    ])
    expect(themes.data?.lists.agendaTitle).toEqual(['Opening', 'Over het oude thema'])

    const untitled = await createThroughForm(
      coordinator.cookie,
      meetingForm({
        title: 'Agendapunt zonder onderwerp',
        agendaPosition: ['1'],
        agendaTitle: [''],
        agendaPresenter: ['Piet'],
        agendaThemeId: [''],
      }),
    )
    expect(messages(untitled, 'agenda0')).toEqual([
      'Vul het onderwerp van dit agendapunt in, of maak de regel leeg.',
    ])

    const cancelled = await createThroughForm(
      coordinator.cookie,
      meetingForm({ title: 'Meteen afgelast', status: 'CANCELLED' }),
    )
    expect(messages(cancelled, 'status')[0]).toContain('Afgelasten gaat met de knop')

    expect(await prisma.meeting.count()).toBe(before)
  })

  it('offers the partner organisations grouped by type and sorted by name, and keeps the chosen ones when the form is refused', async () => {
    const coordinator = await signedIn('coordinator')
    const zuid = await createTestOrganisation({ name: 'Zuidpartner (test)', type: 'PARTNER' })
    const noord = await createTestOrganisation({ name: 'Noordpartner (test)', type: 'PARTNER' })
    const council = await createTestOrganisation({ name: 'Adviesraad Sorteren (test)' })
    const meeting = await storedMeeting({ title: 'Met partners', createdById: coordinator.user.id })
    const opened = await openEditForm(meeting.id, coordinator.cookie)
    const partners = opened.data?.options.partners ?? []
    // Each type is one block, and within it the names are in Dutch alphabetical order.
    const groups = partners.map((option) => option.group)
    expect(groups.filter((group, index) => group !== groups[index - 1])).toEqual([...new Set(groups)])
    for (const group of new Set(groups)) {
      const names = partners.filter((option) => option.group === group).map((option) => option.label)
      expect(names, group).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')))
    }
    const labels = partners.map((option) => option.label)
    expect(labels.indexOf('Noordpartner (test)')).toBeLessThan(labels.indexOf('Zuidpartner (test)'))
    expect(partners.find((option) => option.value === council.id)?.group).not.toBe(
      partners.find((option) => option.value === zuid.id)?.group,
    )

    const refused = await editThroughForm(meeting.id, coordinator.cookie, {
      ...opened.fields,
      title: '',
      partnerIds: [zuid.id, noord.id],
      version: String(opened.data?.meeting.version),
    })
    expect(refused.status).toBe(400)
    expect(messages(refused, 'title')).toEqual(['Vul dit veld in.'])
    expect(refused.data?.lists.partnerIds).toEqual([zuid.id, noord.id])

    const saved = await editThroughForm(meeting.id, coordinator.cookie, {
      ...opened.fields,
      partnerIds: [zuid.id, noord.id],
      version: String(opened.data?.meeting.version),
    })
    expect(saved.status).toBe(302)
    const reopened = await openEditForm(meeting.id, coordinator.cookie)
    expect([...(reopened.data?.current.lists.partnerIds ?? [])].sort()).toEqual([zuid.id, noord.id].sort())
  })

  it('gives more empty agenda rows on request without saving, keeping what was typed', async () => {
    const coordinator = await signedIn('coordinator')
    const before = await prisma.meeting.count()
    const more = await createThroughForm(
      coordinator.cookie,
      meetingForm({
        title: 'Lange agenda',
        intent: 'more-agenda-rows',
        agendaPosition: ['1', '2', '3', '4', '5'],
        agendaTitle: ['Een', 'Twee', 'Drie', 'Vier', 'Vijf'],
        agendaPresenter: ['', '', '', '', ''],
        agendaThemeId: ['', '', '', '', ''],
      }),
    )
    expect(more.status).toBe(200)
    expect(more.data?.agendaRows).toBe(13)
    expect(more.data?.values.title).toBe('Lange agenda')
    expect(more.data?.lists.agendaTitle).toEqual(['Een', 'Twee', 'Drie', 'Vier', 'Vijf'])
    expect(await prisma.meeting.count()).toBe(before)
  })
})

describe('editing and cancelling one meeting', () => {
  it('saves an edit with the version it was opened with, bumping the calendar sequence only for what a calendar shows', async () => {
    const coordinator = await signedIn('coordinator')
    const meeting = await storedMeeting({ title: 'Uitwisseling voorjaar', createdById: coordinator.user.id })
    const base = {
      kind: 'EXCHANGE',
      date: localParts(meeting.startsAt).day,
      startTime: localParts(meeting.startsAt).time,
      endTime: localParts(meeting.endsAt).time,
      location: 'Leeuwarden',
      status: 'PLANNED',
    }

    const described = await editThroughForm(
      meeting.id,
      coordinator.cookie,
      meetingForm({
        ...base,
        title: 'Uitwisseling voorjaar',
        description: 'Nieuwe beschrijving',
        version: '1',
      }),
    )
    expect(described.status, JSON.stringify(described.data)).toBe(302)
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      description: 'Nieuwe beschrijving',
      version: 2,
      sequence: 0,
    })

    const renamed = await editThroughForm(
      meeting.id,
      coordinator.cookie,
      meetingForm({ ...base, title: 'Uitwisseling lente', version: '2', status: 'CONFIRMED' }),
    )
    expect(renamed.status).toBe(302)
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      title: 'Uitwisseling lente',
      status: 'CONFIRMED',
      version: 3,
      sequence: 1,
    })
    // Nobody was invited: nobody to tell.
    expect(mails).toEqual([])
  })

  it('shows what someone else changed when the version is stale, and saves nothing', async () => {
    const coordinator = await signedIn('coordinator')
    const other = await signedIn('beheerder')
    const meeting = await storedMeeting({ title: 'Themamiddag', createdById: coordinator.user.id })
    const opened = await openEditForm(meeting.id, coordinator.cookie)
    const form = opened.fields
    const first = await editThroughForm(meeting.id, other.cookie, {
      ...form,
      location: 'Drachten',
      version: '1',
      base: opened.data?.base ?? '',
    })
    expect(first.status).toBe(302)
    const second = await editThroughForm(meeting.id, coordinator.cookie, {
      ...form,
      title: 'Themamiddag armoede',
      version: '1',
      base: opened.data?.base ?? '',
    })
    expect(second.status).toBe(409)
    expect(second.data?.conflict?.changes).toEqual([
      { label: 'Locatie', before: 'Leeuwarden', after: 'Drachten' },
    ])
    expect(second.data?.values.title).toBe('Themamiddag armoede')
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      title: 'Themamiddag',
      location: 'Drachten',
    })
  })

  it('keeps a retired theme the meeting already has, shown as retired', async () => {
    const coordinator = await signedIn('coordinator')
    const theme = await createTestTheme({ name: 'Tegenprestatie (oud)' })
    const meeting = await storedMeeting({
      title: 'Met ingetrokken thema',
      createdById: coordinator.user.id,
      themeIds: [theme.id],
    })
    await prisma.theme.update({ where: { id: theme.id }, data: { active: false } })
    const opened = await openEditForm(meeting.id, coordinator.cookie)
    expect(opened.data?.options.themes.find((option) => option.value === theme.id)?.label).toBe(
      'Tegenprestatie (oud) (vervallen)',
    )
    const form = opened.fields
    const saved = await editThroughForm(meeting.id, coordinator.cookie, { ...form, version: '1' })
    expect(saved.status, JSON.stringify(saved.data)).toBe(302)
    expect(await prisma.meetingTheme.count({ where: { meetingId: meeting.id, themeId: theme.id } })).toBe(1)
  })

  it('tells the invitees about a new time once it is saved, and not about a new title', async () => {
    const coordinator = await signedIn('coordinator')
    const council = await createTestOrganisation()
    const meeting = await storedMeeting({ title: 'Uitwisseling juni', createdById: coordinator.user.id })
    await invite(meeting.id, council.id)
    const form = {
      kind: 'EXCHANGE',
      title: 'Uitwisseling juni',
      date: localParts(meeting.startsAt).day,
      startTime: '13:00',
      endTime: '15:00',
      location: 'Leeuwarden',
      status: 'PLANNED',
    }
    const moved = await editThroughForm(
      meeting.id,
      coordinator.cookie,
      meetingForm({ ...form, version: '1' }),
    )
    expect(moved.status).toBe(302)
    const stored = await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })
    expect(stored.sequence).toBe(1)
    expect(localParts(stored.startsAt).time).toBe('13:00')
    // The mail module was asked after the change was committed: it saw the new time.
    expect(mails).toEqual([
      {
        meetingId: meeting.id,
        kind: 'MEETING_UPDATE',
        actorId: coordinator.user.id,
        status: 'PLANNED',
        startsAt: stored.startsAt,
      },
    ])

    mails.length = 0
    const renamed = await editThroughForm(
      meeting.id,
      coordinator.cookie,
      meetingForm({ ...form, title: 'Uitwisseling zomer', version: '2' }),
    )
    expect(renamed.status).toBe(302)
    expect(mails).toEqual([])
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).sequence).toBe(2)
  })

  it('cancels one meeting of a series with a reason, bumps its sequence, tells the invitees, and leaves the others alone', async () => {
    const coordinator = await signedIn('coordinator')
    const council = await createTestOrganisation()
    const series = await prisma.meetingSeries.create({
      data: {
        title: 'Uitwisseling (reeks)',
        kind: 'EXCHANGE',
        rule: '{}',
        startTime: '19:30',
        endTime: '21:30',
        createdById: coordinator.user.id,
      },
    })
    const first = await storedMeeting({
      title: 'Reeks 1',
      createdById: coordinator.user.id,
      seriesId: series.id,
      daysFromNow: 20,
    })
    const second = await storedMeeting({
      title: 'Reeks 2',
      createdById: coordinator.user.id,
      seriesId: series.id,
      daysFromNow: 80,
    })
    await invite(first.id, council.id)

    const cancelled = await act(first.id, coordinator.cookie, {
      intent: 'cancel',
      cancelReason: 'Te weinig aanmeldingen',
    })
    expect(cancelled.status).toBe(302)
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'Te weinig aanmeldingen',
      sequence: 1,
      seriesId: series.id,
    })
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      status: 'PLANNED',
      sequence: 0,
    })
    expect(mails).toMatchObject([{ meetingId: first.id, kind: 'MEETING_CANCELLATION', status: 'CANCELLED' }])

    // A second submit (an old tab): back to the meeting, told in a toast, nothing changed.
    const again = await act(first.id, coordinator.cookie, { intent: 'cancel', cancelReason: '' })
    expect(again.status).toBe(302)
    expect(again.location).toBe(`/bijeenkomsten/${first.id}`)
    const { toast } = await readToast(
      new Request('http://localhost/', { headers: { Cookie: again.headers.get('Set-Cookie') ?? '' } }),
    )
    expect(toast).toEqual({ type: 'info', message: 'Deze bijeenkomst is al afgelast.' })

    // The page says it is cancelled and why; the series link goes to the series.
    const shown = await page(first.id, coordinator.cookie)
    expect(shown.data?.meeting).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'Te weinig aanmeldingen',
      series: { id: series.id, title: 'Uitwisseling (reeks)' },
    })
  })

  it('plans a cancelled meeting again from the edit form, telling the invitees and forgetting the reason', async () => {
    const coordinator = await signedIn('coordinator')
    const meeting = await storedMeeting({ title: 'Toch door', createdById: coordinator.user.id })
    await invite(meeting.id, null)
    expect(
      (await act(meeting.id, coordinator.cookie, { intent: 'cancel', cancelReason: 'Zaal bezet' })).status,
    ).toBe(302)
    const opened = await openEditForm(meeting.id, coordinator.cookie)
    expect(opened.data?.options.statuses.map((option) => option.value)).toContain('CANCELLED')
    mails.length = 0
    const planned = await editThroughForm(meeting.id, coordinator.cookie, {
      ...opened.fields,
      status: 'PLANNED',
      version: String(opened.data?.meeting.version),
    })
    expect(planned.status).toBe(302)
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: 'PLANNED',
      cancelReason: null,
      sequence: 2,
    })
    expect(mails).toMatchObject([{ meetingId: meeting.id, kind: 'MEETING_UPDATE', status: 'PLANNED' }])
  })

  it('drops the warning about a generated date once the meeting moves to another day', async () => {
    const coordinator = await signedIn('coordinator')
    const meeting = await storedMeeting({ title: 'Op een feestdag', createdById: coordinator.user.id })
    await prisma.meeting.update({ where: { id: meeting.id }, data: { dateWarning: 'Tweede Paasdag' } })
    const opened = await openEditForm(meeting.id, coordinator.cookie)
    const later = await editThroughForm(meeting.id, coordinator.cookie, {
      ...opened.fields,
      startTime: '09:00',
      endTime: '10:00',
      version: '1',
    })
    expect(later.status).toBe(302)
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).dateWarning).toBe(
      'Tweede Paasdag',
    )
    const nextDay = localParts(new Date(meeting.startsAt.getTime() + DAY)).day
    const moved = await editThroughForm(meeting.id, coordinator.cookie, {
      ...opened.fields,
      date: nextDay,
      version: '2',
    })
    expect(moved.status).toBe(302)
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).dateWarning).toBeNull()
  })

  it('refuses to mark a meeting held before it began', async () => {
    const coordinator = await signedIn('coordinator')
    const meeting = await storedMeeting({ title: 'Nog niet gehouden', createdById: coordinator.user.id })
    const opened = await openEditForm(meeting.id, coordinator.cookie)
    const form = opened.fields
    const held = await editThroughForm(meeting.id, coordinator.cookie, {
      ...form,
      status: 'HELD',
      version: '1',
    })
    expect(held.status).toBe(400)
    expect(messages(held, 'status')).toEqual([
      'Een bijeenkomst die nog moet beginnen, kan nog niet gehouden zijn.',
    ])
  })
})

describe('who may do what with meetings', () => {
  it('lets an opbouwwerker neither plan, edit nor cancel a meeting, and a lezer not record minutes', async () => {
    const coordinator = await signedIn('coordinator')
    const worker = await signedIn('opbouwwerker')
    const reader = await signedIn('lezer')
    const meeting = await storedMeeting({ title: 'Beschermd', createdById: coordinator.user.id })
    expect((await createThroughForm(worker.cookie, meetingForm({ title: 'Door opbouwwerker' }))).status).toBe(
      403,
    )
    expect((await editThroughForm(meeting.id, worker.cookie, meetingForm({ version: '1' }))).status).toBe(403)
    expect((await act(meeting.id, worker.cookie, { intent: 'cancel', cancelReason: '' })).status).toBe(403)
    expect(
      (await record(meeting.id, reader.cookie, { intent: 'minutes', minutes: 'Verslag', minutesBase: '' }))
        .status,
    ).toBe(403)
    const minutesPage = await outcome(() =>
      minutesLoader({
        request: makeRequest(`/bijeenkomsten/${meeting.id}/verslag`, { cookie: reader.cookie }),
        params: { meetingId: meeting.id },
        context: testContext(),
      }),
    )
    expect(minutesPage.status).toBe(403)
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: 'PLANNED',
      minutes: null,
    })
    expect(await prisma.meeting.count({ where: { title: 'Door opbouwwerker' } })).toBe(0)
    // The worker may open the minutes page and sees the links to record.
    const shown = await page(meeting.id, worker.cookie)
    expect(shown.data).toMatchObject({ canPlan: false, canRecord: true })
  })

  it('answers 404 for a meeting that does not exist', async () => {
    const coordinator = await signedIn('coordinator')
    expect((await page('bestaat-niet', coordinator.cookie)).status).toBe(404)
    expect(
      (await act('bestaat-niet', coordinator.cookie, { intent: 'cancel', cancelReason: '' })).status,
    ).toBe(404)
    expect(
      (await editThroughForm('bestaat-niet', coordinator.cookie, meetingForm({ version: '1' }))).status,
    ).toBe(404)
    expect(
      (await record('bestaat-niet', coordinator.cookie, { intent: 'add-tip', text: 'Tip' })).status,
    ).toBe(404)
  })

  it('answers 404 for a meeting that does not exist before it looks at what was sent, for every intent', async () => {
    const coordinator = await signedIn('coordinator')
    const before = await prisma.meeting.count()
    // A form that would be refused with messages for an existing meeting.
    for (const fields of [
      {},
      meetingForm({ title: '', date: 'gisteren', version: 'oud' }),
      meetingForm({ intent: 'more-agenda-rows' }),
    ]) {
      const edited = await editThroughForm('bestaat-niet', coordinator.cookie, fields)
      expect(edited.status, JSON.stringify(fields)).toBe(404)
      expect(edited.data).toBeUndefined()
    }
    const minutesForms: Fields[] = [
      {},
      { intent: 'onbekend' },
      { intent: 'minutes', minutes: 'x'.repeat(60_000), minutesBase: '' },
      { intent: 'add-tip', text: '' },
      { intent: 'add-action', description: '', assigneeId: '' },
      { intent: 'action-done', followUpId: '', done: 'misschien' },
      { intent: 'add-output', kind: 'ONBEKEND', title: '' },
      { intent: 'remove-tip', itemId: '' },
      { intent: 'remove-output', itemId: '' },
    ]
    for (const fields of minutesForms) {
      const recorded = await record('bestaat-niet', coordinator.cookie, fields)
      expect(recorded.status, JSON.stringify(fields)).toBe(404)
      expect(recorded.data).toBeUndefined()
    }
    expect(await prisma.meeting.count()).toBe(before)

    // The role is checked first: a lezer learns nothing about which meetings exist.
    const reader = await signedIn('lezer')
    expect((await record('bestaat-niet', reader.cookie, { intent: 'add-tip', text: '' })).status).toBe(403)
    const worker = await signedIn('opbouwwerker')
    expect((await editThroughForm('bestaat-niet', worker.cookie, {})).status).toBe(403)
  })

  it('offers no inviting or attendance for a cancelled meeting, but keeps the minutes', async () => {
    const coordinator = await signedIn('coordinator')
    const meeting = await storedMeeting({ title: 'Gaat niet door', createdById: coordinator.user.id })
    const planned = await page(meeting.id, coordinator.cookie)
    expect(planned.data).toMatchObject({ canInvite: true, canTakeAttendance: true, canRecord: true })

    await prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'CANCELLED' } })
    const cancelled = await page(meeting.id, coordinator.cookie)
    expect(cancelled.status).toBe(200)
    expect(cancelled.data).toMatchObject({ canInvite: false, canTakeAttendance: false, canRecord: true })
    const worker = await signedIn('opbouwwerker')
    expect((await page(meeting.id, worker.cookie)).data).toMatchObject({
      canInvite: false,
      canTakeAttendance: false,
      canRecord: true,
    })
  })
})

describe('the minutes, tips, joint actions and outputs of a meeting', () => {
  it('lets an opbouwwerker record what a meeting left behind, and marks it held', async () => {
    const coordinator = await signedIn('coordinator')
    const worker = await signedIn('opbouwwerker')
    const theme = await createTestTheme({ name: 'Bejegening (verslag)' })
    const council = await createTestOrganisation({ name: 'Cliëntenraad Verslag' })
    const meeting = await storedMeeting({
      title: 'Themabijeenkomst bejegening',
      createdById: coordinator.user.id,
      daysFromNow: -2,
    })

    const minutes = await record(meeting.id, worker.cookie, {
      intent: 'minutes',
      minutes: 'De raden wisselden ervaringen uit.',
      minutesBase: '',
      markHeld: 'on',
    })
    expect(minutes.status, JSON.stringify(minutes.data)).toBe(302)
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      minutes: 'De raden wisselden ervaringen uit.',
      status: 'HELD',
      sequence: 1,
    })

    expect(
      (
        await record(meeting.id, worker.cookie, {
          intent: 'add-tip',
          text: 'Nodig de wethouder uit',
          themeId: theme.id,
        })
      ).status,
    ).toBe(302)
    const output = await record(meeting.id, worker.cookie, {
      intent: 'add-output',
      kind: 'VISION_DOCUMENT',
      title: 'Visie op bejegening',
      body: 'Iedereen verdient respect aan het loket.',
    })
    expect(output.status).toBe(302)
    const action = await record(meeting.id, worker.cookie, {
      intent: 'add-action',
      description: 'Brief aan de gemeenten over bejegening',
      assigneeId: worker.user.id,
      ownerOrganisationId: council.id,
      dueDate: '',
    })
    expect(action.status, JSON.stringify(action.data)).toBe(302)

    const shown = await page(meeting.id, worker.cookie)
    expect(shown.data?.record).toMatchObject({
      minutes: 'De raden wisselden ervaringen uit.',
      tips: [{ text: 'Nodig de wethouder uit', theme: 'Bejegening (verslag)' }],
      outputs: [{ kind: 'Visiedocument', title: 'Visie op bejegening' }],
      jointActions: [
        {
          description: 'Brief aan de gemeenten over bejegening',
          assignee: worker.user.name,
          ownerOrganisation: { id: council.id, name: 'Cliëntenraad Verslag' },
          done: false,
        },
      ],
    })

    // The joint action is one of the worker's own follow-ups, and leads to the meeting.
    const mine = await listMyFollowUps({ userId: worker.user.id })
    expect(mine).toMatchObject([
      {
        description: 'Brief aan de gemeenten over bejegening',
        href: `/bijeenkomsten/${meeting.id}`,
        meeting: { id: meeting.id, title: 'Themabijeenkomst bejegening' },
      },
    ])

    // Ticked off on the minutes page; a tip removed.
    const followUpId = mine[0]?.id ?? ''
    expect(
      (await record(meeting.id, worker.cookie, { intent: 'action-done', followUpId, done: 'true' })).status,
    ).toBe(302)
    expect(await prisma.followUp.findUniqueOrThrow({ where: { id: followUpId } })).toMatchObject({
      done: true,
    })
    const tipId = (await prisma.meetingTip.findFirstOrThrow({ where: { meetingId: meeting.id } })).id
    expect((await record(meeting.id, worker.cookie, { intent: 'remove-tip', itemId: tipId })).status).toBe(
      302,
    )
    expect(await prisma.meetingTip.count({ where: { meetingId: meeting.id } })).toBe(0)
  })

  it('refuses a tip about a retired theme, a joint action without a worker, and a held mark before the meeting', async () => {
    const coordinator = await signedIn('coordinator')
    const worker = await signedIn('opbouwwerker')
    const retired = await createTestTheme({ name: 'Ingetrokken (tip)', active: false })
    const past = await storedMeeting({ title: 'Verleden', createdById: coordinator.user.id, daysFromNow: -5 })
    const future = await storedMeeting({
      title: 'Toekomst',
      createdById: coordinator.user.id,
      daysFromNow: 5,
    })

    const tip = await record(past.id, worker.cookie, {
      intent: 'add-tip',
      text: 'Een tip',
      themeId: retired.id,
    })
    expect(tip.status).toBe(400)
    expect(messages(tip, 'themeId')).toEqual([
      'Dit thema is vervallen of bestaat niet (meer). Kies een thema dat in gebruik is.',
    ])
    expect(tip.data?.values.text).toBe('Een tip')

    const action = await record(past.id, worker.cookie, {
      intent: 'add-action',
      description: 'Iets',
      assigneeId: '',
    })
    expect(messages(action, 'assigneeId')).toEqual(['Vul dit veld in.'])

    const held = await record(future.id, worker.cookie, {
      intent: 'minutes',
      minutes: 'Voorbereiding',
      minutesBase: '',
      markHeld: 'on',
    })
    expect(messages(held, 'markHeld')).toEqual([
      'Een bijeenkomst die nog moet beginnen, kan nog niet gehouden zijn.',
    ])
    expect(await prisma.meetingTip.count({ where: { meetingId: past.id } })).toBe(0)
    expect(await prisma.followUp.count({ where: { meetingId: past.id } })).toBe(0)
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: future.id } })).minutes).toBeNull()
  })

  it('does not overwrite minutes someone else saved meanwhile', async () => {
    const coordinator = await signedIn('coordinator')
    const worker = await signedIn('opbouwwerker')
    const meeting = await storedMeeting({
      title: 'Twee notulisten',
      createdById: coordinator.user.id,
      daysFromNow: -1,
    })
    const opened = await outcome<Awaited<ReturnType<typeof minutesLoader>>>(() =>
      minutesLoader({
        request: makeRequest(`/bijeenkomsten/${meeting.id}/verslag`, { cookie: worker.cookie }),
        params: { meetingId: meeting.id },
        context: testContext(),
      }),
    )
    const base = opened.data?.meeting.minutesBase ?? 'x'
    expect(
      (
        await record(meeting.id, coordinator.cookie, {
          intent: 'minutes',
          minutes: 'Eerste verslag',
          minutesBase: base,
        })
      ).status,
    ).toBe(302)
    const late = await record(meeting.id, worker.cookie, {
      intent: 'minutes',
      minutes: 'Tweede verslag',
      minutesBase: base,
    })
    expect(late.status).toBe(409)
    expect(late.data?.storedMinutes?.minutes).toBe('Eerste verslag')
    expect(late.data?.values.minutes).toBe('Tweede verslag')
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).minutes).toBe(
      'Eerste verslag',
    )
  })
})

describe('the overview and its export', () => {
  it('shows upcoming meetings soonest first and past ones latest first, filtered by kind, status, theme and period', async () => {
    const coordinator = await signedIn('coordinator')
    const theme = await createTestTheme({ name: 'Jeugdhulp (overzicht)' })
    const course = 'COURSE'
    await storedMeeting({
      title: 'Cursus over een maand',
      createdById: coordinator.user.id,
      kind: course,
      daysFromNow: 30,
    })
    await storedMeeting({
      title: 'Cursus over een week',
      createdById: coordinator.user.id,
      kind: course,
      daysFromNow: 7,
    })
    await storedMeeting({
      title: 'Cursus vorige week',
      createdById: coordinator.user.id,
      kind: course,
      daysFromNow: -7,
    })
    await storedMeeting({
      title: 'Cursus vorige maand',
      createdById: coordinator.user.id,
      kind: course,
      daysFromNow: -30,
      status: 'HELD',
      themeIds: [theme.id],
    })

    const titles = async (search: string) =>
      (await list(coordinator.cookie, search)).data?.meetings.map((meeting) => meeting.title)
    expect(await titles('?soort=COURSE')).toEqual(['Cursus over een week', 'Cursus over een maand'])
    expect(await titles('?soort=COURSE&weergave=voorbij')).toEqual([
      'Cursus vorige week',
      'Cursus vorige maand',
    ])
    expect(await titles('?soort=COURSE&weergave=alle&status=HELD')).toEqual(['Cursus vorige maand'])
    expect(await titles(`?weergave=alle&thema=${theme.id}`)).toEqual(['Cursus vorige maand'])
    const from = localParts(new Date(Date.now() - 10 * DAY)).day
    const to = localParts(new Date(Date.now() + 10 * DAY)).day
    expect(await titles(`?soort=COURSE&weergave=alle&van=${from}&tot=${to}`)).toEqual([
      'Cursus vorige week',
      'Cursus over een week',
    ])
    // A filter that makes no sense falls back to everything, never an error.
    expect((await list(coordinator.cookie, '?soort=ONZIN&weergave=raar&pagina=-3')).status).toBe(200)
  })

  it('exports what the filters show as CSV, with people present and councils represented', async () => {
    const coordinator = await signedIn('coordinator')
    const [wi, wmo] = [
      await createTestOrganisation({ name: 'Raad A' }),
      await createTestOrganisation({ name: 'Raad B' }),
    ]
    const held = await storedMeeting({
      title: 'Workshop met aanwezigen',
      createdById: coordinator.user.id,
      kind: 'FUTURE_WORKSHOP',
      daysFromNow: -3,
      status: 'HELD',
    })
    await invite(held.id, wi.id, 'PRESENT', 'Een')
    await invite(held.id, wi.id, 'PRESENT', 'Twee')
    await invite(held.id, wmo.id, 'PRESENT', 'Drie')
    await invite(held.id, wmo.id, 'EXCUSED', 'Vier')
    await invite(held.id, null, 'PRESENT', 'Vijf')
    await storedMeeting({
      title: 'Workshop later',
      createdById: coordinator.user.id,
      kind: 'FUTURE_WORKSHOP',
      daysFromNow: 9,
    })

    const response = await exportLoader({
      request: makeRequest('/bijeenkomsten/export.csv?soort=FUTURE_WORKSHOP&weergave=voorbij', {
        cookie: coordinator.cookie,
      }),
      params: {},
      context: testContext(),
    })
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    const rows = parseCsv(await response.text())
    expect(rows[0]).toEqual([
      'Begin',
      'Einde',
      'Titel',
      'Soort',
      'Status',
      'Locatie',
      "Thema's",
      'Reeks',
      'Uitgenodigd',
      'Aanwezig',
      'Raden en organisaties vertegenwoordigd',
    ])
    expect(rows.slice(1).map((row) => [row[2], row[3], row[4], row[8], row[9], row[10]])).toEqual([
      ['Workshop met aanwezigen', 'Toekomstwerkplaats', 'Gehouden', '5', '4', '2'],
    ])
    expect(rows[1]?.[0]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/)

    const reader = await signedIn('lezer')
    const refused = await outcome(() =>
      exportLoader({
        request: makeRequest('/bijeenkomsten/export.csv', { cookie: reader.cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(refused.status).toBe(403)
  })
})

describe('merging themes moves the meetings along', () => {
  it('moves the themes of meetings, agenda items and tips to the theme merged into', async () => {
    const coordinator = await signedIn('coordinator')
    const source = await createTestTheme({ name: 'Schuldhulp (bron)' })
    const target = await createTestTheme({ name: 'Schulden (doel)' })
    const meeting = await storedMeeting({
      title: 'Samenvoegen',
      createdById: coordinator.user.id,
      themeIds: [source.id],
    })
    await prisma.agendaItem.create({
      data: { meetingId: meeting.id, position: 1, title: 'Punt', themeId: source.id },
    })
    await prisma.meetingTip.create({ data: { meetingId: meeting.id, text: 'Tip', themeId: source.id } })
    const merged = await mergeThemes({
      sourceId: source.id,
      targetId: target.id,
      actorId: coordinator.user.id,
    })
    expect(merged.ok).toBe(true)
    expect(
      await prisma.meetingTheme.findMany({ where: { meetingId: meeting.id }, select: { themeId: true } }),
    ).toEqual([{ themeId: target.id }])
    expect((await prisma.agendaItem.findFirstOrThrow({ where: { meetingId: meeting.id } })).themeId).toBe(
      target.id,
    )
    expect((await prisma.meetingTip.findFirstOrThrow({ where: { meetingId: meeting.id } })).themeId).toBe(
      target.id,
    )
  })
})
