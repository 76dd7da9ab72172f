import { describe, expect, it } from 'vitest'
import { loader as listLoader } from '~/routes/activiteiten._index.tsx'
import { action as detailAction, loader as detailLoader } from '~/routes/activiteiten.$activityId.tsx'
import { action as editAction, loader as editLoader } from '~/routes/activiteiten.$activityId_.bewerken.tsx'
import { action as newAction, loader as newLoader } from '~/routes/activiteiten.nieuw.tsx'
import { action as quickAction, loader as quickLoader } from '~/routes/activiteiten.snel.tsx'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import {
  createTestOrganisation,
  createTestTheme,
  createTestUser,
  makeRequest,
  outcome,
  postForm as post,
  signedIn,
  testContext,
} from '../factories.ts'

type Reply = {
  errors: Record<string, string[]>
  values: Record<string, string>
  lists: Record<string, string[]>
  conflict?: { field: string; label: string; before: string; after: string }[] | null
}

const messages = (reply: { data?: Reply }, field: string) =>
  (reply.data?.errors[field] ?? []).map(translateRef)

// Returns the calendar day `years` from now as an <input type="date"> value.
const yearsFromNow = (years: number) => {
  const day = new Date()
  day.setUTCFullYear(day.getUTCFullYear() + years)
  return day.toISOString().slice(0, 10)
}

function createThroughForm(cookie: string, fields: Record<string, string | string[]>) {
  return outcome<Reply>(() =>
    newAction({
      request: post('/activiteiten/nieuw', cookie, {
        kind: 'CONTACT',
        subtype: 'telefoon',
        occurredOn: '2026-10-01',
        summary: 'Overleg over de minimaregeling',
        ...fields,
      }),
      params: {},
      context: testContext(),
    }),
  )
}

// Creates an activity directly in the database, authored by `authorId`.
function createTestActivity({
  authorId,
  summary = 'Telefoontje met de voorzitter',
  occurredAt = new Date('2026-10-01T10:00:00Z'),
  kind = 'CONTACT',
  organisationIds = [] as string[],
}: {
  authorId: string
  summary?: string
  occurredAt?: Date
  kind?: string
  organisationIds?: string[]
}) {
  return prisma.activity.create({
    data: {
      kind,
      subtype: kind === 'CONTACT' ? 'telefoon' : null,
      occurredAt,
      summary,
      authorId,
      organisations: { create: organisationIds.map((organisationId) => ({ organisationId })) },
    },
  })
}

