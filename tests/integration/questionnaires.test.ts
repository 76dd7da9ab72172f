import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  addDimension,
  addItem,
  copyQuestionnaire,
  getQuestionnaire,
  isQuestionnaireFrozen,
  listQuestionnaires,
  listQuestionnairesForScan,
  moveDimension,
  moveItem,
  removeDimension,
  removeItem,
  renameDimension,
  updateItem,
  updateQuestionnaire,
} from '~/models/quickscan/questionnaire.server.ts'
import { DEFAULT_QUESTIONNAIRE } from '~/models/quickscan/questionnaire-template.ts'
import { loader as listLoader } from '~/routes/quickscans.vragenlijsten._index.tsx'
import {
  action as detailAction,
  loader as detailLoader,
} from '~/routes/quickscans.vragenlijsten.$questionnaireId.tsx'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import { ensureDefaultQuestionnaire } from '../../prisma/seed-questionnaire.ts'
import {
  createTestMunicipality,
  type FormFields,
  makeRequest,
  outcome,
  postForm,
  signedIn,
  testContext,
} from '../factories.ts'

type Reply = {
  intent: string
  target: string
  errors: Record<string, string[]>
  values: Record<string, string>
  changes?: { summary: string; actor: { name: string } | null }[]
}

type Detail = Awaited<ReturnType<typeof detailLoader>>

const FROZEN_MESSAGE = 'Deze vragenlijst is al beantwoord en ligt vast. Maak een kopie om hem aan te passen.'

function page(questionnaireId: string, cookie: string) {
  return outcome<Detail>(() =>
    detailLoader({
      request: makeRequest(`/quickscans/vragenlijsten/${questionnaireId}`, { cookie }),
      params: { questionnaireId },
      context: testContext(),
    }),
  )
}

function act(questionnaireId: string, cookie: string, fields: FormFields) {
  return outcome<Reply>(() =>
    detailAction({
      request: postForm(`/quickscans/vragenlijsten/${questionnaireId}`, cookie, fields),
      params: { questionnaireId },
      context: testContext(),
    }),
  )
}

const messages = (reply: { data?: Reply }, field: string) =>
  (reply.data?.errors[field] ?? []).map(translateRef)

// Returns the questionnaire as the model reads it; fails the test when it is gone.
async function read(questionnaireId: string) {
  const questionnaire = await getQuestionnaire({ questionnaireId })
  if (!questionnaire) throw new Error(`questionnaire ${questionnaireId} is missing`)
  return questionnaire
}

const codesOf = async (questionnaireId: string, dimensionCode: string) =>
  (await read(questionnaireId)).dimensions
    .find((dimension) => dimension.code === dimensionCode)
    ?.items.map((item) => item.code)

const itemOf = async (questionnaireId: string, code: string) => {
  const item = (await read(questionnaireId)).dimensions
    .flatMap((dimension) => dimension.items)
    .find((candidate) => candidate.code === code)
  if (!item) throw new Error(`item ${code} is missing`)
  return item
}

const dimensionOf = async (questionnaireId: string, code: string) => {
  const dimension = (await read(questionnaireId)).dimensions.find((candidate) => candidate.code === code)
  if (!dimension) throw new Error(`dimension ${code} is missing`)
  return dimension
}

// Copies the default questionnaire as a new questionnaire of its own, for a test to change.
async function freshCopy(actorId: string, name = `Vragenlijst ${randomUUID().slice(0, 8)}`) {
  const defaultId = await ensureDefaultQuestionnaire(prisma)
  const result = await copyQuestionnaire({ questionnaireId: defaultId, asNewVersion: false, name, actorId })
  if (!result.ok) throw new Error(`the copy was refused: ${JSON.stringify(result)}`)
  return result.questionnaireId
}

