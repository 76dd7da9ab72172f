import { describe, expect, it } from 'vitest'
import {
  changeSignalStatus,
  createSignal,
  forwardSignal,
  listSignalsForOrganisation,
  recordCouncilAction,
  recordFeedback,
} from '~/models/signal/signal.server.ts'
import { calendarDay, dayInputValue, daysBefore } from '~/models/signal/signal-dates.ts'
import { loader as listLoader } from '~/routes/signalen._index.tsx'
import { action as detailAction, loader as detailLoader } from '~/routes/signalen.$signalId.tsx'
import { action as editAction, loader as editLoader } from '~/routes/signalen.$signalId_.bewerken.tsx'
import { action as newAction, loader as newLoader } from '~/routes/signalen.nieuw.tsx'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import {
  createTestMunicipality,
  createTestOrganisation,
  createTestTheme,
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

const messages = (reply: { data?: Reply }, field: string) =>
  (reply.data?.errors[field] ?? []).map(translateRef)

const today = calendarDay()
// Returns the calendar day `days` days ago as a form writes it.
const daysAgo = (days: number) => dayInputValue(daysBefore(today, days))

function createThroughForm(cookie: string, fields: Record<string, string | string[]>) {
  return outcome<Reply>(() =>
    newAction({ request: post('/signalen/nieuw', cookie, fields), params: {}, context: testContext() }),
  )
}

function act(signalId: string, cookie: string, fields: Record<string, string | string[]>) {
  return outcome<Reply>(() =>
    detailAction({
      request: post(`/signalen/${signalId}`, cookie, fields),
      params: { signalId },
      context: testContext(),
    }),
  )
}

async function list(cookie: string, search: string) {
  return outcome<Awaited<ReturnType<typeof listLoader>>>(() =>
    listLoader({
      request: makeRequest(`/signalen?${search}`, { cookie }),
      params: {},
      context: testContext(),
    }),
  )
}

const supportPoint = (name?: string) => createTestOrganisation({ name, type: 'SUPPORT_POINT' })

// Records a signal through the model, for tests that are about what happens after.
async function recordedSignal({
  actorId,
  receivedDaysAgo = 30,
  title = 'Lange wachttijd bijzondere bijstand',
}: {
  actorId: string
  receivedDaysAgo?: number
  title?: string
}) {
  const source = await supportPoint()
  const result = await createSignal({
    sourceId: source.id,
    receivedOn: daysBefore(today, receivedDaysAgo),
    municipalityId: null,
    title,
    description: 'Aanvragen voor bijzondere bijstand liggen meer dan acht weken stil.',
    themeIds: [],
    actorId,
  })
  if (!result.ok) throw new Error('the test signal was refused')
  return { signalId: result.signalId, source }
}

describe('the signals loop', () => {
  it('takes a signal from a spreekuurpunt through every step, recording who moved it and when', async () => {
    const worker = await signedIn('opbouwwerker')
    const colleague = await signedIn('opbouwwerker')
    const source = await supportPoint('Spreekuur Sneek')
    const municipality = await createTestMunicipality({ name: 'Súdwest-Fryslân (test)' })
    const theme = await createTestTheme({ name: 'Bijzondere bijstand (test)' })
    const [wi, wmo] = [
      await createTestOrganisation({ name: 'Cliëntenraad Sneek' }),
      await createTestOrganisation({ name: 'Wmo-raad Sneek', type: 'WMO_COUNCIL' }),
    ]

    const created = await createThroughForm(worker.cookie, {
      sourceId: source.id,
      receivedOn: daysAgo(20),
      municipalityId: municipality.id,
      title: 'Beschikkingen te laat',
      description: 'Meerdere mensen wachten langer dan de wettelijke termijn op een beschikking.',
      themeIds: [theme.id],
    })
    expect(created.status).toBe(302)
    const signal = await prisma.signal.findFirstOrThrow({ where: { title: 'Beschikkingen te laat' } })
    expect(created.location).toBe(`/signalen/${signal.id}`)
    expect(signal).toMatchObject({ status: 'NEW', sourceId: source.id, municipalityId: municipality.id })

    const steps: { by: typeof worker; fields: Record<string, string | string[]> }[] = [
      {
        by: worker,
        fields: { intent: 'forward', organisationIds: [wi.id, wmo.id], forwardedOn: daysAgo(18) },
      },
      { by: colleague, fields: { intent: 'status', toStatus: 'IN_PROGRESS', note: 'Agendapunt in maart' } },
      { by: worker, fields: { intent: 'council-action', councilAction: 'Meegenomen in ongevraagd advies.' } },
      {
        by: colleague,
        fields: { intent: 'feedback', feedback: 'Advies gedeeld met het spreekuur.', feedbackOn: daysAgo(2) },
      },
      { by: worker, fields: { intent: 'close', note: '' } },
    ]
    for (const step of steps) {
      const result = await act(signal.id, step.by.cookie, step.fields)
      expect(result.status, String(step.fields.intent)).toBe(302)
      expect(result.location).toBe(`/signalen/${signal.id}`)
    }

    const page = await outcome<Awaited<ReturnType<typeof detailLoader>>>(() =>
      detailLoader({
        request: makeRequest(`/signalen/${signal.id}`, { cookie: worker.cookie }),
        params: { signalId: signal.id },
        context: testContext(),
      }),
    )
    const shown = page.data?.signal
    expect(shown).toMatchObject({
      status: 'CLOSED',
      councilAction: 'Meegenomen in ongevraagd advies.',
      feedback: 'Advies gedeeld met het spreekuur.',
      feedbackOn: daysBefore(today, 2),
    })
    expect(shown?.forwards.map((forward) => [forward.organisation.name, forward.forwardedBy.id])).toEqual([
      ['Cliëntenraad Sneek', worker.user.id],
      ['Wmo-raad Sneek', worker.user.id],
    ])
    expect(
      shown?.events.map((event) => [
        event.fromStatus,
        event.toStatus,
        event.actor.id,
        event.at instanceof Date,
      ]),
    ).toEqual([
      [null, 'NEW', worker.user.id, true],
      ['NEW', 'FORWARDED', worker.user.id, true],
      ['FORWARDED', 'IN_PROGRESS', colleague.user.id, true],
      ['IN_PROGRESS', 'PROCESSED', worker.user.id, true],
      ['PROCESSED', 'FED_BACK', colleague.user.id, true],
      ['FED_BACK', 'CLOSED', worker.user.id, true],
    ])
    expect(shown?.events[1]?.note).toBe('Doorgestuurd naar Cliëntenraad Sneek, Wmo-raad Sneek')
    expect(shown?.events[2]?.note).toBe('Agendapunt in maart')
  })

  it('refuses a step that skips one, names the next step, and changes nothing', async () => {
    const worker = await signedIn('opbouwwerker')
    const { signalId } = await recordedSignal({ actorId: worker.user.id })
    const before = await prisma.signal.findUniqueOrThrow({
      where: { id: signalId },
      include: { events: true },
    })

    const skipped = await act(signalId, worker.cookie, {
      intent: 'feedback',
      feedback: 'Alvast teruggekoppeld',
      feedbackOn: daysAgo(1),
    })
    expect(skipped.status).toBe(400)
    expect(messages(skipped, 'form')).toEqual([
      'Een signaal gaat stap voor stap: "Teruggekoppeld aan spreekuurpunt" kan nog niet. De volgende stap is "Doorgestuurd naar raad".',
    ])
    expect(skipped.data?.values.feedback).toBe('Alvast teruggekoppeld')

    const jump = await act(signalId, worker.cookie, { intent: 'status', toStatus: 'PROCESSED' })
    expect(jump.status).toBe(400)
    expect(messages(jump, 'form')[0]).toMatch(/De volgende stap is "Doorgestuurd naar raad"\.$/)

    // FORWARDED is the next step, but only through an actual forward.
    const notForwarded = await act(signalId, worker.cookie, { intent: 'status', toStatus: 'FORWARDED' })
    expect(messages(notForwarded, 'form')).toEqual(['Stuur het signaal eerst door naar minstens één raad.'])

    const after = await prisma.signal.findUniqueOrThrow({
      where: { id: signalId },
      include: { events: true },
    })
    expect(after).toEqual(before)
  })

  it('refuses a move backwards', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const { signalId } = await recordedSignal({ actorId: worker.user.id })
    await forwardSignal({
      signalId,
      organisationIds: [council.id],
      forwardedOn: daysBefore(today, 5),
      actorId: worker.user.id,
    })
    await changeSignalStatus({ signalId, toStatus: 'IN_PROGRESS', note: null, actorId: worker.user.id })
    const back = await changeSignalStatus({ signalId, toStatus: 'NEW', note: null, actorId: worker.user.id })
    expect(back.ok).toBe(false)
    if (back.ok || back.reason !== 'invalid') throw new Error('expected a refusal')
    expect(back.refusals.map((refusal) => translateRef(refusal.message))).toEqual([
      'Een signaal kan niet terug naar "Nieuw". De volgende stap is "Verwerkt (advies/actie)".',
    ])
    expect((await prisma.signal.findUniqueOrThrow({ where: { id: signalId } })).status).toBe('IN_PROGRESS')
  })

  it('closes a signal early only with a note saying why, and keeps the note in its history', async () => {
    const worker = await signedIn('opbouwwerker')
    const { signalId } = await recordedSignal({ actorId: worker.user.id })
    const withoutNote = await act(signalId, worker.cookie, { intent: 'close', note: '  ' })
    expect(withoutNote.status).toBe(400)
    expect(messages(withoutNote, 'note')).toEqual([
      'Leg uit waarom het signaal zonder terugkoppeling wordt afgesloten.',
    ])
    expect((await prisma.signal.findUniqueOrThrow({ where: { id: signalId } })).status).toBe('NEW')

    const closed = await act(signalId, worker.cookie, {
      intent: 'close',
      note: 'Niet bruikbaar: eenmalig geval.',
    })
    expect(closed.status).toBe(302)
    const event = await prisma.signalEvent.findFirstOrThrow({ where: { signalId, toStatus: 'CLOSED' } })
    expect(event).toMatchObject({
      fromStatus: 'NEW',
      note: 'Niet bruikbaar: eenmalig geval.',
      actorId: worker.user.id,
    })

    const again = await act(signalId, worker.cookie, { intent: 'close', note: 'nog eens' })
    expect(messages(again, 'form')).toEqual([
      'Dit signaal is afgesloten; de status kan niet meer veranderen.',
    ])
  })
})

