import { describe, expect, it } from 'vitest'
import {
  addFollowUp,
  countOpenFollowUps,
  listMyFollowUps,
  setFollowUpDone,
} from '~/models/follow-up/follow-up.server.ts'
import { loader as dashboardLoader } from '~/routes/_index.tsx'
import { action as actionsAction, loader as actionsLoader } from '~/routes/acties.tsx'
import { action as detailAction } from '~/routes/activiteiten.$activityId.tsx'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import {
  createTestOrganisation,
  createTestUser,
  makeRequest,
  outcome,
  signedIn,
  testContext,
} from '../factories.ts'

type Reply = { errors: Record<string, string[]>; values: Record<string, string> }

// Creates an activity authored by `authorId`.
function createTestActivity(authorId: string, summary = 'Overleg met de raad') {
  return prisma.activity.create({
    data: {
      kind: 'CONTACT',
      subtype: 'overleg',
      occurredAt: new Date('2026-10-01T10:00:00Z'),
      summary,
      authorId,
    },
  })
}

const day = (text: string) => new Date(`${text}T00:00:00Z`)

describe('my follow-ups', () => {
  it('lists overdue ones first, then by due date, those without a date last', async () => {
    const worker = await createTestUser({ role: 'opbouwwerker' })
    const activity = await createTestActivity(worker.id)
    const add = (description: string, dueDate: Date | null) =>
      addFollowUp({
        activityId: activity.id,
        description,
        dueDate,
        assigneeId: worker.id,
        actorId: worker.id,
      })
    await add('Zonder datum', null)
    await add('Volgende week', day('2026-12-03'))
    await add('Vandaag', day('2026-11-26'))
    await add('Vorige maand', day('2026-10-20'))
    await add('Gisteren', day('2026-11-25'))
    // 00:30 in Amsterdam on 26 November is still the 25th in UTC.
    const today = new Date('2026-11-25T23:30:00Z')
    const list = await listMyFollowUps({ userId: worker.id, today })
    expect(list.map((followUp) => [followUp.description, followUp.overdue])).toEqual([
      ['Vorige maand', true],
      ['Gisteren', true],
      ['Vandaag', false],
      ['Volgende week', false],
      ['Zonder datum', false],
    ])
    expect(list[0]).toMatchObject({
      href: `/activiteiten/${activity.id}`,
      activity: { summary: 'Overleg met de raad', kind: 'CONTACT' },
    })
    expect(await countOpenFollowUps({ userId: worker.id })).toBe(5)
  })

  it('refuses a deactivated assignee and a viewer as assignee', async () => {
    const worker = await createTestUser({ role: 'opbouwwerker' })
    const gone = await createTestUser({ role: 'opbouwwerker', active: false })
    const viewer = await createTestUser({ role: 'lezer' })
    const activity = await createTestActivity(worker.id)
    for (const assignee of [gone, viewer]) {
      const result = await addFollowUp({
        activityId: activity.id,
        description: 'Terugbellen',
        dueDate: null,
        assigneeId: assignee.id,
        actorId: worker.id,
      })
      expect(result).toEqual({
        ok: false,
        reason: 'invalid',
        refusals: [{ field: 'assigneeId', message: 'followUp.assigneeNotAvailable' }],
      })
    }
    expect(await prisma.followUp.count({ where: { activityId: activity.id } })).toBe(0)
  })

  it('refuses a follow-up that belongs to nothing, or to something that does not exist', async () => {
    const worker = await createTestUser({ role: 'opbouwwerker' })
    const base = { description: 'Iets', dueDate: null, assigneeId: worker.id, actorId: worker.id }
    expect(await addFollowUp(base)).toEqual({ ok: false, reason: 'notFound' })
    expect(await addFollowUp({ ...base, activityId: 'bestaat-niet' })).toEqual({
      ok: false,
      reason: 'notFound',
    })
  })

  it('works the same for a signal, linking to the signal page', async () => {
    const worker = await createTestUser({ role: 'opbouwwerker' })
    const point = await createTestOrganisation({ type: 'SUPPORT_POINT' })
    const signal = await prisma.signal.create({
      data: {
        sourceId: point.id,
        receivedOn: day('2026-11-01'),
        title: 'Lange wachttijd bijzondere bijstand',
        description: 'Aanvragen blijven weken liggen.',
        createdById: worker.id,
      },
    })
    const added = await addFollowUp({
      signalId: signal.id,
      description: 'Terugkoppelen aan spreekuurpunt',
      dueDate: day('2026-12-15'),
      assigneeId: worker.id,
      actorId: worker.id,
    })
    expect(added.ok).toBe(true)
    const [item] = await listMyFollowUps({ userId: worker.id })
    expect(item).toMatchObject({
      href: `/signalen/${signal.id}`,
      signal: { title: signal.title },
      activity: null,
    })
    if (!added.ok) return
    expect(await setFollowUpDone({ followUpId: added.followUpId, done: true, actorId: worker.id })).toEqual({
      ok: true,
      activityId: null,
      signalId: signal.id,
    })
  })
})