// Freezes a questionnaire the way answering does: a scan that uses it gets a response.
async function answer(questionnaireId: string, createdById: string) {
  const municipality = await createTestMunicipality()
  const scan = await prisma.quickScan.create({
    data: {
      title: `Quickscan ${municipality.name}`,
      municipalityId: municipality.id,
      questionnaireId,
      opensOn: new Date('2026-03-02T00:00:00Z'),
      closesOn: new Date('2026-03-30T00:00:00Z'),
      status: 'OPEN',
      createdById,
    },
  })
  await prisma.quickScanResponse.create({
    data: {
      id: randomUUID(),
      scanId: scan.id,
      group: 'COUNCIL',
      submittedOn: new Date('2026-03-10T00:00:00Z'),
    },
  })
  return scan.id
}

describe('the default questionnaire', () => {
  it('is seeded with 25 Likert items in 6 dimensions, the ladder with 5 steps and 6 open questions', async () => {
    const questionnaireId = await ensureDefaultQuestionnaire(prisma)
    const questionnaire = await read(questionnaireId)
    expect(questionnaire).toMatchObject({
      familyId: DEFAULT_QUESTIONNAIRE.familyId,
      versionNumber: 1,
      name: 'Quickscan cliëntenparticipatie Werk en Inkomen',
      frozen: false,
    })
    expect(questionnaire.dimensions.map((dimension) => `${dimension.position}${dimension.code}`)).toEqual([
      '1A',
      '2B',
      '3C',
      '4D',
      '5E',
      '6F',
    ])
    const items = questionnaire.dimensions.flatMap((dimension) => dimension.items)
    expect(items.filter((item) => item.kind === 'LIKERT')).toHaveLength(25)
    expect(items.filter((item) => item.kind === 'OPEN').map((item) => item.code)).toEqual([
      'A-open',
      'B-open',
      'C-open',
      'D-open',
      'E-open',
      'F-open',
    ])
    const ladders = items.filter((item) => item.kind === 'LADDER')
    expect(ladders.map((item) => [item.code, item.choices])).toEqual([
      ['E5', ['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen']],
    ])
    expect(await codesOf(questionnaireId, 'E')).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E-open'])
    expect(questionnaire.dimensions.flatMap((d) => d.items.map((item) => item.position))).toEqual(
      questionnaire.dimensions.flatMap((d) => d.items.map((_, index) => index + 1)),
    )
  })

  it('is seeded once: a second run finds it and changes nothing', async () => {
    const first = await ensureDefaultQuestionnaire(prisma)
    const counts = async () => [
      await prisma.questionnaire.count(),
      await prisma.questionnaireDimension.count(),
      await prisma.questionnaireItem.count(),
    ]
    const before = await counts()
    expect(await ensureDefaultQuestionnaire(prisma)).toBe(first)
    expect(await counts()).toEqual(before)
  })

  it('is there for an installation without demo data as soon as the questionnaires are listed', async () => {
    await prisma.questionnaire.deleteMany({ where: { familyId: DEFAULT_QUESTIONNAIRE.familyId } })
    const options = await listQuestionnairesForScan()
    const option = options.find((candidate) => candidate.name === DEFAULT_QUESTIONNAIRE.name)
    expect(option?.label).toBe('Quickscan cliëntenparticipatie Werk en Inkomen (versie 1)')
    expect(await prisma.questionnaire.count({ where: { familyId: DEFAULT_QUESTIONNAIRE.familyId } })).toBe(1)
  })
})

