import { describe, expect, it } from 'vitest'
import {
  adoptAdvice,
  createAdvice,
  getAdviceFigures,
  listAdvicesForOrganisation,
  listAdvicesForSignal,
  listLibrary,
  moveAdvice,
  recordResponse,
  sendAdvice,
  setAdviceShareable,
  startPreparation,
} from '~/models/advice/advice.server.ts'
import { createSignal, forwardSignal } from '~/models/signal/signal.server.ts'
import { calendarDay, dayInputValue, daysBefore } from '~/models/signal/signal-dates.ts'
import { loader as listLoader } from '~/routes/adviezen._index.tsx'
import { action as detailAction, loader as detailLoader } from '~/routes/adviezen.$adviceId.tsx'
import { action as editAction, loader as editLoader } from '~/routes/adviezen.$adviceId_.bewerken.tsx'
import { action as libraryAction, loader as libraryLoader } from '~/routes/adviezen.bibliotheek.tsx'
import { action as newAction, loader as newLoader } from '~/routes/adviezen.nieuw.tsx'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import {
  createTestMunicipality,
  createTestOrganisation,
  createTestTheme,
  type FormFields,
  makeRequest,
  outcome,
  postForm as post,
  signedIn,
  testContext,
} from '../factories.ts'

type Reply = {
  intent?: string
  errors: Record<string, string[]>
  values: Record<string, string>
  lists: Record<string, string[]>
  conflict?: { changes: { label: string; before: string; after: string }[]; version: number } | null
}

type Fields = FormFields

const messages = (reply: { data?: Reply }, field: string) =>
  (reply.data?.errors[field] ?? []).map(translateRef)

const today = calendarDay()
const DAY = 86_400_000
// Returns the calendar day `days` days ago (negative: in the future).
const ago = (days: number) => daysBefore(today, days)
// Returns that day as a form writes it.
const daysAgo = (days: number) => dayInputValue(ago(days))

function createThroughForm(cookie: string, fields: Fields) {
  return outcome<Reply>(() =>
    newAction({ request: post('/adviezen/nieuw', cookie, fields), params: {}, context: testContext() }),
  )
}

function act(adviceId: string, cookie: string, fields: Fields) {
  return outcome<Reply>(() =>
    detailAction({
      request: post(`/adviezen/${adviceId}`, cookie, fields),
      params: { adviceId },
      context: testContext(),
    }),
  )
}

function page(adviceId: string, cookie: string) {
  return outcome<Awaited<ReturnType<typeof detailLoader>>>(() =>
    detailLoader({
      request: makeRequest(`/adviezen/${adviceId}`, { cookie }),
      params: { adviceId },
      context: testContext(),
    }),
  )
}

// Returns the id of the advice with this title (titles are unique within a test).
async function adviceIdOf(title: string) {
  return (await prisma.advice.findFirstOrThrow({ where: { title }, select: { id: true } })).id
}

// Records an advice through the model, for tests about what happens after.
async function recordedAdvice({
  actorId,
  councilIds,
  title = 'Advies minimabeleid',
  type = 'UNREQUESTED' as 'REQUESTED' | 'UNREQUESTED' | 'SIGNAL_LETTER' | 'LETTER',
  themeIds = [] as string[],
  requestReceivedOn = null as Date | null,
  deadline = null as Date | null,
  supporterId = null as string | null,
}: {
  actorId: string
  councilIds: string[]
  title?: string
  type?: 'REQUESTED' | 'UNREQUESTED' | 'SIGNAL_LETTER' | 'LETTER'
  themeIds?: string[]
  requestReceivedOn?: Date | null
  deadline?: Date | null
  supporterId?: string | null
}) {
  const result = await createAdvice({
    type,
    title,
    summary: null,
    body: null,
    councilIds,
    addressees: [],
    themeIds,
    signalIds: [],
    activityIds: [],
    supporterId,
    requestReceivedOn,
    deadline,
    actorId,
  })
  if (!result.ok) throw new Error(`the test advice was refused: ${JSON.stringify(result)}`)
  return result.adviceId
}

// Takes an advice from preparation to a response with `outcome`, on the given days ago.
async function respondedAdvice(
  adviceId: string,
  actorId: string,
  {
    adopted,
    sent,
    responded,
    outcome,
  }: { adopted: number; sent: number; responded: number; outcome: string },
) {
  for (const result of [
    await adoptAdvice({ adviceId, adoptedOn: ago(adopted), actorId }),
    await sendAdvice({ adviceId, sentOn: ago(sent), actorId }),
    await recordResponse({
      adviceId,
      responseOn: ago(responded),
      responseOutcome: outcome as 'ADOPTED',
      actorId,
    }),
  ]) {
    if (!result.ok) throw new Error(`a step was refused: ${JSON.stringify(result)}`)
  }
}

