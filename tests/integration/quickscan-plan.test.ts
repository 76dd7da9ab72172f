// The goede gesprek and the plan van aanpak through their routes: recording the dialogue
// (and the scan moving to "besproken"), version conflicts, actions with their follow-ups
// kept in step, who may do what, the CSV of the actions and the "Quickscan-acties" on the
// council's and the municipality's pages.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { listMyFollowUps, setFollowUpDone } from '~/models/follow-up/follow-up.server.ts'
import { loader as municipalityLoader } from '~/routes/gemeenten.$municipalityId.tsx'
import { loader as organisationLoader } from '~/routes/organisaties.$organisationId.tsx'
import {
  action as conversationAction,
  loader as conversationLoader,
} from '~/routes/quickscans.$scanId_.gesprek.tsx'
import { action as planAction, loader as planLoader } from '~/routes/quickscans.$scanId_.plan.tsx'
import { loader as csvLoader } from '~/routes/quickscans.acties[.]csv.ts'
import { parseCsv } from '~/utils/csv.ts'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import { readToast } from '~/utils/session.server.ts'
import {
  createTestMunicipality,
  createTestOrganisation,
  createTestUser,
  type FormFields,
  makeRequest,
  outcome,
  postForm,
  sessionCookieFor,
  testContext,
} from '../factories.ts'
import {
  addResponses,
  createQuestionnaire,
  createScan,
  type DimensionSpec,
  responsesFrom,
} from '../fixtures/quickscan.ts'

const dimensions: DimensionSpec[] = [
  {
    code: 'A',
    name: 'Doel en positie',
    items: [
      { code: 'A1', text: 'Het doel van de raad is duidelijk.' },
      { code: 'A2', text: 'De taken zijn goed vastgelegd.' },
    ],
  },
  {
    code: 'B',
    name: 'Samenstelling en achterban',
    items: [
      { code: 'B4', text: 'Het lukt de raad om nieuwe leden te werven.' },
      { code: 'B9', kind: 'OPEN', text: 'Welke groepen missen we?' },
    ],
  },
  {
    code: 'C',
    name: 'Werkwijze en ondersteuning',
    items: [{ code: 'C1', text: 'De raad krijgt tijdig de informatie.' }],
  },
]

type Fixture = {
  municipalityId: string
  municipalityName: string
  councilId: string
  partnerId: string
  memberId: string
  questionnaireId: string
  itemIds: Record<string, string>
  supporter: { id: string; cookie: string }
  worker: { id: string; cookie: string }
  coordinator: { id: string; cookie: string }
  lezer: { id: string; cookie: string }
}
let f: Fixture

// A user with a role and a cookie.
async function user(role: 'lezer' | 'opbouwwerker' | 'coordinator', name: string) {
  const created = await createTestUser({ role, name })
  return { id: created.id, cookie: (await sessionCookieFor(created.id)).cookie }
}

// Creates a scan of the fixture's municipality and council with answers that flag C1 (the
// council rates it 2, the municipality 4) and B4 (both 2), and nothing else; `status` and
// `supporter` as given.
async function scanWithAnswers({
  status = 'CLOSED',
  supporterId = f.supporter.id as string | null,
  title = `Quickscan ${randomUUID().slice(0, 6)}`,
} = {}) {
  const scan = await createScan(prisma, {
    title,
    municipalityId: f.municipalityId,
    questionnaireId: f.questionnaireId,
    createdById: f.coordinator.id,
    status,
    councilIds: [f.councilId],
    invited: { COUNCIL: 6, MUNICIPALITY: 6 },
  })
  if (supporterId) await prisma.quickScan.update({ where: { id: scan.id }, data: { supporterId } })
  const answers = (c1: number) => ({
    A1: [4, 4, 4, 4, 4],
    A2: [3, 3, 4, 3, 3],
    B4: [2, 2, 2, 2, 2],
    C1: Array(5).fill(c1),
  })
  await addResponses(prisma, {
    scanId: scan.id,
    itemIds: f.itemIds,
    group: 'COUNCIL',
    responses: responsesFrom(5, answers(2)),
  })
  await addResponses(prisma, {
    scanId: scan.id,
    itemIds: f.itemIds,
    group: 'MUNICIPALITY',
    responses: responsesFrom(5, answers(4)),
  })
  return scan
}

