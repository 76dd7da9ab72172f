import { createHash, randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { openQuestionnaire } from '~/models/quickscan/answering.server.ts'
import { loader as listLoader } from '~/routes/quickscans._index.tsx'
import { action as scanAction, loader as scanLoader } from '~/routes/quickscans.$scanId.tsx'
import { action as editAction, loader as editLoader } from '~/routes/quickscans.$scanId_.bewerken.tsx'
import { action as rescanAction, loader as rescanLoader } from '~/routes/quickscans.$scanId_.opnieuw.tsx'
import { action as inviteAction, loader as inviteLoader } from '~/routes/quickscans.$scanId_.uitnodigen.tsx'
import { action as newAction, loader as newLoader } from '~/routes/quickscans.nieuw.tsx'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import {
  createTestMunicipality,
  createTestOrganisation,
  type FormFields,
  makeRequest,
  outcome,
  postForm,
  signedIn,
  testContext,
} from '../factories.ts'

const DAY = 86_400_000

afterEach(() => {
  delete process.env.SMTP_URL
  delete process.env.APP_URL
})

// Returns the Dutch calendar day `days` from today as a form value (yyyy-mm-dd).
function dutchDay(days = 0) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}
const dayValue = (days = 0) => new Date(`${dutchDay(days)}T00:00:00.000Z`)

// Creates a small questionnaire (family `familyId`): dimension A with two Likert items and an
// open question, dimension E with a Likert item and the ladder item; `without` leaves codes out.
async function createQuestionnaire({
  familyId = randomUUID() as string,
  versionNumber = 1,
  without = [] as string[],
} = {}) {
  const questionnaire = await prisma.questionnaire.create({
    data: { familyId, versionNumber, name: 'Testvragenlijst' },
  })
  const items: Record<string, { kind: string; text: string; choices?: string }[]> = {
    A: [
      { kind: 'LIKERT', text: 'Het doel is duidelijk.' },
      { kind: 'LIKERT', text: 'De taken zijn vastgelegd.' },
      { kind: 'OPEN', text: 'Wat is het doel?' },
    ],
    E: [
      { kind: 'LIKERT', text: 'Er komt een reactie.' },
      { kind: 'LADDER', text: 'Op welke trede?', choices: 'informeren\nraadplegen\nadviseren' },
    ],
  }
  const codes: Record<string, string[]> = { A: ['A1', 'A2', 'A-open'], E: ['E1', 'E5'] }
  let position = 0
  for (const [code, list] of Object.entries(items)) {
    const dimension = await prisma.questionnaireDimension.create({
      data: { questionnaireId: questionnaire.id, code, name: `Dimensie ${code}`, position: ++position },
    })
    for (const [index, item] of list.entries()) {
      const itemCode = codes[code]?.[index] ?? `${code}${index}`
      if (without.includes(itemCode)) continue
      await prisma.questionnaireItem.create({
        data: {
          questionnaireId: questionnaire.id,
          dimensionId: dimension.id,
          code: itemCode,
          kind: item.kind,
          text: item.text,
          choices: item.choices ?? null,
          position: index + 1,
        },
      })
    }
  }
  return questionnaire
}

// Creates a person with a current membership of `organisationId` in `role`.
async function member(organisationId: string, name: string, role: string, email: string | null = null) {
  const person = await prisma.person.create({ data: { name, email } })
  await prisma.membership.create({ data: { personId: person.id, organisationId, role } })
  return person
}

// A municipality with a council of three members (one without e-mail) and a municipal
// contact, another municipality with its own council, and a questionnaire.
async function network() {
  const municipality = await createTestMunicipality({ name: `Harlingen ${randomUUID().slice(0, 4)}` })
  const elsewhere = await createTestMunicipality()
  const council = await createTestOrganisation({
    name: 'Cliëntenraad Harlingen',
    municipalityIds: [municipality.id],
  })
  const otherCouncil = await createTestOrganisation({
    name: 'Cliëntenraad Elders',
    municipalityIds: [elsewhere.id],
  })
  const people = {
    anna: await member(council.id, 'Anna Voorzitter', 'voorzitter', `anna-${randomUUID()}@example.org`),
    bram: await member(council.id, 'Bram Zonder Mail', 'lid'),
    carla: await member(council.id, 'Carla Lid', 'lid', `carla-${randomUUID()}@example.org`),
    dirk: await member(council.id, 'Dirk Contact', 'contactambtenaar', `dirk-${randomUUID()}@example.org`),
  }
  const questionnaire = await createQuestionnaire()
  return { municipality, elsewhere, council, otherCouncil, people, questionnaire }
}