describe('forwarding a signal', () => {
  it('refuses an organisation that is not a council, and a council that is no longer active', async () => {
    const worker = await signedIn('opbouwwerker')
    const { signalId } = await recordedSignal({ actorId: worker.user.id })
    const partner = await createTestOrganisation({ name: 'Humanitas (test)', type: 'PARTNER' })
    const otherSupportPoint = await supportPoint()
    const inactive = await createTestOrganisation({ name: 'Opgeheven raad', active: false })
    const active = await createTestOrganisation({ name: 'Actieve raad' })

    for (const organisationIds of [
      [partner.id],
      [otherSupportPoint.id],
      [active.id, inactive.id],
      ['bestaat-niet'],
    ]) {
      const result = await act(signalId, worker.cookie, {
        intent: 'forward',
        organisationIds,
        forwardedOn: daysAgo(1),
      })
      expect(result.status).toBe(400)
      expect(messages(result, 'organisationIds')).toEqual([
        'Een signaal kan alleen naar een actieve raad worden doorgestuurd. Kies opnieuw.',
      ])
      expect(result.data?.lists.organisationIds).toEqual(organisationIds)
    }
    const none = await act(signalId, worker.cookie, { intent: 'forward', forwardedOn: daysAgo(1) })
    expect(messages(none, 'organisationIds')).toEqual(['Kies minstens één raad.'])

    expect(await prisma.signalForward.count({ where: { signalId } })).toBe(0)
    expect((await prisma.signal.findUniqueOrThrow({ where: { id: signalId } })).status).toBe('NEW')
  })

  it('does not forward to the same council twice, and adds later councils without moving the status again', async () => {
    const worker = await signedIn('opbouwwerker')
    const { signalId } = await recordedSignal({ actorId: worker.user.id })
    const [first, second] = [
      await createTestOrganisation(),
      await createTestOrganisation({ type: 'UWV_COUNCIL' }),
    ]
    await act(signalId, worker.cookie, {
      intent: 'forward',
      organisationIds: [first.id],
      forwardedOn: daysAgo(3),
    })
    const again = await act(signalId, worker.cookie, {
      intent: 'forward',
      organisationIds: [first.id, second.id],
      forwardedOn: daysAgo(1),
    })
    expect(again.status).toBe(302)
    const forwards = await prisma.signalForward.findMany({
      where: { signalId },
      orderBy: { forwardedOn: 'asc' },
    })
    expect(forwards.map((forward) => [forward.organisationId, dayInputValue(forward.forwardedOn)])).toEqual([
      [first.id, daysAgo(3)],
      [second.id, daysAgo(1)],
    ])
    expect(await prisma.signalEvent.count({ where: { signalId, toStatus: 'FORWARDED' } })).toBe(1)
  })

  it('refuses a forward dated in the future or before the signal came in', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const { signalId } = await recordedSignal({ actorId: worker.user.id, receivedDaysAgo: 10 })
    const future = await act(signalId, worker.cookie, {
      intent: 'forward',
      organisationIds: [council.id],
      forwardedOn: dayInputValue(new Date(today.getTime() + 2 * 86_400_000)),
    })
    expect(messages(future, 'forwardedOn')).toEqual(['Deze datum ligt in de toekomst.'])
    const early = await act(signalId, worker.cookie, {
      intent: 'forward',
      organisationIds: [council.id],
      forwardedOn: daysAgo(11),
    })
    expect(messages(early, 'forwardedOn')).toEqual([
      'Het signaal kan niet zijn doorgestuurd vóór het is ontvangen.',
    ])
  })

  it('is refused to a viewer with 403, storing nothing', async () => {
    const worker = await signedIn('opbouwwerker')
    const viewer = await signedIn('lezer')
    const council = await createTestOrganisation()
    const { signalId } = await recordedSignal({ actorId: worker.user.id })
    const result = await act(signalId, viewer.cookie, {
      intent: 'forward',
      organisationIds: [council.id],
      forwardedOn: daysAgo(1),
    })
    expect(result.status).toBe(403)
    expect(await prisma.signalForward.count({ where: { signalId } })).toBe(0)
  })
})