describe('the list of questionnaires', () => {
  it('shows a lezer every version with its items, use and whether it is frozen, without the actions', async () => {
    const { user: coordinator } = await signedIn('coordinator')
    const defaultId = await ensureDefaultQuestionnaire(prisma)
    const copy = await copyQuestionnaire({
      questionnaireId: defaultId,
      asNewVersion: true,
      name: DEFAULT_QUESTIONNAIRE.name,
      actorId: coordinator.id,
    })
    if (!copy.ok) throw new Error('copy refused')
    await answer(defaultId, coordinator.id)

    const { cookie } = await signedIn('lezer')
    const list = await outcome<Awaited<ReturnType<typeof listLoader>>>(() =>
      listLoader({
        request: makeRequest('/quickscans/vragenlijsten', { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(list.status).toBe(200)
    expect(list.data?.canEdit).toBe(false)
    const family = list.data?.families.find(
      (candidate) => candidate.familyId === DEFAULT_QUESTIONNAIRE.familyId,
    )
    expect(family?.isDefault).toBe(true)
    expect(
      family?.versions.map((version) => ({
        number: version.versionNumber,
        items: version.itemCount,
        scans: version.scanCount,
        responses: version.responseCount,
        frozen: version.frozen,
      })),
    ).toEqual([
      { number: 1, items: 32, scans: 1, responses: 1, frozen: true },
      { number: 2, items: 32, scans: 0, responses: 0, frozen: false },
    ])

    const options = await listQuestionnairesForScan()
    expect(
      options.filter((option) => option.familyId === DEFAULT_QUESTIONNAIRE.familyId).map((o) => o.label),
    ).toEqual([
      'Quickscan cliëntenparticipatie Werk en Inkomen (versie 2)',
      'Quickscan cliëntenparticipatie Werk en Inkomen (versie 1)',
    ])
  })
})

describe('copying a questionnaire', () => {
  it('makes the next version of the family with every dimension and item code, based on the original', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const sourceId = await freshCopy(user.id, 'Quickscan Súdwest-Fryslân')
    const first = await act(sourceId, cookie, {
      intent: 'copy',
      mode: 'version',
      name: 'Quickscan Súdwest-Fryslân 2027',
    })
    expect(first.status).toBe(302)
    const copyId = first.location?.split('/').at(-1) ?? ''
    expect(first.location).toBe(`/quickscans/vragenlijsten/${copyId}`)
    const second = await act(sourceId, cookie, { intent: 'copy', mode: 'version', name: 'Nog een versie' })
    const secondId = second.location?.split('/').at(-1) ?? ''

    const source = await read(sourceId)
    const copy = await read(copyId)
    expect(copy).toMatchObject({
      familyId: source.familyId,
      versionNumber: 2,
      name: 'Quickscan Súdwest-Fryslân 2027',
      basedOn: { id: sourceId },
    })
    expect((await read(secondId)).versionNumber).toBe(3)
    const structure = (questionnaire: typeof source) =>
      questionnaire.dimensions.map((dimension) => ({
        code: dimension.code,
        name: dimension.name,
        items: dimension.items.map((item) => [item.code, item.kind, item.text, item.choices]),
      }))
    expect(structure(copy)).toEqual(structure(source))
    expect(copy.dimensions[0]?.id).not.toBe(source.dimensions[0]?.id)
    expect(copy.family.map((version) => version.versionNumber)).toEqual([1, 2, 3])
  })

  it('makes a questionnaire of its own: a new family at version 1', async () => {
    const { user, cookie } = await signedIn('beheerder')
    const sourceId = await freshCopy(user.id)
    const reply = await act(sourceId, cookie, { intent: 'copy', mode: 'new', name: 'Quickscan Wmo-raad' })
    const copyId = reply.location?.split('/').at(-1) ?? ''
    const copy = await read(copyId)
    expect(copy).toMatchObject({
      familyId: copyId,
      versionNumber: 1,
      name: 'Quickscan Wmo-raad',
      basedOn: { id: sourceId },
    })
    expect(copy.itemCount).toBe(32)
  })

  it('asks for a name and a kind of copy, keeping the input', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const sourceId = await freshCopy(user.id)
    const reply = await act(sourceId, cookie, { intent: 'copy', mode: 'iets', name: '  ' })
    expect(reply.status).toBe(400)
    expect(messages(reply, 'name')).toEqual(['Vul dit veld in.'])
    expect(messages(reply, 'mode')).toEqual(['Kies wat voor kopie u maakt.'])
    expect(reply.data?.values.mode).toBe('iets')
  })
})

describe('changing a questionnaire that nobody answered', () => {
  it('adds an item with the next code before the open question, and refuses a code that is taken', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const questionnaireId = await freshCopy(user.id)
    const c = await dimensionOf(questionnaireId, 'C')
    const { questionnaire } = (await page(questionnaireId, cookie)).data as Detail
    expect((await page(questionnaireId, cookie)).data?.suggestions.items[c.id]?.LIKERT).toBe('C6')

    const added = await act(questionnaireId, cookie, {
      intent: 'add-item',
      version: String(questionnaire.version),
      dimensionId: c.id,
      kind: 'LIKERT',
      code: '',
      text: 'De raad evalueert zijn werkwijze elk jaar.',
    })
    expect(added.status).toBe(302)
    expect(await codesOf(questionnaireId, 'C')).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C-open'])

    const taken = await act(questionnaireId, cookie, {
      intent: 'add-item',
      version: String(questionnaire.version + 1),
      dimensionId: c.id,
      kind: 'OPEN',
      code: 'c6',
      text: 'Wat wilt u nog kwijt?',
    })
    expect(taken.status).toBe(400)
    expect(messages(taken, 'code')).toEqual([
      'Deze code bestaat al in deze vragenlijst. Kies een andere of laat het veld leeg.',
    ])
    expect(taken.data).toMatchObject({
      intent: 'add-item',
      target: c.id,
      values: { text: 'Wat wilt u nog kwijt?' },
    })
  })

  it('adds a ladder only with steps, and a statement only without', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const questionnaireId = await freshCopy(user.id)
    const d = await dimensionOf(questionnaireId, 'D')
    const { version } = await read(questionnaireId)
    const base = { intent: 'add-item', version: String(version), dimensionId: d.id, code: '' }

    const noSteps = await act(questionnaireId, cookie, {
      ...base,
      kind: 'LADDER',
      text: 'Hoe ver gaat de inspraak?',
    })
    expect(noSteps.status).toBe(400)
    expect(messages(noSteps, 'choices')).toEqual(['Een ladder heeft minstens 2 treden, één per regel.'])

    const stepsOnStatement = await act(questionnaireId, cookie, {
      ...base,
      kind: 'LIKERT',
      text: 'De raad is tevreden.',
      choices: 'laag\nhoog',
    })
    expect(stepsOnStatement.status).toBe(400)
    expect(messages(stepsOnStatement, 'choices')[0]).toMatch(/^Alleen de participatieladder heeft treden/)

    const tooLong = await act(questionnaireId, cookie, { ...base, kind: 'LIKERT', text: 'x'.repeat(401) })
    expect(tooLong.status).toBe(400)
    expect(messages(tooLong, 'text')).toEqual(['Gebruik hoogstens 400 tekens.'])
    expect(tooLong.data?.values.text).toHaveLength(401)

    const ladder = await act(questionnaireId, cookie, {
      ...base,
      kind: 'LADDER',
      text: 'Hoe ver gaat de inspraak bij de uitvoering?',
      choices: 'informeren\r\nraadplegen\r\n\r\nmeebeslissen',
    })
    expect(ladder.status).toBe(302)
    expect(await itemOf(questionnaireId, 'D5')).toMatchObject({
      kind: 'LADDER',
      choices: ['informeren', 'raadplegen', 'meebeslissen'],
    })
    expect(await codesOf(questionnaireId, 'D')).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D-open'])
  })

  it('rewords, moves and removes items, keeping their codes, with an audit event for each change', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const questionnaireId = await freshCopy(user.id)
    let { version } = await read(questionnaireId)
    const next = () => String(version++)
    const c2 = await itemOf(questionnaireId, 'C2')

    const reworded = await act(questionnaireId, cookie, {
      intent: 'update-item',
      version: next(),
      itemId: c2.id,
      text: 'De raad heeft genoeg tijd om een advies voor te bereiden.',
    })
    expect(reworded.status).toBe(302)
    expect(await itemOf(questionnaireId, 'C2')).toMatchObject({
      id: c2.id,
      text: 'De raad heeft genoeg tijd om een advies voor te bereiden.',
    })

    const ladder = await itemOf(questionnaireId, 'E5')
    expect(
      (
        await act(questionnaireId, cookie, {
          intent: 'update-item',
          version: next(),
          itemId: ladder.id,
          text: ladder.text,
          choices: 'informeren\nraadplegen\nadviseren\ncoproduceren\nmeebeslissen\nzelf beslissen',
        })
      ).status,
    ).toBe(302)
    expect((await itemOf(questionnaireId, 'E5')).choices).toHaveLength(6)

    expect(
      (
        await act(questionnaireId, cookie, {
          intent: 'move-item',
          version: next(),
          itemId: c2.id,
          direction: 'up',
        })
      ).status,
    ).toBe(302)
    expect(await codesOf(questionnaireId, 'C')).toEqual(['C2', 'C1', 'C3', 'C4', 'C5', 'C-open'])
    const top = await act(questionnaireId, cookie, {
      intent: 'move-item',
      version: String(version),
      itemId: c2.id,
      direction: 'up',
    })
    expect(top.status).toBe(400)
    expect(messages(top, 'form')).toEqual(['Deze vraag staat al bovenaan.'])
    expect((await read(questionnaireId)).version).toBe(version)

    expect(
      (
        await act(questionnaireId, cookie, {
          intent: 'move-item',
          version: next(),
          itemId: c2.id,
          direction: 'down',
        })
      ).status,
    ).toBe(302)
    expect(await codesOf(questionnaireId, 'C')).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C-open'])

    const c3 = await itemOf(questionnaireId, 'C3')
    expect(
      (await act(questionnaireId, cookie, { intent: 'remove-item', version: next(), itemId: c3.id })).status,
    ).toBe(302)
    expect(await codesOf(questionnaireId, 'C')).toEqual(['C1', 'C2', 'C4', 'C5', 'C-open'])
    expect((await dimensionOf(questionnaireId, 'C')).items.map((item) => item.position)).toEqual([
      1, 2, 3, 4, 5,
    ])

    const events = await prisma.auditEvent.findMany({
      where: { entityType: 'Questionnaire', entityId: questionnaireId },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      select: { action: true, actorId: true },
    })
    expect(events.map((event) => event.action)).toEqual([
      'questionnaire.copy',
      'questionnaire.updateItem',
      'questionnaire.updateItem',
      'questionnaire.moveItem',
      'questionnaire.moveItem',
      'questionnaire.removeItem',
    ])
    expect(new Set(events.map((event) => event.actorId))).toEqual(new Set([user.id]))
  })

  it('adds, renames, moves and removes dimensions, and saves the name and description', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const questionnaireId = await freshCopy(user.id)
    let { version } = await read(questionnaireId)
    const next = () => String(version++)

    expect(
      (
        await act(questionnaireId, cookie, {
          intent: 'add-dimension',
          version: next(),
          code: '',
          name: 'Jongeren',
        })
      ).status,
    ).toBe(302)
    const g = await dimensionOf(questionnaireId, 'G')
    expect(g).toMatchObject({ name: 'Jongeren', position: 7 })

    const taken = await act(questionnaireId, cookie, {
      intent: 'add-dimension',
      version: String(version),
      code: 'a',
      name: 'Dubbel',
    })
    expect(messages(taken, 'code')).toEqual([
      'Er is al een onderdeel met deze code. Kies een andere of laat het veld leeg.',
    ])

    expect(
      (
        await act(questionnaireId, cookie, {
          intent: 'rename-dimension',
          version: next(),
          dimensionId: g.id,
          name: 'Jongeren en werk',
        })
      ).status,
    ).toBe(302)
    expect(
      (
        await act(questionnaireId, cookie, {
          intent: 'move-dimension',
          version: next(),
          dimensionId: g.id,
          direction: 'up',
        })
      ).status,
    ).toBe(302)
    expect((await read(questionnaireId)).dimensions.map((dimension) => dimension.code).join('')).toBe(
      'ABCDEGF',
    )

    const a = await dimensionOf(questionnaireId, 'A')
    const notEmpty = await act(questionnaireId, cookie, {
      intent: 'remove-dimension',
      version: String(version),
      dimensionId: a.id,
    })
    expect(messages(notEmpty, 'form')[0]).toMatch(/^Dit onderdeel heeft nog vragen/)
    expect(
      (await act(questionnaireId, cookie, { intent: 'remove-dimension', version: next(), dimensionId: g.id }))
        .status,
    ).toBe(302)
    expect((await read(questionnaireId)).dimensions.map((d) => `${d.position}${d.code}`).join(' ')).toBe(
      '1A 2B 3C 4D 5E 6F',
    )

    expect(
      (
        await act(questionnaireId, cookie, {
          intent: 'update',
          version: next(),
          name: 'Quickscan Leeuwarden',
          description: 'Met een extra vraag over de uitvoering.',
        })
      ).status,
    ).toBe(302)
    expect(await read(questionnaireId)).toMatchObject({
      name: 'Quickscan Leeuwarden',
      description: 'Met een extra vraag over de uitvoering.',
      version,
    })
  })

  it('answers an unknown questionnaire, item or intent with 404, 400 — never an error', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const questionnaireId = await freshCopy(user.id)
    const { version } = await read(questionnaireId)
    expect((await page('bestaat-niet', cookie)).status).toBe(404)
    expect((await act('bestaat-niet', cookie, { intent: 'update', version: '1', name: 'X' })).status).toBe(
      404,
    )
    expect((await act('bestaat-niet', cookie, { intent: 'copy', mode: 'new', name: 'X' })).status).toBe(404)
    const gone = await act(questionnaireId, cookie, {
      intent: 'remove-item',
      version: String(version),
      itemId: 'bestaat-niet',
    })
    expect(gone.status).toBe(400)
    expect(messages(gone, 'form')).toEqual(['Deze vraag bestaat niet meer.'])
    expect((await act(questionnaireId, cookie, { intent: 'iets-anders' })).status).toBe(400)
    expect((await act(questionnaireId, cookie, { intent: 'update', version: 'oud', name: 'X' })).status).toBe(
      400,
    )
    expect((await read(questionnaireId)).version).toBe(version)
  })
})