describe('recording an activity', () => {
  it('stores a support activity with its time spent in minutes, links and author', async () => {
    const { cookie, user } = await signedIn('opbouwwerker')
    const council = await createTestOrganisation({ name: 'Cliëntenraad Heerenveen (test)' })
    const theme = await createTestTheme({ name: 'Bijzondere bijstand (test)' })
    const person = await prisma.person.create({ data: { name: 'Anne de Vries' } })
    const result = await createThroughForm(cookie, {
      kind: 'SUPPORT',
      subtype: 'advies ter plaatse',
      occurredOn: '2026-10-12',
      occurredTime: '19:30',
      summary: 'Advies over het jaarplan',
      timeSpent: '1:30',
      participationForm: 'COUNCIL_LINK',
      organisationIds: [council.id],
      personIds: [person.id],
      themeIds: [theme.id],
    })
    expect(result.status).toBe(302)
    const stored = await prisma.activity.findFirstOrThrow({
      where: { summary: 'Advies over het jaarplan' },
      include: { organisations: true, people: true, themes: true },
    })
    expect(result.location).toBe(`/activiteiten/${stored.id}`)
    expect(stored).toMatchObject({
      kind: 'SUPPORT',
      subtype: 'advies ter plaatse',
      minutesSpent: 90,
      authorId: user.id,
      participationForm: 'COUNCIL_LINK',
      occurredAt: new Date('2026-10-12T17:30:00Z'),
    })
    expect(stored.organisations).toEqual([
      expect.objectContaining({ organisationId: council.id, role: 'involved' }),
    ])
    expect(stored.people.map((link) => link.personId)).toEqual([person.id])
    expect(stored.themes.map((link) => link.themeId)).toEqual([theme.id])
    expect(await prisma.auditEvent.count({ where: { entityId: stored.id, action: 'activity.create' } })).toBe(
      1,
    )
  })

  it('reads decimal hours with a comma as time spent', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const result = await createThroughForm(cookie, { summary: 'Anderhalf uur', timeSpent: '1,5' })
    expect(result.status).toBe(302)
    expect(await prisma.activity.findFirstOrThrow({ where: { summary: 'Anderhalf uur' } })).toMatchObject({
      minutesSpent: 90,
    })
  })

  it('refuses a negative time spent and more than 24 hours, keeping the input', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const before = await prisma.activity.count()
    const negative = await createThroughForm(cookie, { timeSpent: '-1', notes: 'Mijn notities' })
    expect(negative.status).toBe(400)
    expect(messages(negative, 'timeSpent')).toEqual(['De tijdsbesteding kan niet negatief zijn.'])
    expect(negative.data?.values.notes).toBe('Mijn notities')
    const tooLong = await createThroughForm(cookie, { timeSpent: '25:00' })
    expect(tooLong.status).toBe(400)
    expect(messages(tooLong, 'timeSpent')).toEqual(['Vul hoogstens 24 uur in.'])
    expect(await prisma.activity.count()).toBe(before)
  })

  it('refuses a day before 1990 and a day more than a year ahead', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const early = await createThroughForm(cookie, { occurredOn: '1989-12-31' })
    expect(early.status).toBe(400)
    expect(messages(early, 'occurredOn')).toEqual(['Vul een datum vanaf 1 januari 1990 in.'])
    const late = await createThroughForm(cookie, { occurredOn: yearsFromNow(2) })
    expect(late.status).toBe(400)
    expect(messages(late, 'occurredOn')).toEqual(['Deze datum ligt meer dan een jaar in de toekomst.'])
    expect((await createThroughForm(cookie, { occurredOn: yearsFromNow(1) })).status).toBe(302)
  })

  it('refuses a subtype that does not belong to the kind, and a contact without one', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const wrong = await createThroughForm(cookie, { kind: 'CONTACT', subtype: 'cursus' })
    expect(wrong.status).toBe(400)
    expect(messages(wrong, 'subtype')).toEqual(['Deze vorm hoort niet bij deze soort activiteit.'])
    const none = await createThroughForm(cookie, { kind: 'SUPPORT', subtype: '' })
    expect(messages(none, 'subtype')).toEqual(['Kies hoe het contact of de ondersteuning plaatsvond.'])
    const panel = await createThroughForm(cookie, { kind: 'PANEL', subtype: 'telefoon' })
    expect(messages(panel, 'subtype')).toEqual(['Deze vorm hoort niet bij deze soort activiteit.'])
  })

  it('refuses a link to an organisation that does not exist and stores nothing', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const before = await prisma.activity.count()
    const result = await createThroughForm(cookie, { organisationIds: [council.id, 'bestaat-niet'] })
    expect(result.status).toBe(400)
    expect(messages(result, 'organisationIds')).toEqual(['Dit bestaat niet (meer). Kies opnieuw.'])
    expect(result.data?.lists.organisationIds).toEqual([council.id, 'bestaat-niet'])
    expect(await prisma.activity.count()).toBe(before)
    expect(await prisma.activityOrganisation.count({ where: { organisationId: council.id } })).toBe(0)
  })

  it('refuses a new link to an inactive organisation or a retired theme, but keeps existing ones on edit', async () => {
    const { cookie, user } = await signedIn('opbouwwerker')
    const stopped = await createTestOrganisation({ name: 'Gestopte raad', active: false })
    const retired = await createTestTheme({ active: false })
    const result = await createThroughForm(cookie, { organisationIds: [stopped.id], themeIds: [retired.id] })
    expect(result.status).toBe(400)
    expect(messages(result, 'organisationIds')).toEqual([
      'Een van de gekozen organisaties is niet meer actief. Kies een actieve.',
    ])
    expect(messages(result, 'themeIds')).toEqual(["Een van de gekozen thema's wordt niet meer gebruikt."])

    const old = await createTestActivity({ authorId: user.id, organisationIds: [stopped.id] })
    const edit = await outcome<Reply>(() =>
      editAction({
        request: post(`/activiteiten/${old.id}/bewerken`, cookie, {
          version: '1',
          kind: 'CONTACT',
          subtype: 'e-mail',
          occurredOn: '2026-10-01',
          summary: 'Nagekomen e-mail',
          organisationIds: [stopped.id],
        }),
        params: { activityId: old.id },
        context: testContext(),
      }),
    )
    expect(edit.status).toBe(302)
    expect(await prisma.activityOrganisation.count({ where: { activityId: old.id } })).toBe(1)
  })

  it('records a werkbezoek with the visited site apart from the councils that joined', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const site = await createTestOrganisation({ name: 'Werkplein Drachten (test)', type: 'SITE' })
    const notASite = await createThroughForm(cookie, {
      kind: 'SITE_VISIT',
      subtype: '',
      summary: 'Werkbezoek werkplein',
      visitedIds: [council.id],
    })
    expect(messages(notASite, 'visitedIds')).toEqual(['Kies hier alleen werkbezoeklocaties.'])
    const result = await createThroughForm(cookie, {
      kind: 'SITE_VISIT',
      subtype: '',
      summary: 'Werkbezoek werkplein',
      organisationIds: [council.id],
      visitedIds: [site.id],
      findings: 'Lange wachttijden aan de balie.',
      followUpQuestions: 'Hoe lang is de wachttijd gemiddeld?',
    })
    expect(result.status).toBe(302)
    const stored = await prisma.activity.findFirstOrThrow({
      where: { summary: 'Werkbezoek werkplein' },
      include: { organisations: { orderBy: { role: 'asc' } } },
    })
    expect(stored.organisations.map((link) => [link.organisationId, link.role])).toEqual([
      [council.id, 'involved'],
      [site.id, 'visited'],
    ])
    expect(stored.findings).toBe('Lange wachttijden aan de balie.')
  })

  it('refuses findings and visited sites on an activity that is no werkbezoek', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const result = await createThroughForm(cookie, { findings: 'Iets gezien' })
    expect(result.status).toBe(400)
    expect(messages(result, 'findings')[0]).toMatch(/^Alleen bij een werkbezoek/)
  })

  it('creates a first follow-up in the same step, and nothing when its assignee is deactivated', async () => {
    const { cookie, user } = await signedIn('opbouwwerker')
    const gone = await createTestUser({ role: 'opbouwwerker', active: false })
    const before = await prisma.activity.count()
    const refused = await createThroughForm(cookie, {
      summary: 'Met vervolgactie',
      followUpDescription: 'Notulen nasturen',
      followUpDueDate: '2026-12-01',
      followUpAssigneeId: gone.id,
    })
    expect(refused.status).toBe(400)
    expect(messages(refused, 'followUpAssigneeId')).toEqual([
      'Kies een actieve opbouwwerker, coördinator of beheerder.',
    ])
    expect(await prisma.activity.count()).toBe(before)

    const result = await createThroughForm(cookie, {
      summary: 'Met vervolgactie',
      followUpDescription: 'Notulen nasturen',
      followUpDueDate: '2026-12-01',
      followUpAssigneeId: user.id,
    })
    expect(result.status).toBe(302)
    const stored = await prisma.activity.findFirstOrThrow({
      where: { summary: 'Met vervolgactie' },
      include: { followUps: true },
    })
    expect(stored.followUps).toEqual([
      expect.objectContaining({
        description: 'Notulen nasturen',
        dueDate: new Date('2026-12-01T00:00:00Z'),
        assigneeId: user.id,
        createdById: user.id,
        done: false,
      }),
    ])
  })

  it('stores Dutch local times as the right UTC moments around the clock change', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const cases: [string, string, string, string][] = [
      ['DST 01:30', '2026-03-29', '01:30', '2026-03-29T00:30:00.000Z'],
      ['DST 02:30', '2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'],
      ['DST 03:30', '2026-03-29', '03:30', '2026-03-29T01:30:00.000Z'],
      ['Zomer', '2026-07-15', '14:00', '2026-07-15T12:00:00.000Z'],
      ['Winter zonder tijd', '2026-01-15', '', '2026-01-15T11:00:00.000Z'],
      ['Zomer zonder tijd', '2026-07-15', '', '2026-07-15T10:00:00.000Z'],
    ]
    for (const [summary, occurredOn, occurredTime, expected] of cases) {
      expect((await createThroughForm(cookie, { summary, occurredOn, occurredTime })).status).toBe(302)
      const stored = await prisma.activity.findFirstOrThrow({ where: { summary } })
      expect(stored.occurredAt.toISOString(), summary).toBe(expected)
    }
  })

  it('pre-fills the organisation, person and kind from the address', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const person = await prisma.person.create({ data: { name: 'Jan Jansen' } })
    const result = await outcome<{
      initial: { values: Record<string, string>; lists: Record<string, string[]> }
    }>(() =>
      newLoader({
        request: makeRequest(
          `/activiteiten/nieuw?organisatie=${council.id}&persoon=${person.id}&soort=SUPPORT`,
          {
            cookie,
          },
        ),
        params: {},
        context: testContext(),
      }),
    )
    expect(result.data?.initial.values.kind).toBe('SUPPORT')
    expect(result.data?.initial.lists.organisationIds).toEqual([council.id])
    expect(result.data?.initial.lists.personIds).toEqual([person.id])
  })

  it('does not let a viewer record anything', async () => {
    const { cookie } = await signedIn('lezer')
    const before = await prisma.activity.count()
    expect((await createThroughForm(cookie, {})).status).toBe(403)
    expect(await prisma.activity.count()).toBe(before)
  })
})