describe('the "Mijn acties" page', () => {
  it('marks a follow-up done, which removes it from the open list and the dashboard count', async () => {
    const { cookie, user } = await signedIn('opbouwwerker')
    const activity = await createTestActivity(user.id)
    const added = await addFollowUp({
      activityId: activity.id,
      description: 'Verslag rondsturen',
      dueDate: day('2026-01-05'),
      assigneeId: user.id,
      actorId: user.id,
    })
    if (!added.ok) throw new Error('follow-up not added')
    const page = () =>
      outcome<{ followUps: { id: string; overdue: boolean; done: boolean }[] }>(() =>
        actionsLoader({ request: makeRequest('/acties', { cookie }), params: {}, context: testContext() }),
      )
    const dashboard = () =>
      outcome<{ openFollowUps: number }>(() =>
        dashboardLoader({ request: makeRequest('/', { cookie }), params: {}, context: testContext() }),
      )
    expect((await page()).data?.followUps).toEqual([
      expect.objectContaining({ id: added.followUpId, overdue: true }),
    ])
    expect((await dashboard()).data?.openFollowUps).toBe(1)

    const result = await outcome(() =>
      actionsAction({
        request: makeRequest('/acties', { cookie, form: { intent: 'done', followUpId: added.followUpId } }),
        params: {},
        context: testContext(),
      }),
    )
    expect(result.status).toBe(302)
    expect(result.location).toBe('/acties')
    expect((await page()).data?.followUps).toEqual([])
    expect((await dashboard()).data?.openFollowUps).toBe(0)
    expect(await countOpenFollowUps({ userId: user.id })).toBe(0)
    const stored = await prisma.followUp.findUniqueOrThrow({ where: { id: added.followUpId } })
    expect(stored.done).toBe(true)
    expect(stored.doneAt).toBeInstanceOf(Date)

    const withDone = await outcome<{ followUps: { id: string; done: boolean }[] }>(() =>
      actionsLoader({
        request: makeRequest('/acties?afgerond=ja', { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(withDone.data?.followUps).toEqual([expect.objectContaining({ id: added.followUpId, done: true })])
  })

  it('shows a viewer their own list but lets them change nothing', async () => {
    const { cookie, user } = await signedIn('lezer')
    const worker = await createTestUser({ role: 'opbouwwerker' })
    const activity = await createTestActivity(worker.id)
    const followUp = await prisma.followUp.create({
      data: {
        description: 'Van vroeger',
        assigneeId: user.id,
        activityId: activity.id,
        createdById: worker.id,
      },
    })
    const page = await outcome<{ followUps: unknown[]; canEdit: boolean }>(() =>
      actionsLoader({ request: makeRequest('/acties', { cookie }), params: {}, context: testContext() }),
    )
    expect(page.data?.followUps).toHaveLength(1)
    expect(page.data?.canEdit).toBe(false)
    const result = await outcome(() =>
      actionsAction({
        request: makeRequest('/acties', { cookie, form: { intent: 'done', followUpId: followUp.id } }),
        params: {},
        context: testContext(),
      }),
    )
    expect(result.status).toBe(403)
  })

  it("does not change someone else's follow-up from this page", async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const colleague = await createTestUser({ role: 'opbouwwerker' })
    const activity = await createTestActivity(colleague.id)
    const followUp = await prisma.followUp.create({
      data: {
        description: 'Van een collega',
        assigneeId: colleague.id,
        activityId: activity.id,
        createdById: colleague.id,
      },
    })
    const result = await outcome(() =>
      actionsAction({
        request: makeRequest('/acties', { cookie, form: { intent: 'done', followUpId: followUp.id } }),
        params: {},
        context: testContext(),
      }),
    )
    expect(result.status).toBe(404)
    expect((await prisma.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).done).toBe(false)
  })
})

describe('follow-ups on the activity page', () => {
  it('adds one for a colleague, refuses a deactivated one with a Dutch message, and ticks it off', async () => {
    const { cookie, user } = await signedIn('opbouwwerker')
    const colleague = await createTestUser({ role: 'coordinator' })
    const gone = await createTestUser({ role: 'opbouwwerker', active: false })
    const activity = await createTestActivity(user.id)
    const post = (form: Record<string, string>) =>
      outcome<Reply>(() =>
        detailAction({
          request: makeRequest(`/activiteiten/${activity.id}`, { cookie, form }),
          params: { activityId: activity.id },
          context: testContext(),
        }),
      )
    const refused = await post({
      intent: 'add-follow-up',
      description: 'Uitnodiging sturen',
      dueDate: '2026-12-01',
      assigneeId: gone.id,
    })
    expect(refused.status).toBe(400)
    expect(refused.data?.errors.assigneeId?.map(translateRef)).toEqual([
      'Kies een actieve opbouwwerker, coördinator of beheerder.',
    ])
    expect(refused.data?.values.description).toBe('Uitnodiging sturen')

    const added = await post({
      intent: 'add-follow-up',
      description: 'Uitnodiging sturen',
      dueDate: '2026-12-01',
      assigneeId: colleague.id,
    })
    expect(added.status).toBe(302)
    expect(await countOpenFollowUps({ userId: colleague.id })).toBe(1)
    const followUp = await prisma.followUp.findFirstOrThrow({ where: { activityId: activity.id } })
    expect((await post({ intent: 'follow-up-done', followUpId: followUp.id })).status).toBe(302)
    expect(await countOpenFollowUps({ userId: colleague.id })).toBe(0)
    expect((await post({ intent: 'follow-up-open', followUpId: followUp.id })).status).toBe(302)
    expect(await countOpenFollowUps({ userId: colleague.id })).toBe(1)
    expect(
      await prisma.auditEvent.count({
        where: { entityType: 'FollowUp', entityId: followUp.id, actorId: user.id },
      }),
    ).toBe(2)
  })
})