const args = (url: string, params: Record<string, string>, cookie: string, form?: FormFields) => ({
  request: form ? postForm(url, cookie, form) : makeRequest(url, { cookie }),
  params,
  context: testContext(),
})

// Opens the gesprek page of a scan as the user of `cookie`.
function openConversation(scanId: string, cookie: string) {
  return outcome<LoaderData<typeof conversationLoader>>(() =>
    conversationLoader(args(`/quickscans/${scanId}/gesprek`, { scanId }, cookie)),
  )
}

// Posts the gesprek form of a scan.
function postConversation(scanId: string, cookie: string, form: FormFields) {
  return outcome<{
    errors: Record<string, string[]>
    conflict?: { changes: { label: string }[]; version: number; base: string }
  }>(() =>
    conversationAction(
      args(`/quickscans/${scanId}/gesprek`, { scanId }, cookie, { intent: 'save', ...form }),
    ),
  )
}

// Opens the plan page of a scan.
function openPlan(scanId: string, cookie: string, search = '') {
  return outcome<LoaderData<typeof planLoader>>(() =>
    planLoader(args(`/quickscans/${scanId}/plan${search}`, { scanId }, cookie)),
  )
}

// Posts a form of the plan page.
function postPlan(scanId: string, cookie: string, form: FormFields) {
  return outcome<{
    errors: Record<string, string[]>
    conflict?: { changes: { label: string; before: string; after: string }[] }
  }>(() => planAction(args(`/quickscans/${scanId}/plan`, { scanId }, cookie, form)))
}

type LoaderData<L extends (...a: never[]) => unknown> = Exclude<Awaited<ReturnType<L>>, Response>

// Returns the message of the toast a redirect set.
async function toastOf(result: { headers: Headers }) {
  const cookie = result.headers.get('Set-Cookie') ?? ''
  const { toast } = await readToast(new Request('http://localhost/', { headers: { Cookie: cookie } }))
  return toast?.message
}

// Returns the user-facing messages of field errors.
const messages = (errors: Record<string, string[]> | undefined) =>
  Object.fromEntries(Object.entries(errors ?? {}).map(([field, refs]) => [field, refs.map(translateRef)]))

// Returns the action (and its follow-up) with `title` in a scan.
function findAction(scanId: string, title: string) {
  return prisma.quickScanAction.findFirst({
    where: { scanId, title },
    include: { followUp: true },
  })
}

beforeAll(async () => {
  const municipality = await createTestMunicipality({ name: 'Gemeente Plandorp' })
  const council = await createTestOrganisation({
    name: 'Cliëntenraad Plandorp',
    municipalityIds: [municipality.id],
  })
  const partner = await createTestOrganisation({ name: 'Partner Plandorp', type: 'PARTNER' })
  const member = await prisma.person.create({
    data: {
      name: 'Griet Plandorp',
      memberships: {
        create: { organisationId: council.id, role: 'voorzitter', startDate: new Date('2020-01-01') },
      },
    },
  })
  const questionnaire = await createQuestionnaire(prisma, { dimensions })
  f = {
    municipalityId: municipality.id,
    municipalityName: municipality.name,
    councilId: council.id,
    partnerId: partner.id,
    memberId: member.id,
    questionnaireId: questionnaire.id,
    itemIds: questionnaire.itemIds,
    supporter: await user('opbouwwerker', 'Sanne Steun'),
    worker: await user('opbouwwerker', 'Wim Werker'),
    coordinator: await user('coordinator', 'Coby Coördinator'),
    lezer: await user('lezer', 'Lars Lezer'),
  }
})

