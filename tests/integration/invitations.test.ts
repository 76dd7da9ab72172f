import { describe, expect, it } from 'vitest'
import { organisationAttendance } from '~/models/meeting/attendance.server.ts'
import type { Role } from '~/models/user/roles.ts'
import {
  action as attendanceAction,
  loader as attendanceLoader,
} from '~/routes/bijeenkomsten.$meetingId_.aanwezigheid.tsx'
import { loader as attendanceCsv } from '~/routes/bijeenkomsten.$meetingId_.aanwezigheid[.]csv.ts'
import {
  action as inviteAction,
  loader as inviteLoader,
} from '~/routes/bijeenkomsten.$meetingId_.uitnodigen.tsx'
import { loader as organisationLoader } from '~/routes/organisaties.$organisationId.tsx'
import { parseCsv } from '~/utils/csv.ts'
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

const DAY = 86_400_000
type Fields = FormFields
type Reply = { errors: Record<string, string[]>; values: Record<string, string> }
type InvitePage = Awaited<ReturnType<typeof inviteLoader>>
type AttendancePage = Awaited<ReturnType<typeof attendanceLoader>>

// Returns the query string of a GET form with repeated fields.
const query = (fields: Fields) =>
  new URLSearchParams(
    Object.entries(fields).flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).map((v) => [name, v]),
    ),
  ).toString()

// Creates a meeting `days` from now (negative: in the past), 19:30–21:30 UTC.
async function createMeeting(
  actorId: string,
  { days = 30, status = 'PLANNED', title = 'Uitwisseling' } = {},
) {
  const startsAt = new Date(Date.now() + days * DAY)
  return prisma.meeting.create({
    data: {
      kind: 'EXCHANGE',
      title,
      status,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      location: 'Leeuwarden',
      createdById: actorId,
    },
  })
}

// Creates a person with a current membership of `organisationId` in `role`.
async function member(organisationId: string, name: string, role: string, email: string | null = null) {
  const person = await prisma.person.create({ data: { name, email } })
  await prisma.membership.create({ data: { personId: person.id, organisationId, role } })
  return person
}

// Two councils: the first with chair, secretary, two members (one without e-mail) and a
// municipal contact; the second with a chair and a member, and a former chair.
async function twoCouncils() {
  const harlingen = await createTestOrganisation({ name: 'Cliëntenraad Harlingen' })
  const sneek = await createTestOrganisation({ name: 'Adviesraad Súdwest', type: 'SOCIAL_DOMAIN_COUNCIL' })
  const people = {
    anna: await member(harlingen.id, 'Anna Voorzitter', 'voorzitter', 'anna@example.org'),
    carla: await member(harlingen.id, 'Carla Secretaris', 'secretaris', 'carla@example.org'),
    bram: await member(harlingen.id, 'Bram Lid', 'lid'),
    piet: await member(harlingen.id, 'Piet Lid', 'lid', 'piet@example.org'),
    dirk: await member(harlingen.id, 'Dirk Ambtenaar', 'contactambtenaar', 'dirk@example.org'),
    eva: await member(sneek.id, 'Eva Voorzitter', 'voorzitter'),
    frans: await member(sneek.id, 'Frans Lid', 'lid', 'frans@example.org'),
  }
  const former = await prisma.person.create({
    data: { name: 'Gerrit Oud-voorzitter', email: 'gerrit@example.org' },
  })
  await prisma.membership.create({
    data: {
      personId: former.id,
      organisationId: sneek.id,
      role: 'voorzitter',
      endDate: new Date(Date.now() - 400 * DAY),
    },
  })
  return { harlingen, sneek, people }
}

function openInvite(meetingId: string, cookie: string, fields: Fields = {}) {
  const search = Object.keys(fields).length ? `?${query(fields)}` : ''
  return outcome<InvitePage>(() =>
    inviteLoader({
      request: makeRequest(`/bijeenkomsten/${meetingId}/uitnodigen${search}`, { cookie }),
      params: { meetingId },
      context: testContext(),
    }),
  )
}

function confirmInvite(meetingId: string, cookie: string, picks: string[]) {
  return outcome<Reply>(() =>
    inviteAction({
      request: post(`/bijeenkomsten/${meetingId}/uitnodigen`, cookie, {
        intent: 'confirm',
        uitnodigen: picks,
      }),
      params: { meetingId },
      context: testContext(),
    }),
  )
}

function openChecklist(meetingId: string, cookie: string, search = '') {
  return outcome<AttendancePage>(() =>
    attendanceLoader({
      request: makeRequest(`/bijeenkomsten/${meetingId}/aanwezigheid${search}`, { cookie }),
      params: { meetingId },
      context: testContext(),
    }),
  )
}