describe('privacy in a signal', () => {
  it('refuses a BSN in the description or title, however it is written, and stores nothing', async () => {
    const worker = await signedIn('opbouwwerker')
    const source = await supportPoint()
    const before = await prisma.signal.count()
    const inDescription = await createThroughForm(worker.cookie, {
      sourceId: source.id,
      receivedOn: daysAgo(1),
      title: 'Toeslag teruggevorderd',
      description: 'Mevrouw (bsn 1234.56.782) moet € 1.234,56 terugbetalen.',
    })
    expect(inDescription.status).toBe(400)
    expect(messages(inDescription, 'description')).toEqual([
      'Dit lijkt een burgerservicenummer (BSN): 1234.56.782. Een signaal mag nooit een BSN bevatten. Haal het nummer weg.',
    ])
    expect(inDescription.data?.values.title).toBe('Toeslag teruggevorderd')

    const inTitle = await createThroughForm(worker.cookie, {
      sourceId: source.id,
      receivedOn: daysAgo(1),
      title: 'Zaak 111222333',
      description: 'Een terugvordering zonder uitleg.',
      contactConfirmed: 'on',
    })
    expect(messages(inTitle, 'title')[0]).toMatch(/^Dit lijkt een burgerservicenummer/)
    expect(await prisma.signal.count()).toBe(before)
  })

  it('lets a nine-digit number through that fails the elfproef, and amounts and dates', async () => {
    const worker = await signedIn('opbouwwerker')
    const source = await supportPoint()
    const result = await createThroughForm(worker.cookie, {
      sourceId: source.id,
      receivedOn: daysAgo(1),
      title: 'Zaaknummer 123456789',
      description: 'Op 15-03-2026 kwam een vordering van € 1.234,56.',
    })
    expect(result.status).toBe(302)
  })

  it('refuses an e-mail address or phone number unless the user confirms it is not a client’s', async () => {
    const worker = await signedIn('opbouwwerker')
    const source = await supportPoint()
    const fields = {
      sourceId: source.id,
      receivedOn: daysAgo(1),
      title: 'Wijkteam onbereikbaar',
      description: 'Het wijkteam (wijkteam@gemeente.example, 058 123 4567) reageert niet op vragen.',
    }
    const before = await prisma.signal.count()
    const refused = await createThroughForm(worker.cookie, fields)
    expect(refused.status).toBe(400)
    expect(messages(refused, 'description')).toEqual([
      'Dit lijkt een e-mailadres of telefoonnummer: wijkteam@gemeente.example, 058 123 4567. Haal het weg als het van een cliënt is. Is het een gegeven van een instantie? Vink dan hieronder aan dat het geen gegeven van een cliënt is.',
    ])
    expect(await prisma.signal.count()).toBe(before)

    const confirmed = await createThroughForm(worker.cookie, { ...fields, contactConfirmed: 'on' })
    expect(confirmed.status).toBe(302)
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'signal.create', summary: { startsWith: 'Wijkteam onbereikbaar' } },
    })
    expect(audit.summary).toContain('bevestigd als geen gegeven van een cliënt')
  })

  it('shows the privacy warning text the form puts above the description', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const source = await supportPoint()
    const page = await outcome<Awaited<ReturnType<typeof newLoader>>>(() =>
      newLoader({
        request: makeRequest(`/signalen/nieuw?spreekuurpunt=${source.id}`, { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(page.data?.initial.values).toEqual({ sourceId: source.id, receivedOn: dayInputValue(today) })
    expect(translateRef('signal.privacyWarning')).toBe(
      'Beschrijf de situatie, niet de persoon: geen namen, BSN, adressen, e-mailadressen of telefoonnummers van cliënten.',
    )
  })
})

describe('the source of a signal', () => {
  it('must be an active spreekuurpunt', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation({ name: 'Raad als bron' })
    const closedSupportPoint = await createTestOrganisation({ type: 'SUPPORT_POINT', active: false })
    const before = await prisma.signal.count()
    for (const sourceId of [council.id, closedSupportPoint.id, 'bestaat-niet']) {
      const result = await createThroughForm(worker.cookie, {
        sourceId,
        receivedOn: daysAgo(1),
        title: 'Signaal met verkeerde bron',
        description: 'Beschrijving',
      })
      expect(result.status).toBe(400)
      expect(messages(result, 'sourceId')).toEqual([
        'Kies een actief spreekuurpunt als bron van het signaal.',
      ])
    }
    const missing = await createThroughForm(worker.cookie, {
      receivedOn: '',
      title: '',
      description: '',
    })
    expect(messages(missing, 'sourceId')).toEqual(['Kies het spreekuurpunt dat het signaal heeft gemeld.'])
    expect(messages(missing, 'receivedOn')).toEqual(['Vul dit veld in.'])
    expect(messages(missing, 'title')).toEqual(['Vul dit veld in.'])
    expect(await prisma.signal.count()).toBe(before)
  })
})

describe('the overview of signals', () => {
  it('lists under "Zonder terugkoppeling" a signal forwarded 7 weeks ago, not one forwarded last week or one fed back', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation({ name: 'Wachtende raad' })
    const forward = (signalId: string, days: number) =>
      forwardSignal({
        signalId,
        organisationIds: [council.id],
        forwardedOn: daysBefore(today, days),
        actorId: worker.user.id,
      })
    const stuck = await recordedSignal({ actorId: worker.user.id, receivedDaysAgo: 60, title: 'Vastgelopen' })
    await forward(stuck.signalId, 49)
    const recent = await recordedSignal({
      actorId: worker.user.id,
      receivedDaysAgo: 60,
      title: 'Net verstuurd',
    })
    await forward(recent.signalId, 7)
    const answered = await recordedSignal({
      actorId: worker.user.id,
      receivedDaysAgo: 70,
      title: 'Beantwoord',
    })
    await forward(answered.signalId, 56)
    await changeSignalStatus({
      signalId: answered.signalId,
      toStatus: 'IN_PROGRESS',
      note: null,
      actorId: worker.user.id,
    })
    await recordCouncilAction({
      signalId: answered.signalId,
      councilAction: 'Besproken',
      actorId: worker.user.id,
    })
    const fedBack = await recordFeedback({
      signalId: answered.signalId,
      feedback: 'Teruggekoppeld',
      feedbackOn: daysBefore(today, 1),
      actorId: worker.user.id,
    })
    expect(fedBack.ok).toBe(true)

    const { cookie } = await signedIn('lezer')
    const result = await list(cookie, `weergave=zonder-terugkoppeling&raad=${council.id}`)
    expect(result.status).toBe(200)
    const content = result.data?.content
    if (content?.view !== 'zonder-terugkoppeling') throw new Error('expected the stuck view')
    expect(content.signals.map((signal) => [signal.title, signal.weeksWaiting])).toEqual([['Vastgelopen', 7]])
    expect(result.data?.feedbackWeeks).toBe(6)
  })

  it('groups open signals by the council they were forwarded to, and lists the ones not forwarded yet', async () => {
    const worker = await signedIn('opbouwwerker')
    const source = await supportPoint('Spreekuur groepering')
    const [a, b] = [
      await createTestOrganisation({ name: 'A-raad groep' }),
      await createTestOrganisation({ name: 'B-raad groep' }),
    ]
    const make = async (title: string) => {
      const result = await createSignal({
        sourceId: source.id,
        receivedOn: daysBefore(today, 10),
        municipalityId: null,
        title,
        description: 'Beschrijving',
        themeIds: [],
        actorId: worker.user.id,
      })
      if (!result.ok) throw new Error('refused')
      return result.signalId
    }
    const both = await make('Naar beide')
    const onlyB = await make('Alleen B')
    await make('Nog niet verstuurd')
    const closed = await make('Afgesloten')
    await forwardSignal({
      signalId: both,
      organisationIds: [a.id, b.id],
      forwardedOn: today,
      actorId: worker.user.id,
    })
    await forwardSignal({
      signalId: onlyB,
      organisationIds: [b.id],
      forwardedOn: today,
      actorId: worker.user.id,
    })
    await forwardSignal({
      signalId: closed,
      organisationIds: [a.id],
      forwardedOn: today,
      actorId: worker.user.id,
    })
    await changeSignalStatus({
      signalId: closed,
      toStatus: 'CLOSED',
      note: 'Dubbel',
      actorId: worker.user.id,
    })

    const { cookie } = await signedIn('lezer')
    const result = await list(cookie, `weergave=per-raad&spreekuurpunt=${source.id}`)
    const content = result.data?.content
    if (content?.view !== 'per-raad') throw new Error('expected the per-council view')
    expect(content.councils.map((group) => [group.council.name, group.signals.map((s) => s.title)])).toEqual([
      ['A-raad groep', ['Naar beide']],
      ['B-raad groep', ['Naar beide', 'Alleen B']],
    ])
    expect(content.notForwarded.map((signal) => signal.title)).toEqual(['Nog niet verstuurd'])
  })

  it('filters by status, spreekuurpunt, theme, municipality and period, and counts per theme and municipality', async () => {
    const worker = await signedIn('opbouwwerker')
    const source = await supportPoint()
    const theme = await createTestTheme({ name: 'Schulden (telling)' })
    const municipality = await createTestMunicipality({ name: 'Telgemeente' })
    const make = async (title: string, days: number, themeIds: string[], municipalityId: string | null) => {
      const result = await createSignal({
        sourceId: source.id,
        receivedOn: daysBefore(today, days),
        municipalityId,
        title,
        description: 'Beschrijving',
        themeIds,
        actorId: worker.user.id,
      })
      if (!result.ok) throw new Error('refused')
      return result.signalId
    }
    await make('Oud signaal', 400, [theme.id], municipality.id)
    await make('Recent signaal', 5, [theme.id], null)
    const closed = await make('Gesloten signaal', 3, [], municipality.id)
    await changeSignalStatus({
      signalId: closed,
      toStatus: 'CLOSED',
      note: 'Niet bruikbaar',
      actorId: worker.user.id,
    })

    const { cookie } = await signedIn('lezer')
    const titles = async (search: string) => {
      const content = (await list(cookie, `spreekuurpunt=${source.id}&${search}`)).data?.content
      if (content?.view !== 'lijst') throw new Error('expected the list')
      return content.signals.map((signal) => signal.title)
    }
    expect(await titles('')).toEqual(['Gesloten signaal', 'Recent signaal', 'Oud signaal'])
    expect(await titles('status=open')).toEqual(['Recent signaal', 'Oud signaal'])
    expect(await titles('status=CLOSED')).toEqual(['Gesloten signaal'])
    expect(await titles(`thema=${theme.id}`)).toEqual(['Recent signaal', 'Oud signaal'])
    expect(await titles(`gemeente=${municipality.id}`)).toEqual(['Gesloten signaal', 'Oud signaal'])
    expect(await titles(`van=${daysAgo(30)}&tot=${daysAgo(4)}`)).toEqual(['Recent signaal'])

    const counts = (await list(cookie, `weergave=telling&spreekuurpunt=${source.id}`)).data?.content
    if (counts?.view !== 'telling') throw new Error('expected the counts')
    expect(counts.total).toBe(3)
    expect(counts.byTheme.map((row) => [row.name, row.total, row.open, row.fedBack])).toEqual([
      ['Schulden (telling)', 2, 2, 0],
      ['Zonder thema', 1, 0, 1],
    ])
    expect(counts.byMunicipality.map((row) => [row.name, row.total, row.open, row.fedBack])).toEqual([
      ['Telgemeente', 2, 1, 1],
      ['Zonder gemeente', 1, 1, 0],
    ])
  })

  it('falls back to its defaults for filter values that make no sense', async () => {
    const { cookie } = await signedIn('lezer')
    const result = await list(
      cookie,
      `weergave=kapot&status=%3Cscript%3E&van=2026-02-30&tot=gisteren&pagina=-4&raad=${'x'.repeat(100)}&thema=`,
    )
    expect(result.status).toBe(200)
    expect(result.data?.query).toMatchObject({
      weergave: 'lijst',
      status: undefined,
      van: undefined,
      tot: undefined,
      pagina: 1,
      raad: undefined,
      thema: undefined,
    })
    expect(result.data?.content.view).toBe('lijst')
  })
})