type Network = Awaited<ReturnType<typeof network>>

// Returns the fields of the new-scan form.
function scanFields(net: Network, changes: FormFields = {}): FormFields {
  return {
    title: 'Quick scan Harlingen',
    municipalityId: net.municipality.id,
    councilIds: [net.council.id],
    questionnaireId: net.questionnaire.id,
    opensOn: dutchDay(0),
    closesOn: dutchDay(20),
    minGroupSize: '5',
    supporterId: '',
    notes: '',
    ...changes,
  }
}

type Reply = { errors: Record<string, string[]> }

function createViaForm(cookie: string, fields: FormFields) {
  return outcome<Reply>(() =>
    newAction({ request: postForm('/quickscans/nieuw', cookie, fields), params: {}, context: testContext() }),
  )
}

// Creates a scan through the form and returns its id.
async function createScan(cookie: string, net: Network, changes: FormFields = {}) {
  const result = await createViaForm(cookie, scanFields(net, changes))
  expect(result.status, JSON.stringify(result.data)).toBe(302)
  return result.location?.split('/').at(-1) ?? ''
}

function openPage<T>(
  loader: (args: never) => unknown,
  url: string,
  cookie: string,
  params: Record<string, string>,
) {
  return outcome<T>(async () =>
    (loader as (args: unknown) => Promise<unknown>)({
      request: makeRequest(url, { cookie }),
      params,
      context: testContext(),
    }),
  )
}

function post<T>(
  action: (args: never) => unknown,
  url: string,
  cookie: string,
  params: Record<string, string>,
  fields: FormFields,
) {
  return outcome<T>(async () =>
    (action as (args: unknown) => Promise<unknown>)({
      request: postForm(url, cookie, fields),
      params,
      context: testContext(),
    }),
  )
}

const transition = (scanId: string, cookie: string, name: string) =>
  post<Reply>(
    scanAction,
    `/quickscans/${scanId}`,
    cookie,
    { scanId },
    { intent: 'transition', transition: name },
  )

type InvitePage = Awaited<ReturnType<typeof inviteLoader>>
type InviteReply =
  | {
      ok: true
      title: string
      links: { id: string; name: string; email: string | null; link: string }[]
      notes: string[]
    }
  | { ok: false; errors: Record<string, string[]> }

const query = (fields: FormFields) =>
  new URLSearchParams(
    Object.entries(fields).flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).map((v) => [name, v]),
    ),
  ).toString()

const previewInvite = (scanId: string, cookie: string, fields: FormFields) =>
  openPage<InvitePage>(
    inviteLoader,
    `/quickscans/${scanId}/uitnodigen?voorbeeld=1&${query(fields)}`,
    cookie,
    {
      scanId,
    },
  )

const confirmInvite = (scanId: string, cookie: string, fields: FormFields) =>
  post<InviteReply>(
    inviteAction,
    `/quickscans/${scanId}/uitnodigen`,
    cookie,
    { scanId },
    { intent: 'confirm', ...fields },
  )

const renewLink = (scanId: string, cookie: string, invitationId: string) =>
  post<InviteReply>(
    inviteAction,
    `/quickscans/${scanId}/uitnodigen`,
    cookie,
    { scanId },
    { intent: 'renew', invitationId },
  )

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const tokenOf = (link: string) => link.split('/vragenlijst/')[1] ?? ''