function act(meetingId: string, cookie: string, fields: Fields) {
  return outcome<Reply & { ok?: boolean }>(() =>
    attendanceAction({
      request: post(`/bijeenkomsten/${meetingId}/aanwezigheid`, cookie, fields),
      params: { meetingId },
      context: testContext(),
    }),
  )
}

// Sets one person's status as the checklist does: through a fetcher (stay) or a plain post.
function setStatus(
  meetingId: string,
  cookie: string,
  invitationId: string,
  status: string,
  { stay = true } = {},
) {
  return act(meetingId, cookie, { intent: 'status', invitationId, status, ...(stay ? { stay: '1' } : {}) })
}

const names = (rows: { name: string }[] | undefined) => (rows ?? []).map((row) => row.name)
const messages = (errors: string[] | undefined) => (errors ?? []).map(translateRef)

describe('inviting councils to a meeting', () => {
  it('previews the chair and one other member per council, lists who has no e-mail address, and invites them', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const meeting = await createMeeting(user.id)
    const { harlingen, sneek, people } = await twoCouncils()

    // The form starts with "voorzitter and one other member".
    const empty = await openInvite(meeting.id, cookie)
    expect(empty.status).toBe(200)
    expect(empty.data?.form?.values).toMatchObject({ selectie: 'rollen', rollen: ['voorzitter'], extra: '1' })
    expect(empty.data?.form?.preview).toBeNull()

    const choice = {
      raden: [harlingen.id, sneek.id],
      selectie: 'rollen',
      rollen: 'voorzitter',
      extra: '1',
      voorbeeld: '1',
    }
    const preview = (await openInvite(meeting.id, cookie, choice)).data?.form?.preview
    // The secretary ranks before ordinary members; the municipal contact and the former
    // chair are left out.
    expect(names(preview?.invitees)).toEqual([
      'Eva Voorzitter',
      'Frans Lid',
      'Anna Voorzitter',
      'Carla Secretaris',
    ])
    expect(names(preview?.withoutEmail)).toEqual(['Eva Voorzitter'])
    expect(preview?.alreadyInvited).toEqual([])

    const invited = await confirmInvite(
      meeting.id,
      cookie,
      (preview?.invitees ?? []).map((row) => row.value),
    )
    expect(invited.status).toBe(302)
    expect(invited.location).toBe(`/bijeenkomsten/${meeting.id}`)
    const stored = await prisma.invitation.findMany({
      where: { meetingId: meeting.id },
      select: { personId: true, organisationId: true, status: true, walkIn: true, invitedAt: true },
    })
    expect(stored).toHaveLength(4)
    expect(stored.find((row) => row.personId === people.eva.id)).toMatchObject({
      organisationId: sneek.id,
      status: 'INVITED',
      walkIn: false,
    })
    expect(stored.find((row) => row.personId === people.carla.id)?.organisationId).toBe(harlingen.id)
    expect(stored.every((row) => row.invitedAt instanceof Date)).toBe(true)
    // Mail (kept in the outbox: no mail server in the tests) for the three with an address.
    const outbox = await prisma.outboxMessage.findMany({ where: { meetingId: meeting.id } })
    expect(outbox.map((message) => message.toAddress).sort()).toEqual([
      'anna@example.org',
      'carla@example.org',
      'frans@example.org',
    ])
    expect(
      outbox.every((message) => message.status === 'OUTBOX' && message.kind === 'MEETING_INVITATION'),
    ).toBe(true)

    // A second round shows who is on the list already and invites only the new people.
    const again = (await openInvite(meeting.id, cookie, { ...choice, selectie: 'alle', rollen: [] })).data
      ?.form?.preview
    expect(names(again?.alreadyInvited)).toEqual([
      'Eva Voorzitter',
      'Frans Lid',
      'Anna Voorzitter',
      'Carla Secretaris',
    ])
    expect(names(again?.invitees)).toEqual(['Bram Lid', 'Piet Lid'])
    expect(names(again?.withoutEmail)).toEqual(['Bram Lid'])
  })

  it('invites an individual person for the organisation chosen with them', async () => {
    const { user, cookie } = await signedIn('beheerder')
    const meeting = await createMeeting(user.id)
    const { sneek, people } = await twoCouncils()
    const loner = await prisma.person.create({ data: { name: 'Zoë Zonder Raad', email: 'zoe@example.org' } })

    const page = await openInvite(meeting.id, cookie, {
      selectie: 'rollen',
      zoek: 'zonder raad',
      zoeken: '1',
    })
    expect(page.data?.form?.preview).toBeNull()
    expect(page.data?.form?.people.map((person) => person.name)).toEqual(['Zoë Zonder Raad'])

    const preview = (
      await openInvite(meeting.id, cookie, {
        selectie: 'rollen',
        extra: '0',
        personen: [`${people.frans.id}:${sneek.id}`, `${loner.id}:`],
        voorbeeld: '1',
      })
    ).data?.form?.preview
    expect(preview?.invitees.map((row) => [row.name, row.organisationName])).toEqual([
      ['Frans Lid', 'Adviesraad Súdwest'],
      ['Zoë Zonder Raad', null],
    ])
    expect((await confirmInvite(meeting.id, cookie, [`${loner.id}:`])).status).toBe(302)
    expect(
      await prisma.invitation.findFirst({ where: { meetingId: meeting.id, personId: loner.id } }),
    ).toMatchObject({
      organisationId: null,
    })
  })

  it('invites every active council with one tick, by the same member rule, and other organisations only when ticked', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const meeting = await createMeeting(user.id)
    const suffix = crypto.randomUUID().slice(0, 8)
    const dokkum = await createTestOrganisation({ name: `Cliëntenraad Dokkum ${suffix}` })
    const wmo = await createTestOrganisation({ name: `Wmo-raad Dokkum ${suffix}`, type: 'WMO_COUNCIL' })
    const closed = await createTestOrganisation({ name: `Opgeheven raad ${suffix}`, active: false })
    const partner = await createTestOrganisation({ name: `FNV Dokkum ${suffix}`, type: 'PARTNER' })
    const jan = await member(dokkum.id, `Jan Voorzitter ${suffix}`, 'voorzitter', 'jan@example.org')
    await member(dokkum.id, `Joke Lid ${suffix}`, 'lid')
    const wim = await member(wmo.id, `Wim Voorzitter ${suffix}`, 'voorzitter')
    const gone = await member(closed.id, `Gea Voorzitter ${suffix}`, 'voorzitter')
    const fenna = await member(partner.id, `Fenna Voorzitter ${suffix}`, 'voorzitter')

    // The form offers it with the number of councils it stands for.
    const form = (await openInvite(meeting.id, cookie)).data?.form
    const councilOptions = form?.councilOptions.filter((option) => option.group === 'Raden') ?? []
    expect(form?.allCouncilsCount).toBe(councilOptions.length)
    expect(councilOptions.map((option) => option.label)).toContain(`${wmo.name} (1 leden)`)
    expect(form?.values.alleRaden).toBe(false)

    const choice = { alleRaden: 'on', selectie: 'rollen', rollen: 'voorzitter', extra: '0', voorbeeld: '1' }
    const page = (await openInvite(meeting.id, cookie, choice)).data?.form
    expect(page?.values.alleRaden).toBe(true)
    expect(page?.errors).toEqual({})
    const invitees = page?.preview?.invitees ?? []
    // Only the chairs, as chosen; nothing of the closed council nor of the partner.
    const mine = invitees
      .filter((row) => row.name.endsWith(suffix))
      .map((row) => [row.name, row.organisationName])
    expect(mine).toEqual([
      [jan.name, dokkum.name],
      [wim.name, wmo.name],
    ])
    expect(invitees.every((row) => row.role === 'Voorzitter')).toBe(true)
    expect(page?.preview?.unknown).toBe(false)

    // Ticking the partner as well adds its chair; "all current members" adds Joke.
    const withPartner = await openInvite(meeting.id, cookie, {
      ...choice,
      raden: partner.id,
      selectie: 'alle',
    })
    const names = (withPartner.data?.form?.preview?.invitees ?? []).map((row) => row.name)
    expect(names).toEqual(expect.arrayContaining([jan.name, `Joke Lid ${suffix}`, wim.name, fenna.name]))
    expect(names).not.toContain(gone.name)

    const invited = await confirmInvite(
      meeting.id,
      cookie,
      invitees.map((row) => row.value),
    )
    expect(invited.status).toBe(302)
    const stored = await prisma.invitation.findMany({
      where: { meetingId: meeting.id, personId: { in: [jan.id, wim.id, gone.id, fenna.id] } },
      select: { personId: true, organisationId: true },
    })
    expect(stored.map((row) => [row.personId, row.organisationId]).sort()).toEqual(
      [
        [jan.id, dokkum.id],
        [wim.id, wmo.id],
      ].sort(),
    )

    // All councils with no role and no other members is no choice; the message sits by the roles.
    const nobody = await openInvite(meeting.id, cookie, { ...choice, rollen: [], extra: '0' })
    expect(messages(nobody.data?.form?.errors.rollen)).toEqual([
      'Kies een rol of een aantal andere leden per raad.',
    ])
    expect(nobody.data?.form?.values.alleRaden).toBe(true)
    expect(nobody.data?.form?.preview).toBeNull()
  })

  it('explains a choice that cannot be previewed, next to the field', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const meeting = await createMeeting(user.id)
    const { harlingen } = await twoCouncils()

    const nothing = await openInvite(meeting.id, cookie, { selectie: 'rollen', extra: '1', voorbeeld: '1' })
    expect(messages(nothing.data?.form?.errors.raden)).toEqual(['Kies minstens één raad of één persoon.'])
    const badNumber = await openInvite(meeting.id, cookie, {
      raden: harlingen.id,
      selectie: 'rollen',
      rollen: 'voorzitter',
      extra: 'twee',
      voorbeeld: '1',
    })
    expect(badNumber.status).toBe(200)
    expect(messages(badNumber.data?.form?.errors.extra)).toEqual(['Vul een heel getal in van 0 of meer.'])
    expect(badNumber.data?.form?.values.extra).toBe('twee')
    expect(badNumber.data?.form?.preview).toBeNull()

    const none = await confirmInvite(meeting.id, cookie, [])
    expect(none.status).toBe(400)
    expect(messages(none.data?.errors.uitnodigen)).toEqual(['Vink minstens één persoon aan.'])
    const madeUp = await confirmInvite(meeting.id, cookie, ['bestaat-niet:'])
    expect(madeUp.status).toBe(400)
    expect(messages(madeUp.data?.errors.uitnodigen)).toEqual(['Dit bestaat niet (meer). Kies opnieuw.'])
    expect(await prisma.invitation.count({ where: { meetingId: meeting.id } })).toBe(0)
  })

  it('refuses invitations for a cancelled or past meeting with a clear message', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const cancelled = await createMeeting(user.id, { status: 'CANCELLED' })
    const past = await createMeeting(user.id, { days: -3, status: 'HELD' })
    const { people, harlingen } = await twoCouncils()

    const page = await openInvite(cancelled.id, cookie)
    expect(page.data?.form).toBeNull()
    expect(translateRef(page.data?.refusal ?? '')).toBe(
      'Deze bijeenkomst is afgelast. Uitnodigen kan niet meer.',
    )
    const refused = await confirmInvite(cancelled.id, cookie, [`${people.anna.id}:${harlingen.id}`])
    expect(refused.status).toBe(400)
    expect(messages(refused.data?.errors.form)).toEqual([
      'Deze bijeenkomst is afgelast. Uitnodigen kan niet meer.',
    ])

    expect((await openInvite(past.id, cookie)).data?.refusal).toBe('attendance.invite.pastMeeting')
    expect((await confirmInvite(past.id, cookie, [`${people.anna.id}:${harlingen.id}`])).status).toBe(400)
    expect(await prisma.invitation.count({ where: { meetingId: { in: [cancelled.id, past.id] } } })).toBe(0)
    expect(await prisma.outboxMessage.count({ where: { meetingId: { in: [cancelled.id, past.id] } } })).toBe(
      0,
    )
  })

  it('does not let an opbouwwerker invite, and answers 404 for a made-up meeting', async () => {
    const coordinator = await signedIn('coordinator')
    const meeting = await createMeeting(coordinator.user.id)
    const { people, harlingen } = await twoCouncils()
    const worker = await signedIn('opbouwwerker')

    expect((await openInvite(meeting.id, worker.cookie)).status).toBe(403)
    expect(
      (await confirmInvite(meeting.id, worker.cookie, [`${people.anna.id}:${harlingen.id}`])).status,
    ).toBe(403)
    expect(await prisma.invitation.count({ where: { meetingId: meeting.id } })).toBe(0)
    expect((await openInvite('bestaat-niet', coordinator.cookie)).status).toBe(404)
    expect((await confirmInvite('bestaat-niet', coordinator.cookie, [`${people.anna.id}:`])).status).toBe(404)
  })
})