describe('the goede gesprek', () => {
  it('lists the flagged topics with both groups’ figures, and every topic to choose from', async () => {
    const scan = await scanWithAnswers()
    const page = await openConversation(scan.id, f.worker.cookie)
    expect(page.status).toBe(200)
    const flagged = page.data?.flagged ?? []
    expect(flagged.map((topic) => [topic.key, topic.figures, topic.flags])).toEqual([
      ['dimension:B', 'Raad 2,0 · gemeente 2,0 · verschil 0,0', ['beide laag']],
      ['item:B4', 'Raad 2,0 · gemeente 2,0 · verschil 0,0', ['beide laag']],
      ['dimension:C', 'Raad 2,0 · gemeente 4,0 · verschil −2,0', ['verschil']],
      ['item:C1', 'Raad 2,0 · gemeente 4,0 · verschil −2,0', ['verschil']],
    ])
    // The open question is no topic; the dimensions and statements are.
    expect(page.data?.topics.map((topic) => topic.key)).toEqual([
      'dimension:A',
      'item:A1',
      'item:A2',
      'dimension:B',
      'item:B4',
      'dimension:C',
      'item:C1',
    ])
    expect(page.data?.conversation).toBeNull()
    expect(page.data?.canEdit).toBe(true)
  })

  it('saves the date, the participants and the notes, and moves a closed scan to "besproken"', async () => {
    const scan = await scanWithAnswers()
    const saved = await postConversation(scan.id, f.worker.cookie, {
      version: '0',
      heldOn: '2026-04-14',
      participants: 'Griet Plandorp (voorzitter), beleidsmedewerker W&I',
      notes: 'Open gesprek.',
      'note:item:C1': 'Stukken komen te laat; afspraak over een planning.',
      'note:item:B4': '',
      extraTopic: 'dimension:A',
      extraNote: 'Doel is helder.',
    })
    expect(saved.status).toBe(302)
    expect(saved.location).toBe(`/quickscans/${scan.id}/gesprek`)
    expect(await toastOf(saved)).toBe('Het goede gesprek is opgeslagen. De scan staat nu op "besproken".')
    expect((await prisma.quickScan.findUniqueOrThrow({ where: { id: scan.id } })).status).toBe('DISCUSSED')
    const page = await openConversation(scan.id, f.lezer.cookie)
    expect(page.data?.conversation).toMatchObject({
      heldOn: new Date('2026-04-14T00:00:00Z'),
      participants: 'Griet Plandorp (voorzitter), beleidsmedewerker W&I',
      notes: 'Open gesprek.',
      version: 1,
    })
    expect(page.data?.notes).toEqual({
      'item:C1': 'Stukken komen te laat; afspraak over een planning.',
      'dimension:A': 'Doel is helder.',
    })
    // A note on a topic that was not flagged is shown with the others after saving.
    expect(page.data?.noted.map((topic) => topic.key)).toEqual(['dimension:A'])
    expect(page.data?.canEdit).toBe(false)

    // Saving again keeps the status and says nothing about it.
    const again = await postConversation(scan.id, f.worker.cookie, {
      version: '1',
      heldOn: '2026-04-14',
      participants: 'Griet Plandorp (voorzitter)',
      'note:item:C1': 'Afspraak gemaakt.',
    })
    expect(await toastOf(again)).toBe('Het goede gesprek is opgeslagen.')
    const notes = await prisma.quickScanTopicNote.findMany({ where: { conversation: { scanId: scan.id } } })
    expect(notes.map((note) => [note.itemId, note.dimensionCode, note.note])).toEqual([
      [f.itemIds.C1, null, 'Afspraak gemaakt.'],
    ])
  })

  it('names what someone else changed meanwhile, keeps the input, and saves on the next try', async () => {
    const scan = await scanWithAnswers()
    await postConversation(scan.id, f.worker.cookie, {
      version: '0',
      heldOn: '2026-04-14',
      participants: 'Eerste versie',
    })
    const opened = await openConversation(scan.id, f.worker.cookie)
    const base = opened.data?.base ?? ''
    await postConversation(scan.id, f.coordinator.cookie, {
      version: '1',
      base,
      heldOn: '2026-04-15',
      participants: 'Tweede versie',
      'note:item:C1': 'Aantekening van de coördinator.',
    })
    const late = await postConversation(scan.id, f.worker.cookie, {
      version: '1',
      base,
      heldOn: '2026-04-14',
      participants: 'Mijn versie',
    })
    expect(late.status).toBe(409)
    expect(late.data?.conflict?.changes).toEqual([
      { label: 'Datum van het gesprek', before: '14 april 2026', after: '15 april 2026' },
      { label: 'Wie waren erbij', before: 'Eerste versie', after: 'Tweede versie' },
      {
        label: 'Aantekening bij C1 — De raad krijgt tijdig de informatie.',
        before: '',
        after: 'Aantekening van de coördinator.',
      },
    ])
    expect(
      (await prisma.quickScanConversation.findUniqueOrThrow({ where: { scanId: scan.id } })).participants,
    ).toBe('Tweede versie')
    const retried = await postConversation(scan.id, f.worker.cookie, {
      version: String(late.data?.conflict?.version),
      base: late.data?.conflict?.base ?? '',
      heldOn: '2026-04-14',
      participants: 'Mijn versie',
    })
    expect(retried.status).toBe(302)
  })

  it('keeps the input with a message per field, and refuses before the answers are closed', async () => {
    const scan = await scanWithAnswers()
    const wrong = await postConversation(scan.id, f.worker.cookie, {
      version: '0',
      heldOn: '',
      participants: ' ',
      'note:item:C1': 'x'.repeat(2001),
      extraNote: 'Zonder onderwerp',
    })
    expect(wrong.status).toBe(400)
    expect(messages(wrong.data?.errors)).toEqual({
      heldOn: ['Vul dit veld in.'],
      participants: ['Vul dit veld in.'],
      'note:item:C1': ['Gebruik hoogstens 2000 tekens.'],
      extraTopic: ['Kies het onderwerp van deze aantekening.'],
    })
    const unknownTopic = await postConversation(scan.id, f.worker.cookie, {
      version: '0',
      heldOn: '2026-04-14',
      participants: 'Iemand',
      'note:item:Z9': 'Bestaat niet',
    })
    expect(messages(unknownTopic.data?.errors)).toEqual({
      'note:item:Z9': ['Dit bestaat niet (meer). Kies opnieuw.'],
    })
    const future = await postConversation(scan.id, f.worker.cookie, {
      version: '0',
      heldOn: '2999-01-01',
      participants: 'Iemand',
    })
    expect(messages(future.data?.errors)).toEqual({
      heldOn: ['Leg het gesprek vast als het gehouden is: kies vandaag of een eerdere dag.'],
    })
    expect(await prisma.quickScanConversation.count({ where: { scanId: scan.id } })).toBe(0)

    const open = await scanWithAnswers({ status: 'OPEN' })
    const early = await postConversation(open.id, f.worker.cookie, {
      version: '0',
      heldOn: '2026-04-14',
      participants: 'Iemand',
    })
    expect(early.status).toBe(400)
    expect(messages(early.data?.errors).form?.[0]).toMatch(/Zodra de scan gesloten is/)
  })

  it('lets a lezer read it but not save it, and answers 404 for an unknown scan', async () => {
    const scan = await scanWithAnswers()
    expect((await openConversation(scan.id, f.lezer.cookie)).status).toBe(200)
    const refused = await postConversation(scan.id, f.lezer.cookie, {
      version: '0',
      heldOn: '2026-04-14',
      participants: 'X',
    })
    expect(refused.status).toBe(403)
    expect((await openConversation('bestaat-niet', f.worker.cookie)).status).toBe(404)
  })
})