describe('quick scans: creating and editing', () => {
  it('starts a new scan as a concept for the municipality and its council, supported by its creator', async () => {
    const net = await network()
    const { cookie, user } = await signedIn('opbouwwerker')
    const form = await openPage<Awaited<ReturnType<typeof newLoader>>>(
      newLoader,
      '/quickscans/nieuw',
      cookie,
      {},
    )
    expect(form.status).toBe(200)
    // The minimum group size comes from the settings (default 5) and the period starts today.
    expect(form.data?.initial.values).toMatchObject({
      minGroupSize: '5',
      opensOn: dutchDay(0),
      supporterId: user.id,
    })

    const scanId = await createScan(cookie, net, { notes: 'Eerste scan' })
    const scan = await prisma.quickScan.findUniqueOrThrow({
      where: { id: scanId },
      include: { councils: true },
    })
    expect(scan).toMatchObject({
      title: 'Quick scan Harlingen',
      status: 'CONCEPT',
      municipalityId: net.municipality.id,
      questionnaireId: net.questionnaire.id,
      minGroupSize: 5,
      supporterId: user.id,
      createdById: user.id,
      notes: 'Eerste scan',
    })
    expect(scan.opensOn.toISOString()).toBe(`${dutchDay(0)}T00:00:00.000Z`)
    expect(scan.councils.map((link) => link.organisationId)).toEqual([net.council.id])
  })

  it('shows the councils of the chosen municipality without saving', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const result = await post<{ councils: { value: string; label: string }[] | null }>(
      newAction,
      '/quickscans/nieuw',
      cookie,
      {},
      { ...scanFields(net, { title: '' }), intent: 'show-councils' },
    )
    expect(result.status).toBe(200)
    expect(result.data?.councils?.map((option) => option.value)).toEqual([net.council.id])
    expect(await prisma.quickScan.count({ where: { municipalityId: net.municipality.id } })).toBe(0)
  })

  it('refuses a council of another municipality, a period that ends before it starts and a group size outside 2–50', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const wrong = await createViaForm(
      cookie,
      scanFields(net, {
        councilIds: [net.otherCouncil.id],
        closesOn: dutchDay(-1),
        minGroupSize: '1',
        title: '',
      }),
    )
    expect(wrong.status).toBe(400)
    expect(wrong.data?.errors).toMatchObject({
      title: ['validation.required'],
      closesOn: ['quickscan.form.closesBeforeOpens'],
      minGroupSize: [expect.stringMatching(/^quickscan\.form\.minGroupSizeRange/)],
    })
    const council = await createViaForm(cookie, scanFields(net, { councilIds: [net.otherCouncil.id] }))
    expect(council.status).toBe(400)
    expect(council.data?.errors.councilIds).toEqual(['quickscan.form.councilNotOfMunicipality'])
    const none = await createViaForm(
      cookie,
      scanFields(net, { councilIds: [], minGroupSize: '51', opensOn: '31-02-2026' }),
    )
    expect(none.data?.errors).toMatchObject({
      councilIds: ['quickscan.form.chooseCouncil'],
      opensOn: ['quickscan.form.dateInvalid'],
      minGroupSize: [expect.stringMatching(/^quickscan\.form\.minGroupSizeRange/)],
    })
    expect(translateRef(none.data?.errors.minGroupSize?.[0] ?? '')).toBe(
      'Vul een getal van 2 tot en met 50 in.',
    )
    expect(await prisma.quickScan.count({ where: { municipalityId: net.municipality.id } })).toBe(0)
  })

  it('reads Dutch dates such as 1-3-2026', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net, { opensOn: '1-3-2026', closesOn: '21-03-2026' })
    const scan = await prisma.quickScan.findUniqueOrThrow({ where: { id: scanId } })
    expect(scan.opensOn.toISOString()).toBe('2026-03-01T00:00:00.000Z')
    expect(scan.closesOn.toISOString()).toBe('2026-03-21T00:00:00.000Z')
  })

  it('saves an edit on the current version and answers 409 with what changed on an old one', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net)
    const page = await openPage<Awaited<ReturnType<typeof editLoader>>>(
      editLoader,
      `/quickscans/${scanId}/bewerken`,
      cookie,
      { scanId },
    )
    const base = page.data?.base ?? ''
    const first = await post<Reply>(
      editAction,
      `/quickscans/${scanId}/bewerken`,
      cookie,
      { scanId },
      {
        ...scanFields(net, { title: 'Quick scan Harlingen 2026', minGroupSize: '6' }),
        version: '1',
        base,
      },
    )
    expect(first.status).toBe(302)
    const stale = await post<
      Reply & { conflict: { changes: { label: string; before: string; after: string }[] } }
    >(
      editAction,
      `/quickscans/${scanId}/bewerken`,
      cookie,
      { scanId },
      { ...scanFields(net, { title: 'Andere titel' }), version: '1', base },
    )
    expect(stale.status).toBe(409)
    expect(stale.data?.conflict.changes).toEqual(
      expect.arrayContaining([
        { label: 'Titel', before: 'Quick scan Harlingen', after: 'Quick scan Harlingen 2026' },
        { label: 'Kleinste groep in de uitslag', before: '5', after: '6' },
      ]),
    )
    expect(await prisma.quickScan.findUniqueOrThrow({ where: { id: scanId } })).toMatchObject({
      title: 'Quick scan Harlingen 2026',
      version: 2,
    })
  })

  it('refuses another questionnaire once the scan has a response', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net)
    const other = await createQuestionnaire()
    await prisma.quickScanResponse.create({
      data: { id: randomUUID(), scanId, group: 'COUNCIL', submittedOn: dayValue(0) },
    })
    const result = await post<Reply>(
      editAction,
      `/quickscans/${scanId}/bewerken`,
      cookie,
      { scanId },
      {
        ...scanFields(net, { questionnaireId: other.id }),
        version: '1',
      },
    )
    expect(result.status).toBe(400)
    expect(result.data?.errors.questionnaireId).toEqual(['quickscan.form.questionnaireHasResponses'])
    expect((await prisma.quickScan.findUniqueOrThrow({ where: { id: scanId } })).questionnaireId).toBe(
      net.questionnaire.id,
    )
  })

  it('lists scans with their municipality, councils, period, status and responses per group, filtered', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net)
    const otherId = await createScan(cookie, net, {
      title: 'Scan elders',
      municipalityId: net.elsewhere.id,
      councilIds: [net.otherCouncil.id],
    })
    await prisma.quickScanResponse.createMany({
      data: [
        { id: randomUUID(), scanId, group: 'COUNCIL', submittedOn: dayValue(0) },
        { id: randomUUID(), scanId, group: 'COUNCIL', submittedOn: dayValue(0) },
        { id: randomUUID(), scanId, group: 'MUNICIPALITY', submittedOn: dayValue(0) },
      ],
    })
    await prisma.quickScan.update({ where: { id: otherId }, data: { status: 'CLOSED' } })
    const reader = await signedIn('lezer')
    type List = Awaited<ReturnType<typeof listLoader>>
    const all = await openPage<List>(listLoader, '/quickscans', reader.cookie, {})
    expect(all.data?.scans.find((scan) => scan.id === scanId)).toMatchObject({
      municipality: net.municipality.name,
      councils: 'Cliëntenraad Harlingen',
      status: 'CONCEPT',
      responses: { COUNCIL: 2, MUNICIPALITY: 1 },
    })
    expect(all.data?.canCreate).toBe(false)
    const closed = await openPage<List>(listLoader, '/quickscans?status=CLOSED', reader.cookie, {})
    expect(closed.data?.scans.map((scan) => scan.id)).toContain(otherId)
    expect(closed.data?.scans.every((scan) => scan.status === 'CLOSED')).toBe(true)
    const here = await openPage<List>(
      listLoader,
      `/quickscans?gemeente=${net.municipality.id}`,
      reader.cookie,
      {},
    )
    expect(here.data?.scans.map((scan) => scan.id)).toEqual([scanId])
    const nonsense = await openPage<List>(listLoader, '/quickscans?status=KAPOT&pagina=x', reader.cookie, {})
    expect(nonsense.status).toBe(200)
    expect(nonsense.data?.scans.map((scan) => scan.id)).toEqual(expect.arrayContaining([scanId, otherId]))
  })
})