describe('attendance at the door', () => {
  // A meeting today with three invited people of two councils.
  async function meetingAtTheDoor() {
    const coordinator = await signedIn('coordinator')
    const meeting = await createMeeting(coordinator.user.id, { days: 0 })
    const { harlingen, sneek, people } = await twoCouncils()
    const invite = async (personId: string, organisationId: string) =>
      prisma.invitation.create({
        data: { meetingId: meeting.id, personId, organisationId, status: 'INVITED', invitedAt: new Date() },
      })
    const invitations = {
      anna: await invite(people.anna.id, harlingen.id),
      piet: await invite(people.piet.id, harlingen.id),
      eva: await invite(people.eva.id, sneek.id),
    }
    return { meeting, harlingen, sneek, people, invitations }
  }

  it('marks people present one by one and counts the people and councils present', async () => {
    const { meeting, invitations } = await meetingAtTheDoor()
    const { cookie } = await signedIn('opbouwwerker')

    const before = await openChecklist(meeting.id, cookie)
    expect(before.data).toMatchObject({ total: 3, present: 0, councilsPresent: 0, canEdit: true })
    expect(before.data?.rows.map((row) => row.personName)).toEqual([
      'Eva Voorzitter',
      'Anna Voorzitter',
      'Piet Lid',
    ])

    // With JavaScript a row saves through a fetcher and the page stays.
    const stay = await setStatus(meeting.id, cookie, invitations.anna.id, 'PRESENT')
    expect(stay).toMatchObject({ status: 200, data: { ok: true } })
    // Without JavaScript the form posts and comes back to the row.
    const plain = await setStatus(meeting.id, cookie, invitations.piet.id, 'PRESENT', { stay: false })
    expect(plain.status).toBe(302)
    expect(plain.location).toBe(`/bijeenkomsten/${meeting.id}/aanwezigheid#row-${invitations.piet.id}`)
    await setStatus(meeting.id, cookie, invitations.eva.id, 'EXCUSED')

    const after = await openChecklist(meeting.id, cookie)
    expect(after.data).toMatchObject({ present: 2, councilsPresent: 1 })
    expect(after.data?.counts.map((count) => count.label)).toEqual([
      'Uitgenodigd: 0',
      'Aangemeld: 0',
      'Aanwezig: 2',
      'Afwezig met bericht: 1',
      'Afwezig: 0',
    ])
    // The search narrows the list, not the counts.
    const searched = await openChecklist(meeting.id, cookie, '?zoek=harlingen')
    expect(searched.data?.rows.map((row) => row.personName)).toEqual(['Anna Voorzitter', 'Piet Lid'])
    expect(searched.data?.present).toBe(2)

    // Back to absent is a status change like any other.
    await setStatus(meeting.id, cookie, invitations.piet.id, 'ABSENT')
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitations.piet.id } })).status).toBe(
      'ABSENT',
    )
  })

  it('registers a walk-in as present and marks them, and refuses someone already on the list', async () => {
    const { meeting, harlingen, people } = await meetingAtTheDoor()
    const { cookie } = await signedIn('opbouwwerker')
    const options = (await openChecklist(meeting.id, cookie)).data?.walkIn
    // Only people not on the list are offered; their organisations tell namesakes apart.
    expect(options?.people.map((person) => person.label)).toContain('Bram Lid (Cliëntenraad Harlingen)')
    expect(options?.people.map((person) => person.value)).not.toContain(people.anna.id)

    const added = await act(meeting.id, cookie, {
      intent: 'walk-in',
      personId: people.bram.id,
      organisationId: harlingen.id,
    })
    expect(added.status).toBe(302)
    const walkIn = await prisma.invitation.findFirstOrThrow({
      where: { meetingId: meeting.id, personId: people.bram.id },
    })
    expect(walkIn).toMatchObject({
      walkIn: true,
      status: 'PRESENT',
      organisationId: harlingen.id,
      invitedAt: null,
    })
    const page = await openChecklist(meeting.id, cookie)
    expect(page.data?.rows.find((row) => row.personName === 'Bram Lid')).toMatchObject({
      walkIn: true,
      status: 'PRESENT',
    })
    expect(page.data?.present).toBe(1)

    const twice = await act(meeting.id, cookie, {
      intent: 'walk-in',
      personId: people.anna.id,
      organisationId: '',
    })
    expect(twice.status).toBe(400)
    expect(messages(twice.data?.errors.personId)).toEqual([
      'Deze persoon staat al op de lijst. Wijzig daar de status.',
    ])
    expect(twice.data?.values.personId).toBe(people.anna.id)
    const nobody = await act(meeting.id, cookie, { intent: 'walk-in', personId: '', organisationId: '' })
    expect(messages(nobody.data?.errors.personId)).toEqual(['Kies de persoon die er is.'])
    const madeUp = await act(meeting.id, cookie, {
      intent: 'walk-in',
      personId: 'bestaat-niet',
      organisationId: 'ook-niet',
    })
    expect(madeUp.status).toBe(400)
    expect(madeUp.data?.errors).toMatchObject({
      personId: ['validation.unknownReference'],
      organisationId: ['validation.unknownReference'],
    })
  })

  it('adds a walk-in who is not in Raadnet yet with only a name, present and marked, in one go', async () => {
    const { meeting, harlingen } = await meetingAtTheDoor()
    const { cookie } = await signedIn('opbouwwerker')
    const name = `Sietske Nieuw ${crypto.randomUUID().slice(0, 8)}`

    const added = await act(meeting.id, cookie, { intent: 'walk-in-new', name, organisationId: harlingen.id })
    expect(added.status).toBe(302)
    expect(added.location).toBe(`/bijeenkomsten/${meeting.id}/aanwezigheid`)
    // Only the name is stored about the person (AVG).
    const person = await prisma.person.findFirstOrThrow({ where: { name } })
    expect(person).toMatchObject({ email: null, phone: null, notes: null })
    expect(
      await prisma.invitation.findFirstOrThrow({ where: { meetingId: meeting.id, personId: person.id } }),
    ).toMatchObject({ status: 'PRESENT', walkIn: true, organisationId: harlingen.id, invitedAt: null })
    const page = await openChecklist(meeting.id, cookie)
    expect(page.data?.rows.find((row) => row.personName === name)).toMatchObject({
      organisationName: 'Cliëntenraad Harlingen',
      status: 'PRESENT',
      walkIn: true,
    })
    expect(page.data).toMatchObject({ present: 1, total: 4, councilsPresent: 1 })

    // On their own behalf: no organisation needed.
    const alone = await act(meeting.id, cookie, {
      intent: 'walk-in-new',
      name: 'Tjitske Alleen',
      organisationId: '',
    })
    expect(alone.status).toBe(302)
    expect(
      await prisma.invitation.findFirstOrThrow({
        where: { meetingId: meeting.id, person: { name: 'Tjitske Alleen' } },
      }),
    ).toMatchObject({ organisationId: null, walkIn: true, status: 'PRESENT' })
  })

  it('keeps the input of a new walk-in with a message next to the field, and stores nothing', async () => {
    const { meeting, harlingen } = await meetingAtTheDoor()
    const { cookie } = await signedIn('opbouwwerker')
    const people = await prisma.person.count()

    const nameless = await act(meeting.id, cookie, {
      intent: 'walk-in-new',
      name: '  ',
      organisationId: harlingen.id,
    })
    expect(nameless.status).toBe(400)
    expect(nameless.data).toMatchObject({ intent: 'walk-in-new' })
    expect(messages(nameless.data?.errors.name)).toEqual(['Vul dit veld in.'])
    expect(nameless.data?.values.organisationId).toBe(harlingen.id)

    const unknown = await act(meeting.id, cookie, {
      intent: 'walk-in-new',
      name: 'Wietske Onbekend',
      organisationId: 'bestaat-niet',
    })
    expect(unknown.status).toBe(400)
    expect(messages(unknown.data?.errors.organisationId)).toEqual(['Dit bestaat niet (meer). Kies opnieuw.'])
    expect(unknown.data?.values.name).toBe('Wietske Onbekend')

    // Someone with this name exists: pick them, or say it is somebody else.
    const namesake = await act(meeting.id, cookie, {
      intent: 'walk-in-new',
      name: 'Bram Lid',
      organisationId: '',
    })
    expect(namesake.status).toBe(400)
    expect(messages(namesake.data?.errors.name)).toEqual([
      'Er staat al iemand met deze naam in Raadnet. Kies die persoon hierboven, of vink hieronder aan dat het iemand anders is.',
    ])
    expect(namesake.data?.values.name).toBe('Bram Lid')
    expect(await prisma.person.count()).toBe(people)

    const confirmed = await act(meeting.id, cookie, {
      intent: 'walk-in-new',
      name: 'Bram Lid',
      organisationId: '',
      namesake: 'on',
    })
    expect(confirmed.status).toBe(302)
    expect(await prisma.person.count()).toBe(people + 1)
  })

  it('adds no new walk-in for a lezer or a cancelled meeting', async () => {
    const { meeting } = await meetingAtTheDoor()
    const people = await prisma.person.count()
    const reader = await signedIn('lezer')
    const refused = await act(meeting.id, reader.cookie, { intent: 'walk-in-new', name: 'Lieuwe Lezer' })
    expect(refused.status).toBe(403)

    await prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'CANCELLED' } })
    const worker = await signedIn('opbouwwerker')
    const cancelled = await act(meeting.id, worker.cookie, { intent: 'walk-in-new', name: 'Lieuwe Laat' })
    expect(cancelled.status).toBe(400)
    expect(messages(cancelled.data?.errors.form)).toEqual([
      'Deze bijeenkomst is afgelast. Aanwezigheid registreren kan niet meer.',
    ])
    expect(await prisma.person.count()).toBe(people)
    expect((await act('bestaat-niet', worker.cookie, { intent: 'walk-in-new', name: 'Lieuwe' })).status).toBe(
      404,
    )
  })

  it('offers the people not on the list by organisation and by name, people in two organisations under both', async () => {
    const { meeting, harlingen, sneek, people } = await meetingAtTheDoor()
    await prisma.membership.create({
      data: { personId: people.bram.id, organisationId: sneek.id, role: 'lid' },
    })
    const loner = await prisma.person.create({ data: { name: 'Aaltje Zonder Raad' } })
    const { cookie } = await signedIn('opbouwwerker')

    const options = (await openChecklist(meeting.id, cookie)).data?.walkIn?.people ?? []
    const groups = [...new Set(options.map((option) => option.group))]
    expect(groups.at(-1)).toBe('Zonder organisatie')
    expect([...groups.slice(0, -1)]).toEqual(
      [...groups.slice(0, -1)].sort((a, b) => a.localeCompare(b, 'nl')),
    )
    expect(options.filter((option) => option.group === 'Zonder organisatie').map((o) => o.value)).toContain(
      loner.id,
    )
    // Within each organisation by name; Bram under both of his.
    const inHarlingen = options
      .filter((option) => option.group === harlingen.name)
      .map((option) => option.label.replace(/ \(.*\)$/, ''))
    expect(inHarlingen).toEqual([...inHarlingen].sort((a, b) => a.localeCompare(b, 'nl')))
    const bram = options.filter((option) => option.value === people.bram.id)
    expect(bram.map((option) => option.group).sort()).toEqual([sneek.name, harlingen.name].sort())
    expect(bram[0]?.label).toBe('Bram Lid (Adviesraad Súdwest, Cliëntenraad Harlingen)')
    // People on the list already are not offered.
    expect(options.map((option) => option.value)).not.toContain(people.anna.id)
  })

  it('does not let a lezer open the checklist or register attendance', async () => {
    const { meeting, invitations, people } = await meetingAtTheDoor()
    const { cookie } = await signedIn('lezer')

    expect((await openChecklist(meeting.id, cookie)).status).toBe(403)
    const refused = await setStatus(meeting.id, cookie, invitations.anna.id, 'PRESENT', { stay: false })
    expect(refused.status).toBe(403)
    expect((await act(meeting.id, cookie, { intent: 'walk-in', personId: people.bram.id })).status).toBe(403)
    expect((await prisma.invitation.findUniqueOrThrow({ where: { id: invitations.anna.id } })).status).toBe(
      'INVITED',
    )
    const csv = await outcome(() =>
      attendanceCsv({
        request: makeRequest(`/bijeenkomsten/${meeting.id}/aanwezigheid.csv`, { cookie }),
        params: { meetingId: meeting.id },
        context: testContext(),
      }),
    )
    expect(csv.status).toBe(403)
  })

  it('answers 404 for an invitation of another meeting or a made-up meeting, and 400 for a made-up status', async () => {
    const { meeting, invitations } = await meetingAtTheDoor()
    const other = await meetingAtTheDoor()
    const { cookie } = await signedIn('opbouwwerker')

    const foreign = await setStatus(meeting.id, cookie, other.invitations.anna.id, 'PRESENT', { stay: false })
    expect(foreign.status).toBe(404)
    expect((await openChecklist('bestaat-niet', cookie)).status).toBe(404)
    expect(
      (await act('bestaat-niet', cookie, { intent: 'status', invitationId: 'x', status: 'PRESENT' })).status,
    ).toBe(404)
    const badStatus = await setStatus(meeting.id, cookie, invitations.anna.id, 'DANCING', { stay: false })
    expect(badStatus.status).toBe(400)
    expect(
      (await prisma.invitation.findUniqueOrThrow({ where: { id: other.invitations.anna.id } })).status,
    ).toBe('INVITED')
  })

  it('takes no attendance for a cancelled meeting', async () => {
    const { meeting, invitations, people } = await meetingAtTheDoor()
    await prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'CANCELLED' } })
    const { cookie } = await signedIn('coordinator')

    const page = await openChecklist(meeting.id, cookie)
    expect(page.data).toMatchObject({ canEdit: false, refusal: 'attendance.cancelledMeeting' })
    const refused = await setStatus(meeting.id, cookie, invitations.anna.id, 'PRESENT', { stay: false })
    expect(refused.status).toBe(400)
    expect(messages(refused.data?.errors.form)).toEqual([
      'Deze bijeenkomst is afgelast. Aanwezigheid registreren kan niet meer.',
    ])
    expect((await act(meeting.id, cookie, { intent: 'walk-in', personId: people.bram.id })).status).toBe(400)
  })

  it('exports the list as CSV with status and walk-ins', async () => {
    const { meeting, invitations, harlingen, people } = await meetingAtTheDoor()
    const { cookie } = await signedIn('opbouwwerker')
    await setStatus(meeting.id, cookie, invitations.anna.id, 'PRESENT')
    await act(meeting.id, cookie, {
      intent: 'walk-in',
      personId: people.bram.id,
      organisationId: harlingen.id,
    })

    const response = await attendanceCsv({
      request: makeRequest(`/bijeenkomsten/${meeting.id}/aanwezigheid.csv`, { cookie }),
      params: { meetingId: meeting.id },
      context: testContext(),
    })
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    const [header, ...rows] = parseCsv(await response.text())
    expect(header).toEqual(['Naam', 'Organisatie', 'Status', 'Zonder uitnodiging', 'Uitgenodigd op'])
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ['Eva Voorzitter', 'Adviesraad Súdwest', 'Uitgenodigd', 'nee'],
      ['Anna Voorzitter', 'Cliëntenraad Harlingen', 'Aanwezig', 'nee'],
      ['Bram Lid', 'Cliëntenraad Harlingen', 'Aanwezig', 'ja'],
      ['Piet Lid', 'Cliëntenraad Harlingen', 'Uitgenodigd', 'nee'],
    ])
    expect(rows[2]?.[4]).toBe('')
  })
})

