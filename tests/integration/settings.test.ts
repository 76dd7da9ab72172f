import { afterEach, describe, expect, it } from 'vitest'
import { loader as dashboardLoader } from '~/routes/_index.tsx'
import { action, loader } from '~/routes/beheer.instellingen.tsx'
import { loader as wiMonitorLoader } from '~/routes/rapportages.wi-monitor.tsx'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import { makeRequest, outcome, signedIn, testContext } from '../factories.ts'

const PATH = '/beheer/instellingen'

type Item = {
  key: string
  value: string | number
  source: 'stored' | 'env' | 'default'
  storedBy: string | null
  ignoredEnv: string | null
  afterReset: { value: string | number; source: 'env' | 'default' }
}
type PageData = { items: Item[]; base: string }
type Reply = {
  errors: Record<string, string[]>
  values: Record<string, string>
  conflict?: { changes: { label: string; before: string; after: string }[]; base: string }
}

// Opens the settings page as the user with `cookie`.
function openPage(cookie: string) {
  return outcome<PageData>(() =>
    loader({ request: makeRequest(PATH, { cookie }), params: {}, context: testContext() }),
  )
}

// Returns the page's data; fails the test when the page does not open.
async function page(cookie: string) {
  const opened = await openPage(cookie)
  expect(opened.status).toBe(200)
  if (!opened.data) throw new Error('no page data')
  return opened.data
}

// Returns the form as the page fills it in: every value in force, and the snapshot.
function filledIn(data: PageData): Record<string, string> {
  return { base: data.base, ...Object.fromEntries(data.items.map((item) => [item.key, String(item.value)])) }
}

function submit(cookie: string, form: Record<string, string>) {
  return outcome<Reply>(() =>
    action({ request: makeRequest(PATH, { cookie, form }), params: {}, context: testContext() }),
  )
}

const save = (cookie: string, form: Record<string, string>) => submit(cookie, { ...form, intent: 'save' })

const item = (data: PageData, key: string) => data.items.find((candidate) => candidate.key === key)

// Returns the Dutch messages of a refused save, per field.
const messages = (reply: Reply | undefined) =>
  Object.fromEntries(
    Object.entries(reply?.errors ?? {}).map(([field, [first = '']]) => [field, translateRef(first)]),
  )

afterEach(async () => {
  delete process.env.SIGNAL_FEEDBACK_WEEKS
  delete process.env.MEETING_DEFAULT_LOCATION
  await prisma.setting.deleteMany()
  await prisma.auditEvent.deleteMany({ where: { entityType: 'Setting' } })
})

describe('the settings page', () => {
  it('shows every setting with the value in force and where it comes from', async () => {
    const { cookie } = await signedIn('beheerder')
    process.env.SIGNAL_FEEDBACK_WEEKS = '9'
    process.env.MEETING_DEFAULT_LOCATION = ''
    const data = await page(cookie)
    expect(data.items.map((entry) => entry.key)).toEqual([
      'noContactMonths',
      'adviceResponseWeeks',
      'signalFeedbackWeeks',
      'wiThresholdPercent',
      'meetingDefaultLocation',
      'summerHolidayRegion',
      'missedMeetingsThreshold',
      'documentMaxUploadMb',
      'quickScanMinGroupSize',
    ])
    expect(item(data, 'documentMaxUploadMb')).toMatchObject({ value: 20, source: 'default' })
    expect(item(data, 'quickScanMinGroupSize')).toMatchObject({ value: 5, source: 'default' })
    expect(item(data, 'noContactMonths')).toMatchObject({ value: 3, source: 'default' })
    expect(item(data, 'signalFeedbackWeeks')).toMatchObject({ value: 9, source: 'env' })
    expect(item(data, 'meetingDefaultLocation')).toMatchObject({ value: 'Leeuwarden', source: 'default' })
  })

  it('says when an environment variable is ignored because it makes no sense', async () => {
    const { cookie } = await signedIn('beheerder')
    process.env.SIGNAL_FEEDBACK_WEEKS = 'zes'
    expect(item(await page(cookie), 'signalFeedbackWeeks')).toMatchObject({
      value: 6,
      source: 'default',
      ignoredEnv: 'zes',
    })
  })

  it('is for the beheerder only: everyone else gets 403 and changes nothing', async () => {
    const { cookie: adminCookie } = await signedIn('beheerder')
    const form = filledIn(await page(adminCookie))
    for (const role of ['lezer', 'opbouwwerker', 'coordinator'] as const) {
      const { cookie } = await signedIn(role)
      expect((await openPage(cookie)).status, role).toBe(403)
      expect((await save(cookie, { ...form, noContactMonths: '1' })).status, role).toBe(403)
      expect(
        (await submit(cookie, { intent: 'reset', key: 'noContactMonths', base: form.base ?? '' })).status,
        role,
      ).toBe(403)
    }
    expect(await prisma.setting.count()).toBe(0)
  })
})