describe('the lifecycle of a requested, joint advice', () => {
  it('goes from request to closing, with an event per step and follow-ups that close themselves', async () => {
    const worker = await signedIn('opbouwwerker')
    const colleague = await signedIn('opbouwwerker')
    const municipality = await createTestMunicipality({ name: 'Leeuwarden (test)' })
    const theme = await createTestTheme({ name: 'Minimabeleid (test)' })
    const wi = await createTestOrganisation({ name: 'Cliëntenraad Leeuwarden' })
    const wmo = await createTestOrganisation({ name: 'Wmo-raad Leeuwarden', type: 'WMO_COUNCIL' })
    await prisma.organisation.update({ where: { id: wi.id }, data: { adviceTermWeeks: 4 } })

    const created = await createThroughForm(worker.cookie, {
      type: 'REQUESTED',
      title: 'Advies nieuwe verordening minimabeleid',
      summary: 'De raden vragen om een hogere inkomensgrens.',
      body: 'Geacht college,\n\n<b>Wij adviseren</b> de inkomensgrens op 130% te zetten.',
      councilIds: [wi.id, wmo.id, ''],
      addresseeKind: ['COLLEGE', ''],
      addresseeMunicipalityId: [municipality.id, ''],
      addresseeLabel: ['', ''],
      themeIds: [theme.id],
      supporterId: colleague.user.id,
      requestReceivedOn: daysAgo(40),
      deadline: '',
    })
    expect(created.status, JSON.stringify(created.data)).toBe(302)
    const adviceId = await adviceIdOf('Advies nieuwe verordening minimabeleid')
    expect(created.location).toBe(`/adviezen/${adviceId}`)
    const stored = await prisma.advice.findUniqueOrThrow({
      where: { id: adviceId },
      include: { councils: true, addressees: true, followUps: true },
    })
    // The deadline is the request date plus the leading council's own term of four weeks.
    expect(stored).toMatchObject({ status: 'RECEIVED', requestReceivedOn: ago(40), deadline: ago(12) })
    expect(stored.body).toBe('Geacht college,\n\n<b>Wij adviseren</b> de inkomensgrens op 130% te zetten.')
    expect(stored.councils.map((link) => link.organisationId).sort()).toEqual([wi.id, wmo.id].sort())
    expect(stored.addressees).toMatchObject([
      { kind: 'COLLEGE', municipalityId: municipality.id, label: null },
    ])
    expect(stored.followUps).toMatchObject([
      {
        description: 'Adviestermijn verloopt: Advies nieuwe verordening minimabeleid',
        dueDate: ago(12),
        assigneeId: colleague.user.id,
        systemKey: 'advice-deadline',
        done: false,
      },
    ])

    // The page shows the joint advice and the passed deadline.
    const before = await page(adviceId, worker.cookie)
    expect(before.data?.advice).toMatchObject({ joint: true, deadlineOverdue: true })
    expect(before.data?.advice.councils.map((council) => council.name)).toEqual([
      'Cliëntenraad Leeuwarden',
      'Wmo-raad Leeuwarden',
    ])

    const steps: { by: typeof worker; fields: Fields }[] = [
      { by: worker, fields: { intent: 'start', note: 'Werkgroep gestart' } },
      { by: colleague, fields: { intent: 'adopt', adoptedOn: daysAgo(20) } },
      { by: worker, fields: { intent: 'send', sentOn: daysAgo(19) } },
      {
        by: colleague,
        fields: {
          intent: 'response',
          responseOn: daysAgo(2),
          responseOutcome: 'PARTLY_ADOPTED',
          responseReasoning: 'De grens gaat naar 120%.',
        },
      },
      { by: worker, fields: { intent: 'close', note: '' } },
    ]
    const followUpsAfter: { key: string | null; done: boolean; due: Date | null }[][] = []
    for (const step of steps) {
      const result = await act(adviceId, step.by.cookie, step.fields)
      expect(result.status, `${step.fields.intent}: ${JSON.stringify(result.data?.errors)}`).toBe(302)
      expect(result.location).toBe(`/adviezen/${adviceId}`)
      followUpsAfter.push(
        (await prisma.followUp.findMany({ where: { adviceId }, orderBy: { createdAt: 'asc' } })).map(
          (followUp) => ({ key: followUp.systemKey, done: followUp.done, due: followUp.dueDate }),
        ),
      )
    }
    // Sending closes the deadline's follow-up and opens the one to chase the response, due
    // eight weeks after sending; recording the response closes that one.
    expect(followUpsAfter[1]).toEqual([{ key: 'advice-deadline', done: false, due: ago(12) }])
    expect(followUpsAfter[2]).toEqual([
      { key: 'advice-deadline', done: true, due: ago(12) },
      { key: 'advice-response', done: false, due: new Date(ago(19).getTime() + 56 * DAY) },
    ])
    expect(followUpsAfter[3]?.map((followUp) => followUp.done)).toEqual([true, true])

    const after = await page(adviceId, worker.cookie)
    const shown = after.data?.advice
    expect(shown).toMatchObject({
      status: 'CLOSED',
      adoptedOn: ago(20),
      sentOn: ago(19),
      responseOn: ago(2),
      responseOutcome: 'PARTLY_ADOPTED',
      responseReasoning: 'De grens gaat naar 120%.',
      closedOn: today,
      deadlineOverdue: false,
    })
    expect(
      shown?.events.map((event) => [
        event.fromStatus,
        event.toStatus,
        event.actor.id,
        event.at instanceof Date,
      ]),
    ).toEqual([
      [null, 'RECEIVED', worker.user.id, true],
      ['RECEIVED', 'IN_PREPARATION', worker.user.id, true],
      ['IN_PREPARATION', 'ADOPTED', colleague.user.id, true],
      ['ADOPTED', 'SENT', worker.user.id, true],
      ['SENT', 'RESPONDED', colleague.user.id, true],
      ['RESPONDED', 'CLOSED', worker.user.id, true],
    ])
    expect(shown?.events[1]?.note).toBe('Werkgroep gestart')
    expect(shown?.events[4]?.note).toBe('Uitkomst: Deels overgenomen')
  })

  it('takes the default term of six weeks when the first council has none of its own', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const adviceId = await recordedAdvice({
      actorId: worker.user.id,
      councilIds: [council.id],
      type: 'REQUESTED',
      requestReceivedOn: ago(3),
    })
    const advice = await prisma.advice.findUniqueOrThrow({ where: { id: adviceId } })
    expect(advice.deadline).toEqual(new Date(ago(3).getTime() + 42 * DAY))
    // Without a supporter, the creator gets the deadline's follow-up.
    expect(await prisma.followUp.findFirstOrThrow({ where: { adviceId } })).toMatchObject({
      assigneeId: worker.user.id,
      systemKey: 'advice-deadline',
    })
  })

  it('starts an unrequested advice in preparation, without a deadline or follow-up', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const adviceId = await recordedAdvice({ actorId: worker.user.id, councilIds: [council.id] })
    expect(await prisma.advice.findUniqueOrThrow({ where: { id: adviceId } })).toMatchObject({
      status: 'IN_PREPARATION',
      deadline: null,
    })
    expect(await prisma.followUp.count({ where: { adviceId } })).toBe(0)
    expect(await prisma.adviceEvent.count({ where: { adviceId, toStatus: 'IN_PREPARATION' } })).toBe(1)
  })
})