describe('quick scans: status', () => {
  it('opens a concept only once someone is invited, then closes, re-opens, is discussed and completed', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net)
    const early = await transition(scanId, cookie, 'open')
    expect(early.status).toBe(400)
    expect(early.data?.errors.form).toEqual(['quickscan.transition.noInvitations'])

    await confirmInvite(scanId, cookie, { raadExtra: 'Eva Extern' })
    const status = async () => (await prisma.quickScan.findUniqueOrThrow({ where: { id: scanId } })).status
    expect((await transition(scanId, cookie, 'open')).status).toBe(302)
    expect(await status()).toBe('OPEN')
    expect((await transition(scanId, cookie, 'discuss')).data?.errors.form).toEqual([
      'quickscan.transition.wrongStatus',
    ])
    expect((await transition(scanId, cookie, 'close')).status).toBe(302)
    expect((await transition(scanId, cookie, 'reopen')).status).toBe(302)
    expect(await status()).toBe('OPEN')
    await transition(scanId, cookie, 'close')
    expect((await transition(scanId, cookie, 'discuss')).status).toBe(302)
    expect((await transition(scanId, cookie, 'complete')).status).toBe(302)
    expect(await status()).toBe('COMPLETED')
    const events = await prisma.auditEvent.findMany({ where: { entityId: scanId }, select: { action: true } })
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['quickScan.open', 'quickScan.close', 'quickScan.reopen', 'quickScan.complete']),
    )
  })

  it('does not re-open a scan after its closing day', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net, { opensOn: dutchDay(-10), closesOn: dutchDay(-1) })
    await prisma.quickScan.update({ where: { id: scanId }, data: { status: 'CLOSED' } })
    const result = await transition(scanId, cookie, 'reopen')
    expect(result.status).toBe(400)
    expect(result.data?.errors.form).toEqual(['quickscan.transition.periodOver'])
    const page = await openPage<Awaited<ReturnType<typeof scanLoader>>>(
      scanLoader,
      `/quickscans/${scanId}`,
      cookie,
      {
        scanId,
      },
    )
    expect(page.data?.transitions).toEqual([
      { transition: 'reopen', refusal: 'quickscan.transition.periodOver' },
      { transition: 'discuss', refusal: null },
    ])
  })
})