describe('two people changing one questionnaire', () => {
  it('refuses the stale change with 409, names what the other changed, and keeps the input', async () => {
    const { user: corrie, cookie: corrieCookie } = await signedIn('coordinator')
    const { cookie: beaCookie } = await signedIn('beheerder')
    const questionnaireId = await freshCopy(corrie.id)
    const opened = (await page(questionnaireId, corrieCookie)).data as Detail
    const version = String(opened.questionnaire.version)
    const b2 = await itemOf(questionnaireId, 'B2')
    const b3 = await itemOf(questionnaireId, 'B3')

    expect(
      (
        await act(questionnaireId, beaCookie, {
          intent: 'update-item',
          version,
          itemId: b2.id,
          text: 'Er zijn genoeg ervaringsdeskundigen in de raad.',
        })
      ).status,
    ).toBe(302)
    const stale = await act(questionnaireId, corrieCookie, {
      intent: 'update-item',
      version,
      itemId: b3.id,
      text: 'De raad spreekt vaak met de achterban.',
    })
    expect(stale.status).toBe(409)
    expect(stale.data?.changes?.map((change) => change.summary)).toEqual([
      'Vraag B2 anders geformuleerd: "Er zijn genoeg ervaringsdeskundigen in de raad."',
    ])
    expect(stale.data?.values.text).toBe('De raad spreekt vaak met de achterban.')
    expect((await itemOf(questionnaireId, 'B3')).text).toBe(b3.text)

    // Saved again on the version the page now shows, the change goes through.
    const again = await act(questionnaireId, corrieCookie, {
      intent: 'update-item',
      version: String(Number(version) + 1),
      itemId: b3.id,
      text: 'De raad spreekt vaak met de achterban.',
    })
    expect(again.status).toBe(302)
  })
})