describe('steps that make no sense', () => {
  it('refuses "sent" before the advice was adopted, naming the next step, and changes nothing', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const adviceId = await recordedAdvice({ actorId: worker.user.id, councilIds: [council.id] })
    const before = await prisma.advice.findUniqueOrThrow({
      where: { id: adviceId },
      include: { events: true },
    })
    const sent = await act(adviceId, worker.cookie, { intent: 'send', sentOn: daysAgo(1) })
    expect(sent.status).toBe(400)
    expect(messages(sent, 'form')).toEqual([
      'Een advies gaat stap voor stap: "Verzonden" kan nog niet. De volgende stap is "Vastgesteld".',
    ])
    expect(sent.data?.values.sentOn).toBe(daysAgo(1))
    expect(
      await prisma.advice.findUniqueOrThrow({ where: { id: adviceId }, include: { events: true } }),
    ).toEqual(before)

    // Adopted on the 10th, sent on the 11th day ago: a send date before the adoption.
    await adoptAdvice({ adviceId, adoptedOn: ago(10), actorId: worker.user.id })
    const early = await act(adviceId, worker.cookie, { intent: 'send', sentOn: daysAgo(11) })
    expect(messages(early, 'sentOn')[0]).toMatch(
      /^Het advies kan niet zijn verzonden vóór het is vastgesteld/,
    )
  })

  it('refuses a response before the advice was sent, dated before sending, or without its date', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const adviceId = await recordedAdvice({ actorId: worker.user.id, councilIds: [council.id] })
    await adoptAdvice({ adviceId, adoptedOn: ago(30), actorId: worker.user.id })
    const notSent = await act(adviceId, worker.cookie, {
      intent: 'response',
      responseOn: daysAgo(1),
      responseOutcome: 'ADOPTED',
    })
    expect(messages(notSent, 'form')).toEqual([
      'Een advies gaat stap voor stap: "Reactie ontvangen" kan nog niet. De volgende stap is "Verzonden".',
    ])
    await sendAdvice({ adviceId, sentOn: ago(20), actorId: worker.user.id })
    const beforeSending = await act(adviceId, worker.cookie, {
      intent: 'response',
      responseOn: daysAgo(25),
      responseOutcome: 'ADOPTED',
    })
    expect(messages(beforeSending, 'responseOn')[0]).toMatch(/^De reactie kan niet van vóór de verzending/)
    const withoutDate = await act(adviceId, worker.cookie, {
      intent: 'response',
      responseOn: '',
      responseOutcome: 'NOT_ADOPTED',
    })
    expect(messages(withoutDate, 'responseOn')).toEqual([
      'Vul de datum van de reactie in; zonder datum kan de uitkomst niet worden vastgelegd.',
    ])
    const tooEarly = await act(adviceId, worker.cookie, {
      intent: 'response',
      responseOn: daysAgo(1),
      responseOutcome: 'NO_RESPONSE',
    })
    expect(messages(tooEarly, 'responseOutcome')[0]).toMatch(
      /^"Geen reactie ontvangen" kan pas 8 weken na verzending worden vastgelegd/,
    )
    expect((await prisma.advice.findUniqueOrThrow({ where: { id: adviceId } })).status).toBe('SENT')
  })

  it('refuses a move backwards, and closing early without saying why', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const adviceId = await recordedAdvice({ actorId: worker.user.id, councilIds: [council.id] })
    await adoptAdvice({ adviceId, adoptedOn: ago(3), actorId: worker.user.id })
    const back = await moveAdvice({ adviceId, to: 'IN_PREPARATION', actorId: worker.user.id })
    if (back.ok || back.reason !== 'invalid') throw new Error('expected a refusal')
    expect(back.refusals.map((refusal) => translateRef(refusal.message))).toEqual([
      'Een advies kan niet terug naar "In voorbereiding". De volgende stap is "Verzonden".',
    ])
    const silent = await act(adviceId, worker.cookie, { intent: 'close', note: ' ' })
    expect(messages(silent, 'note')).toEqual([
      'Leg uit waarom het advies wordt afgesloten zonder dat het is verzonden.',
    ])
    const closed = await act(adviceId, worker.cookie, { intent: 'close', note: 'Onderwerp van de agenda.' })
    expect(closed.status).toBe(302)
    expect(
      await prisma.adviceEvent.findFirstOrThrow({ where: { adviceId, toStatus: 'CLOSED' } }),
    ).toMatchObject({
      fromStatus: 'ADOPTED',
      note: 'Onderwerp van de agenda.',
    })
  })

  it('refuses a deadline before the request, the same council twice, and a merged municipality', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation({ name: 'Raad Dubbel' })
    const merged = await createTestMunicipality({ name: 'Opgeheven gemeente (test)', validTo: ago(400) })
    const before = await prisma.advice.count()
    const result = await createThroughForm(worker.cookie, {
      type: 'REQUESTED',
      title: 'Advies met fouten',
      councilIds: [council.id, council.id],
      addresseeKind: ['COUNCIL'],
      addresseeMunicipalityId: [merged.id],
      addresseeLabel: [''],
      requestReceivedOn: daysAgo(5),
      deadline: daysAgo(6),
    })
    expect(result.status).toBe(400)
    expect(messages(result, 'deadline')).toEqual([
      'De adviestermijn kan niet vóór de ontvangst van de aanvraag liggen.',
    ])
    expect(messages(result, 'councilIds')).toEqual([
      'Raad Dubbel is twee keer gekozen. Kies elke raad één keer.',
    ])
    expect(messages(result, 'addressee0')).toEqual([
      'Opgeheven gemeente (test) bestaat niet meer (opgegaan in een andere gemeente). Een nieuw advies gaat naar een huidige gemeente.',
    ])
    // The user's input stays in the form.
    expect(result.data?.values.title).toBe('Advies met fouten')
    expect(result.data?.lists.councilIds).toEqual([council.id, council.id])
    expect(await prisma.advice.count()).toBe(before)
  })

  it('explains what an addressee row misses, and refuses a request date on an unrequested advice', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const result = await createThroughForm(worker.cookie, {
      type: 'UNREQUESTED',
      title: 'Advies zonder adres',
      councilIds: [council.id],
      addresseeKind: ['COLLEGE', 'OTHER', ''],
      addresseeMunicipalityId: ['', '', ''],
      addresseeLabel: ['', '', ''],
      requestReceivedOn: daysAgo(2),
    })
    expect(result.status).toBe(400)
    expect(messages(result, 'addressee0')).toEqual(['Kies de gemeente van dit college of deze gemeenteraad.'])
    expect(messages(result, 'addressee1')).toEqual(['Omschrijf aan wie het advies is gericht.'])
    const missingCouncil = await createThroughForm(worker.cookie, { type: 'LETTER', title: 'Zonder raad' })
    expect(messages(missingCouncil, 'councilIds')).toEqual([
      'Kies minstens één raad die het advies uitbrengt.',
    ])
    const dated = await createThroughForm(worker.cookie, {
      type: 'UNREQUESTED',
      title: 'Ongevraagd met datum',
      councilIds: [council.id],
      requestReceivedOn: daysAgo(2),
    })
    expect(messages(dated, 'requestReceivedOn')[0]).toMatch(
      /^Een aanvraagdatum en adviestermijn horen alleen/,
    )
  })

  it('says how long a text is that is too long, and keeps it in the form', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const body = 'Lange tekst. '.repeat(4000)
    const result = await createThroughForm(worker.cookie, {
      type: 'UNREQUESTED',
      title: 'Heel lang advies',
      councilIds: [council.id],
      body,
    })
    expect(result.status).toBe(400)
    expect(messages(result, 'body')).toEqual([
      'De volledige tekst is te lang: 51.999 tekens, hoogstens 50.000 zijn mogelijk. Neem de kern van het advies op en bewaar het volledige stuk als document; uw tekst staat nog in het veld.',
    ])
    expect(result.data?.values.body).toBe(body)
  })

  it('is refused to a viewer with 403, changing nothing', async () => {
    const worker = await signedIn('opbouwwerker')
    const viewer = await signedIn('lezer')
    const council = await createTestOrganisation()
    const adviceId = await recordedAdvice({ actorId: worker.user.id, councilIds: [council.id] })
    const result = await act(adviceId, viewer.cookie, { intent: 'adopt', adoptedOn: daysAgo(1) })
    expect(result.status).toBe(403)
    expect((await prisma.advice.findUniqueOrThrow({ where: { id: adviceId } })).status).toBe('IN_PREPARATION')
    // A viewer reads the page, without the forms.
    const read = await page(adviceId, viewer.cookie)
    expect(read.status).toBe(200)
    expect(read.data?.canEdit).toBe(false)
  })

  it('lets only coordinators and admins delete an advice, with a trace in the audit log', async () => {
    const worker = await signedIn('opbouwwerker')
    const coordinator = await signedIn('coordinator')
    const council = await createTestOrganisation()
    const adviceId = await recordedAdvice({
      actorId: worker.user.id,
      councilIds: [council.id],
      title: 'Per vergissing',
    })
    expect((await act(adviceId, worker.cookie, { intent: 'delete' })).status).toBe(403)
    const deleted = await act(adviceId, coordinator.cookie, { intent: 'delete' })
    expect(deleted.location).toBe('/adviezen')
    expect(await prisma.advice.count({ where: { id: adviceId } })).toBe(0)
    expect(
      await prisma.auditEvent.findFirstOrThrow({ where: { action: 'advice.delete', entityId: adviceId } }),
    ).toMatchObject({ actorId: coordinator.user.id })
    expect((await page(adviceId, worker.cookie)).status).toBe(404)
  })
})