describe('editing a signal', () => {
  it('saves an edit with the same privacy checks', async () => {
    const worker = await signedIn('opbouwwerker')
    const { signalId } = await recordedSignal({ actorId: worker.user.id })
    const page = await outcome<Awaited<ReturnType<typeof editLoader>>>(() =>
      editLoader({
        request: makeRequest(`/signalen/${signalId}/bewerken`, { cookie: worker.cookie }),
        params: { signalId },
        context: testContext(),
      }),
    )
    const version = String(page.data?.signal.version)
    const edit = (fields: Record<string, string>) =>
      outcome<Reply>(() =>
        editAction({
          request: post(`/signalen/${signalId}/bewerken`, worker.cookie, {
            version,
            base: page.data?.base ?? '',
            receivedOn: daysAgo(30),
            title: 'Lange wachttijd bijzondere bijstand',
            description: 'Aangepaste beschrijving.',
            ...fields,
          }),
          params: { signalId },
          context: testContext(),
        }),
      )
    const refused = await edit({ description: 'Meneer met BSN 123456782 wacht al maanden.' })
    expect(refused.status).toBe(400)
    expect(messages(refused, 'description')[0]).toMatch(/^Dit lijkt een burgerservicenummer/)
    const saved = await edit({})
    expect(saved.status).toBe(302)
    expect(await prisma.signal.findUniqueOrThrow({ where: { id: signalId } })).toMatchObject({
      description: 'Aangepaste beschrijving.',
      version: 2,
    })
  })

  it('answers 409 to a stale edit, naming what the other person changed and keeping the input', async () => {
    const [first, second] = [await signedIn('opbouwwerker'), await signedIn('opbouwwerker')]
    const { signalId } = await recordedSignal({ actorId: first.user.id })
    const open = async (cookie: string) =>
      (
        await outcome<Awaited<ReturnType<typeof editLoader>>>(() =>
          editLoader({
            request: makeRequest(`/signalen/${signalId}/bewerken`, { cookie }),
            params: { signalId },
            context: testContext(),
          }),
        )
      ).data
    const [mine, theirs] = [await open(first.cookie), await open(second.cookie)]
    const save = (cookie: string, form: typeof mine, title: string) =>
      outcome<Reply>(() =>
        editAction({
          request: post(`/signalen/${signalId}/bewerken`, cookie, {
            version: String(form?.signal.version),
            base: form?.base ?? '',
            receivedOn: daysAgo(30),
            title,
            description: 'Aanvragen liggen stil.',
          }),
          params: { signalId },
          context: testContext(),
        }),
      )
    expect((await save(second.cookie, theirs, 'Titel van de ander')).status).toBe(302)
    const stale = await save(first.cookie, mine, 'Mijn titel')
    expect(stale.status).toBe(409)
    expect(stale.data?.conflict?.changes).toContainEqual({
      label: 'Titel',
      before: 'Lange wachttijd bijzondere bijstand',
      after: 'Titel van de ander',
    })
    expect(stale.data?.values.title).toBe('Mijn titel')
    expect((await prisma.signal.findUniqueOrThrow({ where: { id: signalId } })).title).toBe(
      'Titel van de ander',
    )
  })
})