describe('deleting an activity', () => {
  it('is refused to another opbouwwerker, allowed to a coordinator and leaves an audit trace', async () => {
    const author = await createTestUser({ role: 'opbouwwerker' })
    const activity = await createTestActivity({ authorId: author.id, summary: 'Per ongeluk vastgelegd' })
    const remove = (cookie: string) =>
      outcome<Reply>(() =>
        detailAction({
          request: post(`/activiteiten/${activity.id}`, cookie, { intent: 'delete' }),
          params: { activityId: activity.id },
          context: testContext(),
        }),
      )
    const colleague = await signedIn('opbouwwerker')
    const refused = await remove(colleague.cookie)
    expect(refused.status).toBe(403)
    expect(messages(refused, 'form')[0]).toMatch(/^Alleen wie de activiteit heeft vastgelegd/)
    expect(await prisma.activity.count({ where: { id: activity.id } })).toBe(1)

    const coordinator = await signedIn('coordinator')
    const deleted = await remove(coordinator.cookie)
    expect(deleted.status).toBe(302)
    expect(deleted.location).toBe('/activiteiten')
    expect(await prisma.activity.count({ where: { id: activity.id } })).toBe(0)
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'Activity', entityId: activity.id, action: 'activity.delete' },
    })
    expect(audit.actorId).toBe(coordinator.user.id)
    expect(audit.summary).toContain('Per ongeluk vastgelegd')
  })

  it('is allowed to the author, after a confirmation step on the page', async () => {
    const { cookie, user } = await signedIn('opbouwwerker')
    const activity = await createTestActivity({ authorId: user.id })
    const page = await outcome<{ canDelete: boolean; confirmDelete: boolean }>(() =>
      detailLoader({
        request: makeRequest(`/activiteiten/${activity.id}?verwijderen`, { cookie }),
        params: { activityId: activity.id },
        context: testContext(),
      }),
    )
    expect(page.data).toMatchObject({ canDelete: true, confirmDelete: true })
    const result = await outcome(() =>
      detailAction({
        request: post(`/activiteiten/${activity.id}`, cookie, { intent: 'delete' }),
        params: { activityId: activity.id },
        context: testContext(),
      }),
    )
    expect(result.status).toBe(302)
    expect(await prisma.activity.count({ where: { id: activity.id } })).toBe(0)
  })

  it('answers 404 for an activity that does not exist', async () => {
    const { cookie } = await signedIn('lezer')
    const result = await outcome(() =>
      detailLoader({
        request: makeRequest('/activiteiten/bestaat-niet', { cookie }),
        params: { activityId: 'bestaat-niet' },
        context: testContext(),
      }),
    )
    expect(result.status).toBe(404)
  })
})