const newAction = (fields: Record<string, string> = {}): FormFields => ({
  intent: 'create',
  title: 'Planning van adviesaanvragen delen',
  description: 'De gemeente deelt elk kwartaal de planning.',
  topic: 'item:C1',
  owner: '',
  dueOn: '2026-06-30',
  status: 'OPEN',
  ...fields,
})

describe('the actions of the plan van aanpak', () => {
  it('adds an action with its follow-up for the supporter, shown in Mijn acties with a link to the plan', async () => {
    const scan = await scanWithAnswers({ status: 'DISCUSSED' })
    const created = await postPlan(
      scan.id,
      f.worker.cookie,
      newAction({ owner: `organisation:${f.councilId}` }),
    )
    expect(created.status).toBe(302)
    const action = await findAction(scan.id, 'Planning van adviesaanvragen delen')
    expect(created.location).toBe(`/quickscans/${scan.id}/plan#actie-${action?.id}`)
    expect(await toastOf(created)).toBe('De actie is toegevoegd.')
    expect(action).toMatchObject({
      status: 'OPEN',
      itemId: f.itemIds.C1,
      dimensionCode: 'C',
      ownerOrganisationId: f.councilId,
      ownerPersonId: null,
      dueOn: new Date('2026-06-30T00:00:00Z'),
      createdById: f.worker.id,
    })
    expect(action?.followUp).toMatchObject({
      description: 'Quickscan Gemeente Plandorp: Planning van adviesaanvragen delen',
      assigneeId: f.supporter.id,
      dueDate: new Date('2026-06-30T00:00:00Z'),
      ownerOrganisationId: f.councilId,
      done: false,
    })
    const mine = await listMyFollowUps({ userId: f.supporter.id })
    expect(mine.find((followUp) => followUp.id === action?.followUp?.id)?.href).toBe(
      `/quickscans/${scan.id}/plan#actie-${action?.id}`,
    )
  })

  it('gives the follow-up to whoever adds the action when the scan has no supporter', async () => {
    const scan = await scanWithAnswers({ status: 'CLOSED', supporterId: null })
    await postPlan(
      scan.id,
      f.worker.cookie,
      newAction({ owner: `person:${f.memberId}`, topic: 'dimension:B' }),
    )
    const action = await findAction(scan.id, 'Planning van adviesaanvragen delen')
    expect(action).toMatchObject({ ownerPersonId: f.memberId, dimensionCode: 'B', itemId: null })
    expect(action?.followUp?.assigneeId).toBe(f.worker.id)
    expect(action?.followUp?.ownerOrganisationId).toBeNull()
  })

  it('refuses an unknown person or organisation on the owner field, storing nothing', async () => {
    const scan = await scanWithAnswers({ status: 'DISCUSSED' })
    for (const owner of ['person:bestaat-niet', 'organisation:bestaat-niet', 'iemand']) {
      const refused = await postPlan(scan.id, f.worker.cookie, newAction({ owner }))
      expect(refused.status, owner).toBe(400)
      expect(messages(refused.data?.errors).owner?.[0], owner).toMatch(
        /bestaat niet|Kies een van de mogelijkheden/,
      )
    }
    const badTopic = await postPlan(scan.id, f.worker.cookie, newAction({ topic: 'item:B9', title: '' }))
    expect(messages(badTopic.data?.errors)).toEqual({ title: ['Vul dit veld in.'] })
    const openQuestion = await postPlan(scan.id, f.worker.cookie, newAction({ topic: 'item:B9' }))
    expect(messages(openQuestion.data?.errors)).toEqual({ topic: ['Dit bestaat niet (meer). Kies opnieuw.'] })
    expect(await prisma.quickScanAction.count({ where: { scanId: scan.id } })).toBe(0)
    expect(
      await prisma.followUp.count({
        where: {
          description: { startsWith: 'Quickscan Gemeente Plandorp' },
          quickScanAction: { scanId: scan.id },
        },
      }),
    ).toBe(0)
  })

  it('keeps the follow-up in step with every status: done exactly when gereed or vervallen', async () => {
    const scan = await scanWithAnswers({ status: 'DISCUSSED' })
    await postPlan(scan.id, f.worker.cookie, newAction())
    const action = await findAction(scan.id, 'Planning van adviesaanvragen delen')
    const actionId = action?.id ?? ''
    for (const [status, done, message] of [
      ['IN_PROGRESS', false, 'De actie staat nu op bezig.'],
      ['DONE', true, 'De actie staat nu op gereed.'],
      ['CANCELLED', true, 'De actie staat nu op vervallen.'],
      ['OPEN', false, 'De actie staat nu op open.'],
    ] as const) {
      const changed = await postPlan(scan.id, f.worker.cookie, { intent: 'status', actionId, status })
      expect(changed.status).toBe(302)
      expect(await toastOf(changed)).toBe(message)
      const now = await findAction(scan.id, 'Planning van adviesaanvragen delen')
      expect([now?.status, now?.followUp?.done, now?.followUp?.doneAt !== null]).toEqual([status, done, done])
    }
  })

  it('sets the action gereed when its follow-up is ticked done in Mijn acties, and open again', async () => {
    const scan = await scanWithAnswers({ status: 'DISCUSSED' })
    await postPlan(scan.id, f.worker.cookie, newAction({ status: 'IN_PROGRESS' }))
    const action = await findAction(scan.id, 'Planning van adviesaanvragen delen')
    const followUpId = action?.followUp?.id ?? ''
    await setFollowUpDone({ followUpId, done: true, actorId: f.supporter.id })
    expect((await findAction(scan.id, action?.title ?? ''))?.status).toBe('DONE')
    await setFollowUpDone({ followUpId, done: false, actorId: f.supporter.id })
    const reopened = await findAction(scan.id, action?.title ?? '')
    expect([reopened?.status, reopened?.followUp?.done]).toEqual(['OPEN', false])
  })

  it('edits an action and its follow-up together, and names what someone else changed meanwhile', async () => {
    const scan = await scanWithAnswers({ status: 'DISCUSSED' })
    await postPlan(scan.id, f.worker.cookie, newAction())
    const action = await findAction(scan.id, 'Planning van adviesaanvragen delen')
    const actionId = action?.id ?? ''
    const editing = await openPlan(scan.id, f.worker.cookie, `?bewerken=${actionId}`)
    const form = editing.data?.editing
    expect(form?.values).toEqual({
      title: 'Planning van adviesaanvragen delen',
      description: 'De gemeente deelt elk kwartaal de planning.',
      topic: 'item:C1',
      owner: '',
      dueOn: '2026-06-30',
      status: 'OPEN',
    })
    const first = await postPlan(scan.id, f.coordinator.cookie, {
      ...newAction({ title: 'Kwartaalplanning delen', owner: `organisation:${f.partnerId}` }),
      intent: 'update',
      actionId,
      version: String(form?.version),
      base: form?.base ?? '',
    })
    expect(first.status).toBe(302)
    const saved = await findAction(scan.id, 'Kwartaalplanning delen')
    expect(saved?.followUp).toMatchObject({
      description: 'Quickscan Gemeente Plandorp: Kwartaalplanning delen',
      ownerOrganisationId: f.partnerId,
    })
    const late = await postPlan(scan.id, f.worker.cookie, {
      ...newAction({ title: 'Mijn titel' }),
      intent: 'update',
      actionId,
      version: String(form?.version),
      base: form?.base ?? '',
    })
    expect(late.status).toBe(409)
    expect(late.data?.conflict?.changes).toEqual([
      { label: 'Wat', before: 'Planning van adviesaanvragen delen', after: 'Kwartaalplanning delen' },
      { label: 'Wie voert het uit', before: '', after: 'Partner Plandorp' },
    ])
    expect(await findAction(scan.id, 'Mijn titel')).toBeNull()
  })

  it('lets a coordinator delete an action with its follow-up; an opbouwwerker may not', async () => {
    const scan = await scanWithAnswers({ status: 'DISCUSSED' })
    await postPlan(scan.id, f.worker.cookie, newAction())
    const action = await findAction(scan.id, 'Planning van adviesaanvragen delen')
    const actionId = action?.id ?? ''
    expect((await postPlan(scan.id, f.worker.cookie, { intent: 'delete', actionId })).status).toBe(403)
    const deleted = await postPlan(scan.id, f.coordinator.cookie, { intent: 'delete', actionId })
    expect(deleted.status).toBe(302)
    expect(await toastOf(deleted)).toBe('De actie is verwijderd.')
    expect(await prisma.quickScanAction.count({ where: { id: actionId } })).toBe(0)
    expect(await prisma.followUp.count({ where: { id: action?.followUp?.id } })).toBe(0)
    expect((await postPlan(scan.id, f.coordinator.cookie, { intent: 'delete', actionId })).status).toBe(404)
  })

  it('offers "Afronden" once every action is gereed or vervallen; new work reopens the scan', async () => {
    const scan = await scanWithAnswers({ status: 'DISCUSSED' })
    await postPlan(scan.id, f.worker.cookie, newAction({ title: 'Een', status: 'DONE' }))
    await postPlan(scan.id, f.worker.cookie, newAction({ title: 'Twee', status: 'IN_PROGRESS' }))
    expect((await openPlan(scan.id, f.worker.cookie)).data?.plan.canComplete).toBe(false)
    const early = await postPlan(scan.id, f.worker.cookie, { intent: 'complete' })
    expect(messages(early.data?.errors)).toEqual({
      form: ['De scan kan nog niet worden afgerond: er staan nog acties open.'],
    })
    const two = await findAction(scan.id, 'Twee')
    await postPlan(scan.id, f.worker.cookie, {
      intent: 'status',
      actionId: two?.id ?? '',
      status: 'CANCELLED',
    })
    const plan = await openPlan(scan.id, f.worker.cookie)
    expect(plan.data?.plan.canComplete).toBe(true)
    expect(plan.data?.plan.counts).toEqual({ OPEN: 0, IN_PROGRESS: 0, DONE: 1, CANCELLED: 1 })
    const completed = await postPlan(scan.id, f.worker.cookie, { intent: 'complete' })
    expect(await toastOf(completed)).toBe('De scan is afgerond.')
    expect((await prisma.quickScan.findUniqueOrThrow({ where: { id: scan.id } })).status).toBe('COMPLETED')

    const added = await postPlan(scan.id, f.worker.cookie, newAction({ title: 'Drie' }))
    expect(await toastOf(added)).toBe('De actie is toegevoegd. De scan staat weer op "besproken".')
    expect((await prisma.quickScan.findUniqueOrThrow({ where: { id: scan.id } })).status).toBe('DISCUSSED')
  })

  it('shows the plan per status with counts and overdue actions, and is read-only for a lezer', async () => {
    const scan = await scanWithAnswers({ status: 'DISCUSSED' })
    await postPlan(scan.id, f.worker.cookie, newAction({ title: 'Te laat', dueOn: '2020-01-01' }))
    await postPlan(
      scan.id,
      f.worker.cookie,
      newAction({ title: 'Op tijd', dueOn: '2999-01-01', status: 'IN_PROGRESS' }),
    )
    await postPlan(
      scan.id,
      f.worker.cookie,
      newAction({ title: 'Klaar', dueOn: '2020-01-01', status: 'DONE' }),
    )
    const plan = await openPlan(scan.id, f.lezer.cookie)
    expect(plan.status).toBe(200)
    expect(plan.data?.plan.actions.map((action) => [action.title, action.status, action.overdue])).toEqual([
      ['Te laat', 'OPEN', true],
      ['Op tijd', 'IN_PROGRESS', false],
      ['Klaar', 'DONE', false],
    ])
    expect(plan.data?.plan.overdue).toBe(1)
    expect(plan.data?.canEdit).toBe(false)
    expect((await postPlan(scan.id, f.lezer.cookie, newAction())).status).toBe(403)
    expect(plan.data?.plan.options.owners.some((option) => option.value === `person:${f.memberId}`)).toBe(
      true,
    )
  })

  it('refuses actions before the answers are closed', async () => {
    const scan = await scanWithAnswers({ status: 'OPEN' })
    const early = await postPlan(scan.id, f.worker.cookie, newAction())
    expect(early.status).toBe(400)
    expect(messages(early.data?.errors).form?.[0]).toMatch(/Zodra de scan gesloten is/)
    expect((await openPlan('bestaat-niet', f.worker.cookie)).status).toBe(404)
  })
})