describe('quick scans: invitations', () => {
  it('previews council members ticked all at once, typed council members and municipal staff', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net)
    const page = await previewInvite(scanId, cookie, {
      alleLeden: 'on',
      raadExtra: 'Eva Extern <eva@example.org>',
      gemeentePersonen: [net.people.dirk.id],
      gemeenteExtra: 'Frits Beleid <frits@gemeente.nl>\nkapot@\nGerda Zonder Mail',
    })
    expect(page.status).toBe(200)
    // The municipal contact is proposed for the gemeente group, not ticked with "all members".
    expect(page.data?.form?.staff.map((option) => option.value)).toEqual([net.people.dirk.id])
    expect(page.data?.form?.members.map((option) => option.value).sort()).toEqual(
      [net.people.anna.id, net.people.bram.id, net.people.carla.id].sort(),
    )
    const preview = page.data?.form?.preview
    expect(preview?.invitees.map((row) => `${row.group}: ${row.name}`)).toEqual([
      'Raad: Anna Voorzitter',
      'Raad: Bram Zonder Mail',
      'Raad: Carla Lid',
      'Raad: Eva Extern',
      'Gemeente: Dirk Contact',
      'Gemeente: Frits Beleid',
      'Gemeente: Gerda Zonder Mail',
    ])
    expect(preview?.lineErrors).toEqual([
      { group: 'Gemeente', line: 2, text: 'kapot@', message: 'quickscan.invite.lineNeedsName' },
    ])
    expect(await prisma.quickScanInvitation.count({ where: { scanId } })).toBe(0)
  })

  it('makes one link per person, stores only its SHA-256, shows the links once and mails them through the outbox', async () => {
    process.env.APP_URL = 'https://raadnet.example.org/'
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net, { closesOn: dutchDay(20) })
    const result = await confirmInvite(scanId, cookie, {
      raadLeden: [net.people.anna.id, net.people.bram.id],
      gemeenteExtra: 'Frits Beleid <Frits@Gemeente.nl>',
    })
    expect(result.status).toBe(200)
    expect(result.headers.get('Cache-Control')).toBe('no-store')
    if (!result.data?.ok) throw new Error('expected links')
    const links = result.data.links
    expect(links.map((link) => link.name)).toEqual(['Anna Voorzitter', 'Bram Zonder Mail', 'Frits Beleid'])
    const invitations = await prisma.quickScanInvitation.findMany({ where: { scanId } })
    expect(invitations).toHaveLength(3)
    for (const link of links) {
      expect(link.link).toMatch(/^https:\/\/raadnet\.example\.org\/vragenlijst\/[A-Za-z0-9_-]+$/)
      const token = tokenOf(link.link)
      // 32 random bytes: 43 base64url characters, far more than the 22 that 128 bits need.
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      const invitation = invitations.find((row) => row.id === link.id)
      expect(invitation?.tokenHash).toBe(sha256(token))
      expect(JSON.stringify(invitation)).not.toContain(token)
    }
    expect(new Set(links.map((link) => link.link)).size).toBe(3)
    expect(invitations.find((row) => row.name === 'Frits Beleid')).toMatchObject({
      group: 'MUNICIPALITY',
      email: 'frits@gemeente.nl',
      personId: null,
      answered: false,
    })
    expect(invitations.find((row) => row.name === 'Bram Zonder Mail')?.sentAt).toBeNull()

    // Without SMTP the mails stay in the outbox, each with its own link and the closing day.
    const messages = await prisma.outboxMessage.findMany({
      where: {
        kind: 'QUICKSCAN_INVITATION',
        toAddress: { in: [net.people.anna.email ?? '', 'frits@gemeente.nl'] },
      },
    })
    expect(messages.map((message) => message.toName).sort()).toEqual(['Anna Voorzitter', 'Frits Beleid'])
    const anna = links.find((link) => link.name === 'Anna Voorzitter')
    const mail = messages.find((message) => message.toName === 'Anna Voorzitter')
    expect(mail?.status).toBe('OUTBOX')
    expect(mail?.subject).toBe(`Vragenlijst over cliëntenparticipatie in ${net.municipality.name}`)
    expect(mail?.text).toContain(anna?.link)
    expect(mail?.text).toContain('Uw antwoorden zijn anoniem.')
    const closing = new Intl.DateTimeFormat('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(dayValue(20))
    expect(mail?.text).toContain(`tot en met ${closing}`)
    expect(result.data.notes).toContain(
      'Er is geen mailserver ingesteld. De e-mails staan klaar in de outbox (Beheer, Uitgaande berichten) en worden niet verstuurd.',
    )

    // After this answer the links are gone: the page lists who was invited, never a link.
    const page = await openPage<InvitePage>(inviteLoader, `/quickscans/${scanId}/uitnodigen`, cookie, {
      scanId,
    })
    expect(page.data?.invitations.map((row) => [row.name, row.answered])).toEqual([
      ['Anna Voorzitter', false],
      ['Bram Zonder Mail', false],
      ['Frits Beleid', false],
    ])
    expect(JSON.stringify(page.data)).not.toContain('/vragenlijst/')
  })

  it('refuses a second invitation for the same e-mail address or person in a scan', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net)
    await confirmInvite(scanId, cookie, {
      raadLeden: [net.people.anna.id],
      gemeenteExtra: 'Frits <frits@gemeente.nl>',
    })
    const preview = await previewInvite(scanId, cookie, {
      raadLeden: [net.people.anna.id],
      gemeenteExtra:
        'Frits Beleid <FRITS@gemeente.nl>\nHenk <henk@gemeente.nl>\nHenk Tweede <henk@gemeente.nl>',
    })
    expect(preview.data?.form?.preview?.alreadyInvited.map((row) => row.name)).toEqual([
      'Anna Voorzitter',
      'Frits Beleid',
    ])
    expect(preview.data?.form?.preview?.repeated.map((row) => row.name)).toEqual(['Henk Tweede'])
    expect(preview.data?.form?.preview?.invitees.map((row) => row.name)).toEqual(['Henk'])

    const again = await confirmInvite(scanId, cookie, { gemeenteExtra: 'Frits Beleid <frits@GEMEENTE.nl>' })
    expect(again.status).toBe(400)
    expect(again.data?.ok === false && again.data.errors.form).toEqual(['quickscan.invite.nobodyNew'])
    expect(await prisma.quickScanInvitation.count({ where: { scanId, email: 'frits@gemeente.nl' } })).toBe(1)
  })

  it('refuses lines it cannot read and people who are not members of the councils', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net)
    const lines = await confirmInvite(scanId, cookie, { raadExtra: 'Goed <goed@example.org>\nslecht@' })
    expect(lines.data?.ok === false && lines.data.errors.form).toEqual(['quickscan.invite.fixLines'])
    const outsider = await prisma.person.create({ data: { name: 'Geen Lid' } })
    const unknown = await confirmInvite(scanId, cookie, { raadLeden: [outsider.id] })
    expect(unknown.data?.ok === false && unknown.data.errors.form).toEqual(['validation.unknownReference'])
    expect(await prisma.quickScanInvitation.count({ where: { scanId } })).toBe(0)
  })

  it('makes a new link that replaces the old one while the invitation is not answered', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net)
    await prisma.quickScan.update({ where: { id: scanId }, data: { status: 'OPEN' } })
    const created = await confirmInvite(scanId, cookie, { raadLeden: [net.people.anna.id] })
    if (!created.data?.ok) throw new Error('expected a link')
    const [first] = created.data.links
    if (!first) throw new Error('expected a link')
    expect((await openQuestionnaire({ token: tokenOf(first.link) })).state).toBe('open')

    const renewed = await renewLink(scanId, cookie, first.id)
    expect(renewed.status).toBe(200)
    if (!renewed.data?.ok) throw new Error('expected a new link')
    const next = renewed.data.links[0]?.link ?? ''
    expect(next).not.toBe(first.link)
    expect((await prisma.quickScanInvitation.findUniqueOrThrow({ where: { id: first.id } })).tokenHash).toBe(
      sha256(tokenOf(next)),
    )
    expect((await openQuestionnaire({ token: tokenOf(first.link) })).state).toBe('unavailable')
    expect((await openQuestionnaire({ token: tokenOf(next) })).state).toBe('open')
    const mails = await prisma.outboxMessage.findMany({ where: { toAddress: net.people.anna.email ?? '' } })
    expect(mails).toHaveLength(2)
    expect(mails.some((mail) => mail.text.includes(next))).toBe(true)

    await prisma.quickScanInvitation.update({ where: { id: first.id }, data: { answered: true } })
    const refused = await renewLink(scanId, cookie, first.id)
    expect(refused.status).toBe(400)
    expect(refused.data?.ok === false && refused.data.errors.form).toEqual([
      'quickscan.invite.alreadyAnswered',
    ])
    const foreign = await renewLink(scanId, cookie, 'bestaat-niet')
    expect(foreign.status).toBe(404)
  })

  it('takes no new invitations once the scan is closed', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net)
    await prisma.quickScan.update({ where: { id: scanId }, data: { status: 'CLOSED' } })
    const page = await openPage<InvitePage>(inviteLoader, `/quickscans/${scanId}/uitnodigen`, cookie, {
      scanId,
    })
    expect(page.data?.form).toBeNull()
    const result = await confirmInvite(scanId, cookie, { raadExtra: 'Laat <laat@example.org>' })
    expect(result.data?.ok === false && result.data.errors.form).toEqual(['quickscan.invite.closed'])
  })

  it('shows counts per group on the scan page, never who answered', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net)
    await confirmInvite(scanId, cookie, { alleLeden: 'on', gemeentePersonen: [net.people.dirk.id] })
    await prisma.quickScanInvitation.updateMany({
      where: { scanId, personId: { in: [net.people.anna.id, net.people.dirk.id] } },
      data: { answered: true },
    })
    const reader = await signedIn('lezer')
    const page = await openPage<Awaited<ReturnType<typeof scanLoader>>>(
      scanLoader,
      `/quickscans/${scanId}`,
      reader.cookie,
      { scanId },
    )
    expect(page.data?.scan.invitations).toEqual({
      COUNCIL: { invited: 3, answered: 1 },
      MUNICIPALITY: { invited: 1, answered: 1 },
    })
    expect(page.data?.canManage).toBe(false)
    expect(JSON.stringify(page.data)).not.toContain('Anna')
  })
})