describe('a questionnaire that has been answered', () => {
  it('is frozen: the model refuses every kind of change, and changes nothing', async () => {
    const { user } = await signedIn('coordinator')
    const questionnaireId = await freshCopy(user.id)
    expect(await isQuestionnaireFrozen({ questionnaireId })).toBe(false)
    await answer(questionnaireId, user.id)
    expect(await isQuestionnaireFrozen({ questionnaireId })).toBe(true)

    const before = await read(questionnaireId)
    const c = await dimensionOf(questionnaireId, 'C')
    const c1 = await itemOf(questionnaireId, 'C1')
    const change = { questionnaireId, version: before.version, actorId: user.id }
    const results = [
      await updateQuestionnaire({ ...change, name: 'Anders', description: null }),
      await addItem({ ...change, dimensionId: c.id, kind: 'LIKERT', code: null, text: 'Nieuw' }),
      await updateItem({ ...change, itemId: c1.id, text: 'Anders' }),
      await moveItem({ ...change, itemId: c1.id, direction: 'down' }),
      await removeItem({ ...change, itemId: c1.id }),
      await addDimension({ ...change, code: null, name: 'Nieuw' }),
      await renameDimension({ ...change, dimensionId: c.id, name: 'Anders' }),
      await moveDimension({ ...change, dimensionId: c.id, direction: 'up' }),
      await removeDimension({ ...change, dimensionId: c.id }),
    ]
    expect(results).toEqual(Array.from({ length: 9 }, () => ({ ok: false, reason: 'frozen' })))
    const { updatedAt: _before, ...beforeRest } = before
    const { updatedAt: _after, ...afterRest } = await read(questionnaireId)
    expect(afterRest).toEqual(beforeRest)
  })

  it('refuses a change through the page with the Dutch message, shows no forms, and still lets it be copied', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const questionnaireId = await freshCopy(user.id)
    const { version } = await read(questionnaireId)
    const c1 = await itemOf(questionnaireId, 'C1')
    await answer(questionnaireId, user.id)

    const refused = await act(questionnaireId, cookie, {
      intent: 'update-item',
      version: String(version),
      itemId: c1.id,
      text: 'Anders',
    })
    expect(refused.status).toBe(409)
    expect(messages(refused, 'form')).toEqual([FROZEN_MESSAGE])
    expect((await itemOf(questionnaireId, 'C1')).text).toBe(c1.text)

    const shown = (await page(questionnaireId, cookie)).data as Detail
    expect(shown.questionnaire.frozen).toBe(true)
    expect(shown.editable).toBe(false)
    expect(shown.canEdit).toBe(true)

    const copy = await act(questionnaireId, cookie, { intent: 'copy', mode: 'version', name: 'Tweede ronde' })
    expect(copy.status).toBe(302)
    const copyId = copy.location?.split('/').at(-1) ?? ''
    expect(await isQuestionnaireFrozen({ questionnaireId: copyId })).toBe(false)
    expect((await itemOf(copyId, 'C1')).text).toBe(c1.text)
  })
})