describe('follow-ups and deleting', () => {
  it('adds a follow-up to a signal and marks it done', async () => {
    const worker = await signedIn('opbouwwerker')
    const { signalId } = await recordedSignal({ actorId: worker.user.id })
    const missing = await act(signalId, worker.cookie, {
      intent: 'add-follow-up',
      description: '',
      assigneeId: '',
    })
    expect(missing.status).toBe(400)
    expect(messages(missing, 'description')).toEqual(['Vul dit veld in.'])
    const added = await act(signalId, worker.cookie, {
      intent: 'add-follow-up',
      description: 'Raad bellen over de agenda',
      dueDate: daysAgo(-7),
      assigneeId: worker.user.id,
    })
    expect(added.status).toBe(302)
    const followUp = await prisma.followUp.findFirstOrThrow({ where: { signalId } })
    expect(followUp).toMatchObject({ description: 'Raad bellen over de agenda', done: false })
    const done = await act(signalId, worker.cookie, {
      intent: 'follow-up-done',
      followUpId: followUp.id,
      done: 'true',
    })
    expect(done.status).toBe(302)
    expect((await prisma.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).done).toBe(true)

    const { signalId: other } = await recordedSignal({ actorId: worker.user.id })
    const elsewhere = await act(other, worker.cookie, {
      intent: 'follow-up-done',
      followUpId: followUp.id,
      done: 'false',
    })
    expect(elsewhere.status).toBe(404)
  })

  it('lets a coordinator delete a signal entered by mistake, with an audit trace, and not a worker', async () => {
    const worker = await signedIn('opbouwwerker')
    const coordinator = await signedIn('coordinator')
    const { signalId } = await recordedSignal({ actorId: worker.user.id, title: 'Per ongeluk' })
    expect((await act(signalId, worker.cookie, { intent: 'delete' })).status).toBe(403)
    const deleted = await act(signalId, coordinator.cookie, { intent: 'delete' })
    expect(deleted.status).toBe(302)
    expect(deleted.location).toBe('/signalen')
    expect(await prisma.signal.count({ where: { id: signalId } })).toBe(0)
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'signal.delete', entityId: signalId },
    })
    expect(audit.actorId).toBe(coordinator.user.id)
    expect(audit.summary).toMatch(/^"Per ongeluk" van /)
  })

  it('answers 404 for a signal that does not exist', async () => {
    const { cookie } = await signedIn('lezer')
    const result = await outcome(() =>
      detailLoader({
        request: makeRequest('/signalen/bestaat-niet', { cookie }),
        params: { signalId: 'bestaat-niet' },
        context: testContext(),
      }),
    )
    expect(result.status).toBe(404)
  })
})

describe('the signals of an organisation', () => {
  it('lists what a spreekuurpunt reported and what a council received', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const { signalId, source } = await recordedSignal({ actorId: worker.user.id })
    await forwardSignal({
      signalId,
      organisationIds: [council.id],
      forwardedOn: today,
      actorId: worker.user.id,
    })
    expect(
      (await listSignalsForOrganisation({ organisationId: source.id })).map((s) => [s.id, s.role]),
    ).toEqual([[signalId, 'reported']])
    const received = await listSignalsForOrganisation({ organisationId: council.id })
    expect(received.map((s) => [s.id, s.role, s.forwardedOn])).toEqual([[signalId, 'received', today]])
  })
})