describe('attendance per council', () => {
  it('counts the meetings a council attended this year and last year, and shows its latest meetings', async () => {
    const { user, cookie } = await signedIn('lezer')
    const council = await createTestOrganisation({ name: 'Cliëntenraad Dokkum' })
    const other = await createTestOrganisation({ name: 'Wmo-raad Dokkum', type: 'WMO_COUNCIL' })
    const jan = await member(council.id, 'Jan Dokkum', 'voorzitter')
    const joke = await member(council.id, 'Joke Dokkum', 'lid')
    const year = new Date().getUTCFullYear()
    // Mid-month dates at noon UTC stay in the same Dutch calendar year.
    const at = (y: number, month: number) => new Date(Date.UTC(y, month, 15, 12))
    const now = at(year, 10)
    const meetings: { title: string; startsAt: Date; status: string; who: [string, string][] }[] = [
      // Last year: 3 meetings, present at 2.
      {
        title: 'V1',
        startsAt: at(year - 1, 1),
        status: 'HELD',
        who: [
          [jan.id, 'PRESENT'],
          [joke.id, 'PRESENT'],
        ],
      },
      { title: 'V2', startsAt: at(year - 1, 3), status: 'HELD', who: [[jan.id, 'ABSENT']] },
      {
        title: 'V3',
        startsAt: at(year - 1, 5),
        status: 'HELD',
        who: [
          [jan.id, 'EXCUSED'],
          [joke.id, 'PRESENT'],
        ],
      },
      // This year: 4 meetings held, present at 1; one cancelled; one to come.
      { title: 'D1', startsAt: at(year, 1), status: 'HELD', who: [[jan.id, 'EXCUSED']] },
      {
        title: 'D2',
        startsAt: at(year, 3),
        status: 'HELD',
        who: [
          [jan.id, 'ABSENT'],
          [joke.id, 'ABSENT'],
        ],
      },
      { title: 'D3', startsAt: at(year, 5), status: 'HELD', who: [[joke.id, 'PRESENT']] },
      { title: 'D4', startsAt: at(year, 7), status: 'HELD', who: [[jan.id, 'INVITED']] },
      { title: 'Afgelast', startsAt: at(year, 8), status: 'CANCELLED', who: [[jan.id, 'INVITED']] },
      { title: 'Straks', startsAt: at(year, 11), status: 'PLANNED', who: [[jan.id, 'REGISTERED']] },
    ]
    for (const item of meetings) {
      const meeting = await prisma.meeting.create({
        data: {
          kind: 'EXCHANGE',
          title: item.title,
          status: item.status,
          startsAt: item.startsAt,
          endsAt: new Date(item.startsAt.getTime() + 7_200_000),
          createdById: user.id,
        },
      })
      for (const [personId, status] of item.who) {
        await prisma.invitation.create({
          data: { meetingId: meeting.id, personId, organisationId: council.id, status },
        })
      }
      // Another council's presence does not count for this one.
      const visitor = await prisma.person.create({ data: { name: `Gast ${item.title}` } })
      await prisma.invitation.create({
        data: { meetingId: meeting.id, personId: visitor.id, organisationId: other.id, status: 'PRESENT' },
      })
    }

    const summary = await organisationAttendance({ organisationId: council.id, now, recentCount: 3 })
    expect(summary.thisYear).toEqual({ year, meetings: 4, attended: 1 })
    expect(summary.lastYear).toEqual({ year: year - 1, meetings: 3, attended: 2 })
    expect(summary.recent.map((item) => [item.title, item.status, item.present])).toEqual([
      ['D4', 'INVITED', 0],
      ['D3', 'PRESENT', 1],
      ['D2', 'ABSENT', 0],
    ])
    expect(summary.upcoming.map((item) => [item.title, item.status])).toEqual([['Straks', 'REGISTERED']])

    // The council's page shows the section (counted up to today).
    const page = await outcome<Awaited<ReturnType<typeof organisationLoader>>>(() =>
      organisationLoader({
        request: makeRequest(`/organisaties/${council.id}`, { cookie }),
        params: { organisationId: council.id },
        context: testContext(),
      }),
    )
    expect(page.status).toBe(200)
    expect(page.data?.meetings.lastYear).toEqual({ year: year - 1, meetings: 3, attended: 2 })
    expect(page.data?.meetings.recent.length).toBeGreaterThan(0)
  })
})

// Every role's access to the pages of this file, in one place.
describe('who may open the invitation and attendance pages', () => {
  it.each<[Role, number, number]>([
    ['lezer', 403, 403],
    ['opbouwwerker', 403, 200],
    ['coordinator', 200, 200],
    ['beheerder', 200, 200],
  ])('gives a %s %i on the invitation page and %i on the checklist', async (role, invite, checklist) => {
    const { user, cookie } = await signedIn(role)
    const meeting = await createMeeting(user.id)
    expect((await openInvite(meeting.id, cookie)).status).toBe(invite)
    expect((await openChecklist(meeting.id, cookie)).status).toBe(checklist)
  })
})