describe('who may do what', () => {
  it('lets a lezer read a questionnaire without the forms', async () => {
    const { user } = await signedIn('coordinator')
    const questionnaireId = await freshCopy(user.id)
    const { cookie } = await signedIn('lezer')
    const shown = await page(questionnaireId, cookie)
    expect(shown.status).toBe(200)
    expect(shown.data).toMatchObject({ canEdit: false, editable: false })
    expect(shown.data?.questionnaire.itemCount).toBe(32)
  })

  it('refuses every change by an opbouwwerker or a lezer with 403', async () => {
    const { user } = await signedIn('coordinator')
    const questionnaireId = await freshCopy(user.id)
    const { version } = await read(questionnaireId)
    const c1 = await itemOf(questionnaireId, 'C1')
    for (const role of ['opbouwwerker', 'lezer'] as const) {
      const { cookie } = await signedIn(role)
      const opened = await page(questionnaireId, cookie)
      expect(opened.data?.canEdit).toBe(false)
      const changes: FormFields[] = [
        { intent: 'update-item', version: String(version), itemId: c1.id, text: 'Anders' },
        { intent: 'copy', mode: 'new', name: 'Eigen lijst' },
      ]
      for (const fields of changes) {
        expect((await act(questionnaireId, cookie, fields)).status, `${fields.intent} as ${role}`).toBe(403)
      }
    }
    expect((await read(questionnaireId)).version).toBe(version)
  })
})

describe('the questionnaires in order', () => {
  it('lists the default first, then the others by name', async () => {
    const { user } = await signedIn('coordinator')
    await freshCopy(user.id, 'Aaa eerste naam')
    const families = await listQuestionnaires()
    expect(families[0]?.isDefault).toBe(true)
    const names = families.slice(1).map((family) => family.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')))
  })
})