describe('editing an activity', () => {
  it('detects that someone else saved first and names the changed field', async () => {
    const { cookie, user } = await signedIn('opbouwwerker')
    const activity = await createTestActivity({ authorId: user.id, summary: 'Origineel' })
    const form = await outcome<{ base: string; current: { values: Record<string, string> } }>(() =>
      editLoader({
        request: makeRequest(`/activiteiten/${activity.id}/bewerken`, { cookie }),
        params: { activityId: activity.id },
        context: testContext(),
      }),
    )
    expect(form.data?.current.values).toMatchObject({ occurredOn: '2026-10-01', occurredTime: '12:00' })
    const save = (fields: Record<string, string>) =>
      outcome<Reply>(() =>
        editAction({
          request: post(`/activiteiten/${activity.id}/bewerken`, cookie, {
            ...(form.data?.current.values ?? {}),
            base: form.data?.base ?? '',
            version: '1',
            ...fields,
          }),
          params: { activityId: activity.id },
          context: testContext(),
        }),
      )
    expect((await save({ summary: 'Eerste versie', timeSpent: '0:45' })).status).toBe(302)
    const second = await save({ summary: 'Tweede versie' })
    expect(second.status).toBe(409)
    expect(second.data?.conflict?.map((change) => [change.label, change.before, change.after])).toEqual([
      ['Samenvatting', 'Origineel', 'Eerste versie'],
      ['Tijdsbesteding', '', '0:45'],
    ])
    expect(second.data?.values.summary).toBe('Tweede versie')
    expect(await prisma.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({
      summary: 'Eerste versie',
      minutesSpent: 45,
      version: 2,
    })
  })
})

describe('the activity log', () => {
  it('lists newest first with the filters from the address', async () => {
    const { cookie, user } = await signedIn('lezer')
    const council = await createTestOrganisation()
    await createTestActivity({
      authorId: user.id,
      summary: 'Oud contact (log)',
      occurredAt: new Date('2025-02-01T10:00:00Z'),
      organisationIds: [council.id],
    })
    await createTestActivity({
      authorId: user.id,
      summary: 'Nieuw contact (log)',
      occurredAt: new Date('2026-09-01T10:00:00Z'),
      organisationIds: [council.id],
    })
    await createTestActivity({ authorId: user.id, summary: 'Panel elders (log)', kind: 'PANEL' })
    const list = (search: string) =>
      outcome<{ activities: { summary: string }[]; total: number }>(() =>
        listLoader({
          request: makeRequest(`/activiteiten${search}`, { cookie }),
          params: {},
          context: testContext(),
        }),
      )
    const byOrganisation = await list(`?organisatie=${council.id}`)
    expect(byOrganisation.data?.activities.map((activity) => activity.summary)).toEqual([
      'Nieuw contact (log)',
      'Oud contact (log)',
    ])
    const inPeriod = await list(`?organisatie=${council.id}&van=2026-01-01&tot=2026-12-31`)
    expect(inPeriod.data?.activities.map((activity) => activity.summary)).toEqual(['Nieuw contact (log)'])
    const panels = await list(`?soort=PANEL&q=${encodeURIComponent('(log)')}`)
    expect(panels.data?.activities.map((activity) => activity.summary)).toEqual(['Panel elders (log)'])
  })

  it('falls back to no filter for nonsense in the address, never an error', async () => {
    const { cookie } = await signedIn('lezer')
    const result = await outcome<{ query: Record<string, unknown>; total: number }>(() =>
      listLoader({
        request: makeRequest(
          '/activiteiten?soort=KNUTSELEN&van=gisteren&tot=2026-02-30&pagina=-4&organisatie=',
          {
            cookie,
          },
        ),
        params: {},
        context: testContext(),
      }),
    )
    expect(result.status).toBe(200)
    expect(result.data?.query).toMatchObject({ soort: undefined, van: undefined, tot: undefined, pagina: 1 })
    expect(result.data?.total).toBe(await prisma.activity.count())
  })
})

describe('quick entry of a contact', () => {
  const quick = (cookie: string, fields: Record<string, string>) =>
    outcome<Reply>(() =>
      quickAction({
        request: post('/activiteiten/snel', cookie, {
          subtype: 'telefoon',
          occurredOn: '2026-11-20',
          ...fields,
        }),
        params: {},
        context: testContext(),
      }),
    )

  it('records a contact with the organisation by the signed-in user and goes back to the page', async () => {
    const { cookie, user } = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const result = await quick(cookie, {
      organisationId: council.id,
      subtype: 'e-mail',
      summary: 'Agenda volgende vergadering',
      redirectTo: `/organisaties/${council.id}`,
    })
    expect(result.status).toBe(302)
    expect(result.location).toBe(`/organisaties/${council.id}`)
    const stored = await prisma.activity.findFirstOrThrow({
      where: { summary: 'Agenda volgende vergadering' },
      include: { organisations: true },
    })
    expect(stored).toMatchObject({ kind: 'CONTACT', subtype: 'e-mail', authorId: user.id })
    expect(stored.organisations.map((link) => link.organisationId)).toEqual([council.id])
    expect(result.headers.get('Set-Cookie')).toBeTruthy()
  })

  it('does not follow a redirect to another site, going to the new activity instead', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const result = await quick(cookie, {
      organisationId: council.id,
      summary: 'Omleiding geweigerd',
      redirectTo: '//evil.example',
    })
    const stored = await prisma.activity.findFirstOrThrow({ where: { summary: 'Omleiding geweigerd' } })
    expect(result.location).toBe(`/activiteiten/${stored.id}`)
  })

  it('keeps everything typed and explains what is missing', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const before = await prisma.activity.count()
    const result = await quick(cookie, {
      organisationId: council.id,
      subtype: 'bezoek',
      summary: '   ',
      redirectTo: `/organisaties/${council.id}`,
    })
    expect(result.status).toBe(400)
    expect(messages(result, 'summary')).toEqual(['Vul dit veld in.'])
    expect(result.data?.values).toMatchObject({
      organisationId: council.id,
      subtype: 'bezoek',
      occurredOn: '2026-11-20',
      redirectTo: `/organisaties/${council.id}`,
    })
    expect(await prisma.activity.count()).toBe(before)
    const nobody = await quick(cookie, { summary: 'Met niemand' })
    expect(messages(nobody, 'organisationId')).toEqual([
      'Kies met welke organisatie of persoon u contact had.',
    ])
  })

  it('shows its own page pre-filled from the address, and a viewer only an explanation', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const page = await outcome<{ canRecord: boolean; defaults: { organisationId?: string } }>(() =>
      quickLoader({
        request: makeRequest(`/activiteiten/snel?organisatie=${council.id}`, { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(page.data).toMatchObject({ canRecord: true, defaults: { organisationId: council.id } })
    const viewer = await signedIn('lezer')
    const readOnly = await outcome<{ canRecord: boolean }>(() =>
      quickLoader({
        request: makeRequest('/activiteiten/snel', { cookie: viewer.cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(readOnly.data?.canRecord).toBe(false)
    expect((await quick(viewer.cookie, { organisationId: council.id, summary: 'Mag niet' })).status).toBe(403)
  })
})