describe('saving the settings', () => {
  it('stores only the changed values, and the dashboard and the W&I monitor then use them', async () => {
    const { user, cookie } = await signedIn('beheerder')
    const result = await save(cookie, {
      ...filledIn(await page(cookie)),
      noContactMonths: '5',
      wiThresholdPercent: ' 40 ',
      meetingDefaultLocation: 'Drachten',
    })
    expect(result.status).toBe(302)
    expect(result.location).toBe(PATH)

    const rows = await prisma.setting.findMany({ orderBy: { key: 'asc' } })
    expect(rows.map((row) => [row.key, row.value, row.updatedById])).toEqual([
      ['meetingDefaultLocation', 'Drachten', user.id],
      ['noContactMonths', '5', user.id],
      ['wiThresholdPercent', '40', user.id],
    ])
    const data = await page(cookie)
    expect(item(data, 'noContactMonths')).toMatchObject({ value: 5, source: 'stored', storedBy: user.name })
    expect(item(data, 'noContactMonths')?.afterReset).toEqual({ value: 3, source: 'default' })

    const audit = await prisma.auditEvent.findMany({
      where: { entityType: 'Setting' },
      orderBy: { entityId: 'asc' },
    })
    expect(audit.map((event) => [event.entityId, event.action, event.actorId])).toEqual([
      ['meetingDefaultLocation', 'setting.update', user.id],
      ['noContactMonths', 'setting.update', user.id],
      ['wiThresholdPercent', 'setting.update', user.id],
    ])
    expect(audit[1]?.summary).toBe('Raden zonder contact na (maanden): 3 maanden werd 5 maanden')

    const { cookie: readerCookie } = await signedIn('lezer')
    const dashboard = await outcome<{ councils: { months: number } }>(() =>
      dashboardLoader({
        request: makeRequest('/', { cookie: readerCookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(dashboard.data?.councils.months).toBe(5)
    const monitor = await outcome<{ thresholdPercent: number }>(() =>
      wiMonitorLoader({
        request: makeRequest('/rapportages/wi-monitor', { cookie: readerCookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(monitor.data?.thresholdPercent).toBe(40)
  })

  it('stores nothing when nothing changed', async () => {
    const { cookie } = await signedIn('beheerder')
    process.env.SIGNAL_FEEDBACK_WEEKS = '9'
    const result = await save(cookie, filledIn(await page(cookie)))
    expect(result.status).toBe(302)
    expect(await prisma.setting.count()).toBe(0)
    expect(await prisma.auditEvent.count({ where: { entityType: 'Setting' } })).toBe(0)
    // The setting keeps following the environment.
    expect(item(await page(cookie), 'signalFeedbackWeeks')).toMatchObject({ value: 9, source: 'env' })
  })

  it('refuses bad values with a Dutch message per field, keeps the input and saves nothing', async () => {
    const { cookie } = await signedIn('beheerder')
    const result = await save(cookie, {
      ...filledIn(await page(cookie)),
      noContactMonths: '3 maanden',
      adviceResponseWeeks: '0',
      signalFeedbackWeeks: '',
      wiThresholdPercent: '12,5',
      meetingDefaultLocation: '   ',
      summerHolidayRegion: 'oost',
      missedMeetingsThreshold: '4',
    })
    expect(result.status).toBe(400)
    expect(messages(result.data)).toEqual({
      noContactMonths: 'Vul een heel getal in van 1 tot en met 60.',
      adviceResponseWeeks: 'Vul een heel getal in van 1 tot en met 104.',
      signalFeedbackWeeks: 'Vul dit veld in.',
      wiThresholdPercent: 'Vul een heel getal in van 1 tot en met 100.',
      meetingDefaultLocation: 'Vul dit veld in.',
      summerHolidayRegion: 'Kies een van de mogelijkheden.',
    })
    expect(result.data?.values).toMatchObject({ noContactMonths: '3 maanden', missedMeetingsThreshold: '4' })
    // The one good change is not stored either: nothing is saved half.
    expect(await prisma.setting.count()).toBe(0)
    expect(await prisma.auditEvent.count({ where: { entityType: 'Setting' } })).toBe(0)
  })

  it('refuses a location longer than 200 characters', async () => {
    const { cookie } = await signedIn('beheerder')
    const result = await save(cookie, {
      ...filledIn(await page(cookie)),
      meetingDefaultLocation: 'x'.repeat(201),
    })
    expect(result.status).toBe(400)
    expect(messages(result.data)).toEqual({ meetingDefaultLocation: 'Gebruik hoogstens 200 tekens.' })
  })

  it('answers 400 to an unknown intent or setting, never a 500', async () => {
    const { cookie } = await signedIn('beheerder')
    const form = filledIn(await page(cookie))
    expect((await submit(cookie, { ...form, intent: 'wissen' })).status).toBe(400)
    expect((await submit(cookie, { intent: 'reset', key: 'toString', base: form.base ?? '' })).status).toBe(
      400,
    )
  })
})

describe('two administrators at once', () => {
  it('shows what the other saved instead of overwriting it, and saves on the second try', async () => {
    const { cookie: first } = await signedIn('beheerder')
    const { cookie: second } = await signedIn('beheerder')
    const firstForm = filledIn(await page(first))
    expect((await save(second, { ...filledIn(await page(second)), noContactMonths: '6' })).status).toBe(302)

    const result = await save(first, { ...firstForm, wiThresholdPercent: '35' })
    expect(result.status).toBe(409)
    expect(result.data?.conflict?.changes).toEqual([
      { label: 'Raden zonder contact na (maanden)', before: '(geen opgeslagen waarde)', after: '6 maanden' },
    ])
    expect(result.data?.values.wiThresholdPercent).toBe('35')
    expect(await prisma.setting.findMany({ select: { key: true, value: true } })).toEqual([
      { key: 'noContactMonths', value: '6' },
    ])

    // Saving again with the form as it now stands is a deliberate choice.
    const retry = await save(first, {
      ...firstForm,
      base: result.data?.conflict?.base ?? '',
      noContactMonths: '6',
      wiThresholdPercent: '35',
    })
    expect(retry.status).toBe(302)
    expect(await prisma.setting.count()).toBe(2)
  })

  it('treats a form without its snapshot as a conflict', async () => {
    const { cookie } = await signedIn('beheerder')
    const { base: _base, ...withoutBase } = filledIn(await page(cookie))
    const result = await save(cookie, { ...withoutBase, noContactMonths: '7' })
    expect(result.status).toBe(409)
    expect(await prisma.setting.count()).toBe(0)
  })
})

describe('back to the default', () => {
  it('removes the stored value, so the environment or the default applies again', async () => {
    const { user, cookie } = await signedIn('beheerder')
    process.env.SIGNAL_FEEDBACK_WEEKS = '9'
    await save(cookie, { ...filledIn(await page(cookie)), noContactMonths: '4', signalFeedbackWeeks: '3' })
    const stored = await page(cookie)
    expect(item(stored, 'signalFeedbackWeeks')).toMatchObject({
      value: 3,
      source: 'stored',
      afterReset: { value: 9, source: 'env' },
    })

    for (const key of ['noContactMonths', 'signalFeedbackWeeks']) {
      const current = await page(cookie)
      const result = await submit(cookie, { intent: 'reset', key, base: current.base })
      expect(result.status, key).toBe(302)
    }
    const data = await page(cookie)
    expect(item(data, 'noContactMonths')).toMatchObject({ value: 3, source: 'default' })
    expect(item(data, 'signalFeedbackWeeks')).toMatchObject({ value: 9, source: 'env' })
    expect(await prisma.setting.count()).toBe(0)
    const resets = await prisma.auditEvent.findMany({
      where: { entityType: 'Setting', action: 'setting.reset' },
    })
    expect(resets.map((event) => [event.entityId, event.actorId]).sort()).toEqual([
      ['noContactMonths', user.id],
      ['signalFeedbackWeeks', user.id],
    ])
  })

  it('leaves a value alone that someone else changed since the page was opened', async () => {
    const { cookie } = await signedIn('beheerder')
    await save(cookie, { ...filledIn(await page(cookie)), noContactMonths: '4' })
    const opened = await page(cookie)
    await save(cookie, { ...filledIn(opened), noContactMonths: '8' })

    const result = await submit(cookie, { intent: 'reset', key: 'noContactMonths', base: opened.base })
    expect(result.status).toBe(409)
    expect(messages(result.data)).toEqual({
      noContactMonths:
        'Iemand anders heeft deze instelling intussen gewijzigd. Bekijk de waarde die nu geldt en kies opnieuw.',
    })
    expect(await prisma.setting.findUnique({ where: { key: 'noContactMonths' } })).toMatchObject({
      value: '8',
    })
  })
})