describe('quick scans: roles', () => {
  it('lets a lezer read the list and the scan, but not create, edit, invite or change the status', async () => {
    const net = await network()
    const worker = await signedIn('opbouwwerker')
    const scanId = await createScan(worker.cookie, net)
    const { cookie } = await signedIn('lezer')
    expect((await openPage(listLoader, '/quickscans', cookie, {})).status).toBe(200)
    expect((await openPage(scanLoader, `/quickscans/${scanId}`, cookie, { scanId })).status).toBe(200)
    expect((await openPage(newLoader, '/quickscans/nieuw', cookie, {})).status).toBe(403)
    expect((await openPage(editLoader, `/quickscans/${scanId}/bewerken`, cookie, { scanId })).status).toBe(
      403,
    )
    expect(
      (await openPage(inviteLoader, `/quickscans/${scanId}/uitnodigen`, cookie, { scanId })).status,
    ).toBe(403)
    expect((await openPage(rescanLoader, `/quickscans/${scanId}/opnieuw`, cookie, { scanId })).status).toBe(
      403,
    )
    expect((await createViaForm(cookie, scanFields(net))).status).toBe(403)
    expect((await transition(scanId, cookie, 'open')).status).toBe(403)
    expect((await confirmInvite(scanId, cookie, { raadExtra: 'X' })).status).toBe(403)
    expect(await prisma.quickScanInvitation.count({ where: { scanId } })).toBe(0)
  })

  it('lets an opbouwwerker manage scans', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const scanId = await createScan(cookie, net)
    expect((await openPage(editLoader, `/quickscans/${scanId}/bewerken`, cookie, { scanId })).status).toBe(
      200,
    )
    expect(
      (await openPage(inviteLoader, `/quickscans/${scanId}/uitnodigen`, cookie, { scanId })).status,
    ).toBe(200)
    const page = await openPage<Awaited<ReturnType<typeof scanLoader>>>(
      scanLoader,
      `/quickscans/${scanId}`,
      cookie,
      {
        scanId,
      },
    )
    expect(page.data?.canManage).toBe(true)
  })
})