describe('an advice from a signal', () => {
  it('starts pre-filled from the signal, links it, and shows the outcome on the signal afterwards', async () => {
    const worker = await signedIn('opbouwwerker')
    const source = await createTestOrganisation({ type: 'SUPPORT_POINT' })
    const municipality = await createTestMunicipality({ name: 'Smallingerland (test)' })
    const theme = await createTestTheme({ name: 'Bejegening (test)' })
    const [first, second] = [
      await createTestOrganisation(),
      await createTestOrganisation({ type: 'WMO_COUNCIL' }),
    ]
    const signal = await createSignal({
      sourceId: source.id,
      receivedOn: ago(30),
      municipalityId: municipality.id,
      title: 'Onvriendelijke bejegening aan de balie',
      description: 'Bezoekers voelen zich niet serieus genomen.',
      themeIds: [theme.id],
      actorId: worker.user.id,
    })
    if (!signal.ok) throw new Error('refused')
    await forwardSignal({
      signalId: signal.signalId,
      organisationIds: [first.id, second.id],
      forwardedOn: ago(28),
      actorId: worker.user.id,
    })

    const form = await outcome<Awaited<ReturnType<typeof newLoader>>>(() =>
      newLoader({
        request: makeRequest(`/adviezen/nieuw?signaal=${signal.signalId}`, { cookie: worker.cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(form.status).toBe(200)
    const initial = form.data?.initial
    expect(initial?.values).toMatchObject({ type: 'SIGNAL_LETTER', supporterId: worker.user.id })
    expect(initial?.lists).toMatchObject({
      councilIds: [first.id, second.id],
      themeIds: [theme.id],
      signalIds: [signal.signalId],
      addresseeKind: ['COLLEGE'],
      addresseeMunicipalityId: [municipality.id],
    })
    expect(form.data?.fromSignal?.title).toBe('Onvriendelijke bejegening aan de balie')

    const created = await createThroughForm(worker.cookie, {
      ...initial?.values,
      ...initial?.lists,
      title: 'Signaalbrief bejegening',
      addresseeLabel: [''],
    })
    expect(created.status, JSON.stringify(created.data?.errors)).toBe(302)
    const adviceId = await adviceIdOf('Signaalbrief bejegening')
    expect(await listAdvicesForSignal({ signalId: signal.signalId })).toMatchObject([
      {
        id: adviceId,
        title: 'Signaalbrief bejegening',
        status: 'IN_PREPARATION',
        joint: true,
        responseOutcome: null,
      },
    ])

    await respondedAdvice(adviceId, worker.user.id, {
      adopted: 20,
      sent: 19,
      responded: 3,
      outcome: 'ADOPTED',
    })
    const [shown] = await listAdvicesForSignal({ signalId: signal.signalId })
    expect(shown).toMatchObject({ status: 'RESPONDED', responseOutcome: 'ADOPTED', responseOn: ago(3) })
    expect(shown?.councils.map((council) => council.id).sort()).toEqual([first.id, second.id].sort())
    expect((await page(adviceId, worker.cookie)).data?.advice.signals.map((item) => item.id)).toEqual([
      signal.signalId,
    ])
  })

  it('puts the council of ?raad= first', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const form = await outcome<Awaited<ReturnType<typeof newLoader>>>(() =>
      newLoader({
        request: makeRequest(`/adviezen/nieuw?raad=${council.id}&signaal=bestaat-niet`, { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(form.data?.initial.lists.councilIds).toEqual([council.id])
    expect(form.data?.fromSignal).toBeNull()
  })
})

describe('the library', () => {
  it('takes only (partly) adopted advices, finds them by theme, and reuses one for another council', async () => {
    const worker = await signedIn('opbouwwerker')
    const theme = await createTestTheme({ name: 'Tegenprestatie (bibliotheek)' })
    const [author, other] = [
      await createTestOrganisation({ name: 'Schrijvende raad' }),
      await createTestOrganisation({ name: 'Lezende raad' }),
    ]
    const rejected = await recordedAdvice({
      actorId: worker.user.id,
      councilIds: [author.id],
      title: 'Afgewezen advies',
      themeIds: [theme.id],
    })
    await respondedAdvice(rejected, worker.user.id, {
      adopted: 30,
      sent: 29,
      responded: 5,
      outcome: 'NOT_ADOPTED',
    })
    const refused = await act(rejected, worker.cookie, { intent: 'share' })
    expect(refused.status).toBe(400)
    expect(messages(refused, 'form')[0]).toMatch(/^Alleen een advies dat \(deels\) is overgenomen/)

    const adopted = await recordedAdvice({
      actorId: worker.user.id,
      councilIds: [author.id],
      type: 'REQUESTED',
      requestReceivedOn: ago(60),
      title: 'Tegenprestatie met maatwerk',
      themeIds: [theme.id],
    })
    await startPreparation({ adviceId: adopted, actorId: worker.user.id })
    await respondedAdvice(adopted, worker.user.id, {
      adopted: 30,
      sent: 29,
      responded: 5,
      outcome: 'ADOPTED',
    })
    await prisma.advice.update({
      where: { id: adopted },
      data: { body: 'Geef mensen zelf de keuze in hun tegenprestatie; géén verplichting zonder maatwerk.' },
    })
    expect((await act(adopted, worker.cookie, { intent: 'share' })).status).toBe(302)

    const found = await listLibrary({ themeId: theme.id })
    expect(found.advices.map((advice) => advice.title)).toEqual(['Tegenprestatie met maatwerk'])
    // Words are found without accents or capitals.
    expect((await listLibrary({ q: 'GEEN verplichting' })).advices.map((advice) => advice.id)).toContain(
      adopted,
    )
    expect((await listLibrary({ q: 'geen verplichting', themeId: theme.id, type: 'LETTER' })).total).toBe(0)

    const { cookie } = await signedIn('lezer')
    const library = await outcome<Awaited<ReturnType<typeof libraryLoader>>>(() =>
      libraryLoader({
        request: makeRequest(`/adviezen/bibliotheek?thema=${theme.id}&uitkomst=NOT_ADOPTED`, { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    // An outcome that is no success falls back to "all outcomes".
    expect(library.data?.query.uitkomst).toBeUndefined()
    expect(library.data?.advices.map((advice) => advice.title)).toEqual(['Tegenprestatie met maatwerk'])
    expect(
      (
        await outcome(() =>
          libraryAction({
            request: post('/adviezen/bibliotheek', cookie, { adviceId: adopted, councilIds: [other.id] }),
            params: {},
            context: testContext(),
          }),
        )
      ).status,
    ).toBe(403)

    const reused = await outcome<Reply>(() =>
      libraryAction({
        request: post('/adviezen/bibliotheek', worker.cookie, {
          adviceId: adopted,
          councilIds: [other.id, ''],
        }),
        params: {},
        context: testContext(),
      }),
    )
    expect(reused.status).toBe(302)
    const draft = await prisma.advice.findFirstOrThrow({
      where: { basedOnId: adopted },
      include: { councils: true, themes: true, events: true },
    })
    expect(reused.location).toBe(`/adviezen/${draft.id}`)
    expect(draft).toMatchObject({
      title: 'Tegenprestatie met maatwerk',
      body: 'Geef mensen zelf de keuze in hun tegenprestatie; géén verplichting zonder maatwerk.',
      status: 'IN_PREPARATION',
      type: 'UNREQUESTED',
      shareable: false,
      deadline: null,
      supporterId: worker.user.id,
    })
    expect(draft.councils.map((link) => link.organisationId)).toEqual([other.id])
    expect(draft.themes.map((link) => link.themeId)).toEqual([theme.id])
    expect(draft.events.map((event) => event.note)).toEqual(['Hergebruikt van "Tegenprestatie met maatwerk"'])
    const source = (await page(adopted, worker.cookie)).data?.advice
    expect(source?.derived.map((item) => item.id)).toEqual([draft.id])
    expect((await listLibrary({ themeId: theme.id })).advices[0]?.reuseCount).toBe(1)

    // An advice taken out of the library can no longer be reused.
    await setAdviceShareable({ adviceId: adopted, shareable: false, actorId: worker.user.id })
    const gone = await outcome<Reply>(() =>
      libraryAction({
        request: post('/adviezen/bibliotheek', worker.cookie, { adviceId: adopted, councilIds: [other.id] }),
        params: {},
        context: testContext(),
      }),
    )
    expect(messages(gone, 'form')).toEqual([
      'Dit advies staat niet (meer) in de bibliotheek en kan niet worden hergebruikt.',
    ])
  })
})

describe('the figures of advices', () => {
  it('counts sent advices, the joint share, the adoption rate without "no response", the median and open deadlines', async () => {
    const worker = await signedIn('opbouwwerker')
    const theme = await createTestTheme({ name: 'Re-integratie (cijfers)' })
    const [a, b] = [await createTestOrganisation(), await createTestOrganisation()]
    const make = (title: string, councilIds: string[]) =>
      recordedAdvice({ actorId: worker.user.id, councilIds, title, themeIds: [theme.id] })
    // Sent 100 days ago; responses after 10, 20 and 40 days; one never answered.
    await respondedAdvice(await make('Gezamenlijk overgenomen', [a.id, b.id]), worker.user.id, {
      adopted: 101,
      sent: 100,
      responded: 90,
      outcome: 'ADOPTED',
    })
    await respondedAdvice(await make('Deels', [a.id]), worker.user.id, {
      adopted: 101,
      sent: 100,
      responded: 80,
      outcome: 'PARTLY_ADOPTED',
    })
    await respondedAdvice(await make('Niet', [a.id]), worker.user.id, {
      adopted: 101,
      sent: 100,
      responded: 60,
      outcome: 'NOT_ADOPTED',
    })
    await respondedAdvice(await make('Stilte', [a.id]), worker.user.id, {
      adopted: 101,
      sent: 100,
      responded: 10,
      outcome: 'NO_RESPONSE',
    })
    // Not sent: no figure but an open, passed deadline.
    await recordedAdvice({
      actorId: worker.user.id,
      councilIds: [a.id],
      title: 'Nog bezig',
      themeIds: [theme.id],
      type: 'REQUESTED',
      requestReceivedOn: ago(60),
    })

    const figures = await getAdviceFigures({ themeId: theme.id })
    expect(figures).toEqual({
      sent: 4,
      joint: 1,
      jointShare: 0.25,
      responded: 3,
      adopted: 2,
      noResponse: 1,
      adoptionRate: 2 / 3,
      medianResponseDays: 20,
      openDeadlines: 1,
      overdueDeadlines: 1,
    })
    expect((await getAdviceFigures({ themeId: theme.id, organisationId: b.id })).sent).toBe(1)
    expect((await getAdviceFigures({ themeId: theme.id, from: ago(50) })).sent).toBe(0)

    const { cookie } = await signedIn('lezer')
    const list = await outcome<Awaited<ReturnType<typeof listLoader>>>(() =>
      listLoader({
        request: makeRequest(`/adviezen?thema=${theme.id}`, { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(list.data?.figures.adoptionRate).toBeCloseTo(2 / 3)
    expect(list.data?.advices.find((advice) => advice.title === 'Nog bezig')?.deadlineOverdue).toBe(true)

    const timeline = await listAdvicesForOrganisation({ organisationId: b.id })
    expect(timeline.map((advice) => [advice.title, advice.joint, advice.partners.map((p) => p.id)])).toEqual([
      ['Gezamenlijk overgenomen', true, [a.id]],
    ])
  })
})

describe('the overview of advices', () => {
  it('filters by joint, status and council, and falls back for values that make no sense', async () => {
    const worker = await signedIn('opbouwwerker')
    const theme = await createTestTheme({ name: 'Filters (adviezen)' })
    const [a, b] = [await createTestOrganisation(), await createTestOrganisation()]
    await recordedAdvice({
      actorId: worker.user.id,
      councilIds: [a.id, b.id],
      title: 'Samen',
      themeIds: [theme.id],
    })
    const alone = await recordedAdvice({
      actorId: worker.user.id,
      councilIds: [b.id],
      title: 'Alleen',
      themeIds: [theme.id],
    })
    await adoptAdvice({ adviceId: alone, adoptedOn: ago(1), actorId: worker.user.id })
    const { cookie } = await signedIn('lezer')
    const titles = async (search: string) => {
      const result = await outcome<Awaited<ReturnType<typeof listLoader>>>(() =>
        listLoader({
          request: makeRequest(`/adviezen?thema=${theme.id}&${search}`, { cookie }),
          params: {},
          context: testContext(),
        }),
      )
      expect(result.status).toBe(200)
      return result.data?.advices.map((advice) => advice.title).sort()
    }
    expect(await titles('')).toEqual(['Alleen', 'Samen'])
    expect(await titles('gezamenlijk=ja')).toEqual(['Samen'])
    expect(await titles('gezamenlijk=nee')).toEqual(['Alleen'])
    expect(await titles('status=ADOPTED')).toEqual(['Alleen'])
    expect(await titles(`raad=${a.id}`)).toEqual(['Samen'])

    const nonsense = await outcome<Awaited<ReturnType<typeof listLoader>>>(() =>
      listLoader({
        request: makeRequest(
          `/adviezen?status=%3Cscript%3E&type=BRIEF&gezamenlijk=misschien&van=2026-02-30&tot=morgen&pagina=-2&raad=${'x'.repeat(100)}`,
          { cookie },
        ),
        params: {},
        context: testContext(),
      }),
    )
    expect(nonsense.status).toBe(200)
    expect(nonsense.data?.query).toEqual({
      status: undefined,
      type: undefined,
      raad: undefined,
      thema: undefined,
      gemeente: undefined,
      gezamenlijk: undefined,
      van: undefined,
      tot: undefined,
      pagina: 1,
    })
  })
})

describe('editing an advice', () => {
  it('answers a stale edit with 409 and what changed, keeps the input, and saves on the new version', async () => {
    const worker = await signedIn('opbouwwerker')
    const colleague = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const adviceId = await recordedAdvice({
      actorId: worker.user.id,
      councilIds: [council.id],
      title: 'Eerste titel',
    })
    const open = () =>
      outcome<Awaited<ReturnType<typeof editLoader>>>(() =>
        editLoader({
          request: makeRequest(`/adviezen/${adviceId}/bewerken`, { cookie: worker.cookie }),
          params: { adviceId },
          context: testContext(),
        }),
      )
    const mine = await open()
    const theirs = await open()
    const edit = (cookie: string, form: typeof mine, fields: Fields) =>
      outcome<Reply>(() =>
        editAction({
          request: post(`/adviezen/${adviceId}/bewerken`, cookie, {
            ...form.data?.current.values,
            ...form.data?.current.lists,
            version: String(form.data?.advice.version),
            base: form.data?.base ?? '',
            ...fields,
          }),
          params: { adviceId },
          context: testContext(),
        }),
      )
    expect((await edit(colleague.cookie, theirs, { title: 'Titel van de collega' })).status).toBe(302)
    const stale = await edit(worker.cookie, mine, { title: 'Mijn titel', summary: 'Mijn samenvatting' })
    expect(stale.status).toBe(409)
    expect(stale.data?.conflict?.changes).toEqual([
      { label: 'Titel', before: 'Eerste titel', after: 'Titel van de collega' },
    ])
    expect(stale.data?.values.title).toBe('Mijn titel')
    expect((await prisma.advice.findUniqueOrThrow({ where: { id: adviceId } })).title).toBe(
      'Titel van de collega',
    )

    const again = await outcome<Reply>(() =>
      editAction({
        request: post(`/adviezen/${adviceId}/bewerken`, worker.cookie, {
          ...stale.data?.values,
          ...stale.data?.lists,
          version: String(stale.data?.conflict?.version),
        }),
        params: { adviceId },
        context: testContext(),
      }),
    )
    expect(again.status).toBe(302)
    expect(await prisma.advice.findUniqueOrThrow({ where: { id: adviceId } })).toMatchObject({
      title: 'Mijn titel',
      summary: 'Mijn samenvatting',
      version: 3,
    })
  })

  it('keeps a merged municipality an old advice is addressed to, and moves the deadline follow-up with the deadline', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const merged = await createTestMunicipality({ name: 'Littenseradiel (test)', validTo: ago(3000) })
    const adviceId = await recordedAdvice({
      actorId: worker.user.id,
      councilIds: [council.id],
      type: 'REQUESTED',
      requestReceivedOn: ago(10),
      title: 'Oud advies',
    })
    await prisma.adviceAddressee.create({ data: { adviceId, kind: 'COLLEGE', municipalityId: merged.id } })
    const form = await outcome<Awaited<ReturnType<typeof editLoader>>>(() =>
      editLoader({
        request: makeRequest(`/adviezen/${adviceId}/bewerken`, { cookie: worker.cookie }),
        params: { adviceId },
        context: testContext(),
      }),
    )
    expect(form.data?.options.municipalities.map((option) => option.value)).toContain(merged.id)
    const saved = await outcome<Reply>(() =>
      editAction({
        request: post(`/adviezen/${adviceId}/bewerken`, worker.cookie, {
          ...form.data?.current.values,
          ...form.data?.current.lists,
          deadline: daysAgo(-30),
          version: String(form.data?.advice.version),
          base: form.data?.base ?? '',
        }),
        params: { adviceId },
        context: testContext(),
      }),
    )
    expect(saved.status, JSON.stringify(saved.data?.errors)).toBe(302)
    const advice = await prisma.advice.findUniqueOrThrow({
      where: { id: adviceId },
      include: { addressees: true, followUps: true },
    })
    expect(advice.addressees).toMatchObject([{ kind: 'COLLEGE', municipalityId: merged.id }])
    expect(advice.deadline).toEqual(ago(-30))
    expect(advice.followUps).toMatchObject([{ systemKey: 'advice-deadline', dueDate: ago(-30), done: false }])
  })
})