describe('where the actions show', () => {
  let scanId = ''
  beforeAll(async () => {
    const scan = await scanWithAnswers({ status: 'DISCUSSED', title: 'Quickscan Plandorp zichtbaar' })
    scanId = scan.id
    await postPlan(
      scanId,
      f.worker.cookie,
      newAction({ title: 'Zichtbaar open', owner: `organisation:${f.partnerId}` }),
    )
    await postPlan(scanId, f.worker.cookie, newAction({ title: 'Zichtbaar bezig', status: 'IN_PROGRESS' }))
    await postPlan(scanId, f.worker.cookie, newAction({ title: 'Niet meer zichtbaar', status: 'DONE' }))
  })

  it('lists the open actions of the council’s scans on its page, and those it carries out', async () => {
    const council = await outcome<LoaderData<typeof organisationLoader>>(() =>
      organisationLoader(
        args(`/organisaties/${f.councilId}`, { organisationId: f.councilId }, f.lezer.cookie),
      ),
    )
    const titles = council.data?.quickScanActions.filter((a) => a.scan.id === scanId).map((a) => a.title)
    expect(titles).toEqual(['Zichtbaar open', 'Zichtbaar bezig'])
    const partner = await outcome<LoaderData<typeof organisationLoader>>(() =>
      organisationLoader(
        args(`/organisaties/${f.partnerId}`, { organisationId: f.partnerId }, f.lezer.cookie),
      ),
    )
    expect(partner.data?.quickScanActions.filter((a) => a.scan.id === scanId).map((a) => a.title)).toEqual([
      'Zichtbaar open',
    ])
  })

  it('lists them on the municipality’s page', async () => {
    const page = await outcome<LoaderData<typeof municipalityLoader>>(() =>
      municipalityLoader(
        args(`/gemeenten/${f.municipalityId}`, { municipalityId: f.municipalityId }, f.lezer.cookie),
      ),
    )
    const mine = page.data?.quickScanActions.filter((a) => a.scan.id === scanId) ?? []
    expect(mine.map((a) => [a.title, a.status, a.scan.title])).toEqual([
      ['Zichtbaar open', 'OPEN', 'Quickscan Plandorp zichtbaar'],
      ['Zichtbaar bezig', 'IN_PROGRESS', 'Quickscan Plandorp zichtbaar'],
    ])
  })

  it('exports the actions as CSV with Dutch headers, filtered by scan and status', async () => {
    const response = await csvLoader(
      args(`/quickscans/acties.csv?scan=${scanId}&status=onzin`, {}, f.worker.cookie),
    )
    expect(response.headers.get('Content-Disposition')).toMatch(
      /attachment; filename="quickscan-acties-\d{4}-\d{2}-\d{2}\.csv"/,
    )
    const rows = parseCsv(await response.text())
    expect(rows[0]).toEqual([
      'Scan',
      'Gemeente',
      'Actie',
      'Toelichting',
      'Onderwerp',
      'Uitvoering',
      'Uiterlijk op',
      'Stand',
      'Te laat',
      'Opvolging',
      'Aangemaakt',
      'Laatst gewijzigd',
    ])
    expect(rows.slice(1).map((row) => row.slice(0, 10))).toEqual([
      [
        'Quickscan Plandorp zichtbaar',
        'Gemeente Plandorp',
        'Zichtbaar open',
        'De gemeente deelt elk kwartaal de planning.',
        'C1',
        'Partner Plandorp',
        '30-06-2026',
        'open',
        expect.stringMatching(/^(ja|nee)$/),
        'Sanne Steun',
      ],
      [
        'Quickscan Plandorp zichtbaar',
        'Gemeente Plandorp',
        'Zichtbaar bezig',
        'De gemeente deelt elk kwartaal de planning.',
        'C1',
        '',
        '30-06-2026',
        'bezig',
        expect.stringMatching(/^(ja|nee)$/),
        'Sanne Steun',
      ],
      [
        'Quickscan Plandorp zichtbaar',
        'Gemeente Plandorp',
        'Niet meer zichtbaar',
        'De gemeente deelt elk kwartaal de planning.',
        'C1',
        '',
        '30-06-2026',
        'gereed',
        'nee',
        'Sanne Steun',
      ],
    ])
    const done = parseCsv(
      await (
        await csvLoader(args(`/quickscans/acties.csv?scan=${scanId}&status=DONE`, {}, f.worker.cookie))
      ).text(),
    )
    expect(done.slice(1).map((row) => row[2])).toEqual(['Niet meer zichtbaar'])
    const lezer = await outcome(() => csvLoader(args('/quickscans/acties.csv', {}, f.lezer.cookie)))
    expect(lezer.status).toBe(403)
  })
})