describe('quick scans: re-scan', () => {
  it('starts a concept for the same municipality and councils with a version that has every item code', async () => {
    const net = await network()
    const { cookie } = await signedIn('opbouwwerker')
    const baselineId = await createScan(cookie, net)
    const familyId = net.questionnaire.familyId
    const newer = await createQuestionnaire({ familyId, versionNumber: 2 })
    const lacking = await createQuestionnaire({ familyId, versionNumber: 3, without: ['A2', 'E5'] })

    const early = await openPage<Awaited<ReturnType<typeof rescanLoader>>>(
      rescanLoader,
      `/quickscans/${baselineId}/opnieuw`,
      cookie,
      { scanId: baselineId },
    )
    expect(early.data?.allowed).toBe(false)
    await prisma.quickScan.update({ where: { id: baselineId }, data: { status: 'COMPLETED' } })
    const page = await openPage<Awaited<ReturnType<typeof rescanLoader>>>(
      rescanLoader,
      `/quickscans/${baselineId}/opnieuw`,
      cookie,
      { scanId: baselineId },
    )
    expect(page.data?.questionnaires.map((option) => option.value)).toEqual([newer.id, net.questionnaire.id])
    expect(page.data?.incomplete).toEqual(['Testvragenlijst, versie 3: mist A2, E5'])

    const fields = {
      title: 'Herhaling Harlingen',
      opensOn: dutchDay(30),
      closesOn: dutchDay(50),
      minGroupSize: '5',
    }
    const refused = await post<Reply>(
      rescanAction,
      `/quickscans/${baselineId}/opnieuw`,
      cookie,
      { scanId: baselineId },
      {
        ...fields,
        questionnaireId: lacking.id,
      },
    )
    expect(refused.status).toBe(400)
    expect(refused.data?.errors.questionnaireId).toEqual(['quickscan.rescan.questionnaireNotComparable'])
    const created = await post<Reply>(
      rescanAction,
      `/quickscans/${baselineId}/opnieuw`,
      cookie,
      { scanId: baselineId },
      {
        ...fields,
        questionnaireId: newer.id,
      },
    )
    expect(created.status).toBe(302)
    const rescanId = created.location?.split('/').at(-1) ?? ''
    const rescan = await prisma.quickScan.findUniqueOrThrow({
      where: { id: rescanId },
      include: { councils: true },
    })
    expect(rescan).toMatchObject({
      status: 'CONCEPT',
      baselineId,
      municipalityId: net.municipality.id,
      questionnaireId: newer.id,
      title: 'Herhaling Harlingen',
    })
    expect(rescan.councils.map((link) => link.organisationId)).toEqual([net.council.id])
  })
})
