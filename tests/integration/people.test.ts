import { describe, expect, it } from 'vitest'
import { listCurrentMembers } from '~/models/person/membership.server.ts'
import { loader as peopleLoader } from '~/routes/personen._index.tsx'
import { action as personAction, loader as personLoader } from '~/routes/personen.$personId.tsx'
import { action as editAction, loader as editLoader } from '~/routes/personen.$personId_.bewerken.tsx'
import { action as newPersonAction, loader as newPersonLoader } from '~/routes/personen.nieuw.tsx'
import { parseDateOnly } from '~/utils/dates.ts'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import { makeRequest, outcome, signedIn, testContext } from '../factories.ts'

type FormReply = {
  errors: Record<string, string[]>
  values: Record<string, string>
  conflict?: { changes: { label: string; before: string; after: string }[]; version: number; base: string }
}

type PersonPage = {
  person: { id: string; name: string; email: string | null; phone: string | null }
  current: { id: string; role: string; organisation: { id: string; name: string }; upcoming: boolean }[]
  past: { id: string; role: string; organisation: { id: string; name: string } }[]
}

type PeopleList = {
  people: { id: string; name: string; memberships: { role: string; organisation: { name: string } }[] }[]
  total: number
  page: number
  pageCount: number
  filters: { q: string; organisationId: string; role: string }
  canCreate: boolean
}

const messages = (reply: { data?: FormReply }, field: string) =>
  (reply.data?.errors[field] ?? []).map(translateRef)

const day = (text: string) => {
  const date = parseDateOnly(text)
  if (!date) throw new Error(`not a day: ${text}`)
  return date
}

let organisationCount = 0

// Creates an organisation directly (there is no organisation factory yet).
function createOrganisation({ name, active = true }: { name?: string; active?: boolean } = {}) {
  organisationCount += 1
  return prisma.organisation.create({
    data: { name: name ?? `Cliëntenraad ${organisationCount}`, type: 'CLIENT_COUNCIL_WI', active },
  })
}

function createPerson(name = 'Jan de Vries') {
  return prisma.person.create({ data: { name } })
}

function createPersonAs(cookie: string, form: Record<string, string>) {
  return outcome<FormReply>(() =>
    newPersonAction({
      request: makeRequest('/personen/nieuw', { cookie, form }),
      params: {},
      context: testContext(),
    }),
  )
}

function actOnPerson(cookie: string, personId: string, form: Record<string, string>) {
  return outcome<FormReply>(() =>
    personAction({
      request: makeRequest(`/personen/${personId}`, { cookie, form }),
      params: { personId },
      context: testContext(),
    }),
  )
}

function openPerson(cookie: string, personId: string) {
  return outcome<PersonPage>(() =>
    personLoader({
      request: makeRequest(`/personen/${personId}`, { cookie }),
      params: { personId },
      context: testContext(),
    }),
  )
}

function editPersonAs(cookie: string, personId: string, form: Record<string, string>) {
  return outcome<FormReply>(() =>
    editAction({
      request: makeRequest(`/personen/${personId}/bewerken`, { cookie, form }),
      params: { personId },
      context: testContext(),
    }),
  )
}

function listPeopleAs(cookie: string, search = '') {
  return outcome<PeopleList>(() =>
    peopleLoader({
      request: makeRequest(`/personen${search}`, { cookie }),
      params: {},
      context: testContext(),
    }),
  )
}

describe('creating a person', () => {
  it('creates a person with a first membership and opens their page with a message', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createOrganisation()
    const result = await createPersonAs(cookie, {
      name: 'Anneke Bosma',
      email: 'Anneke@Example.org',
      phone: '058-1234567',
      notes: '',
      organisationId: council.id,
      role: 'voorzitter',
      startDate: '2024-01-01',
    })
    expect(result.status).toBe(302)
    const person = await prisma.person.findFirstOrThrow({ where: { name: 'Anneke Bosma' } })
    expect(result.location).toBe(`/personen/${person.id}`)
    expect(result.headers.get('Set-Cookie')).toContain('toast')
    expect(person).toMatchObject({ email: 'anneke@example.org', phone: '+31581234567', notes: null })
    const page = await openPerson(cookie, person.id)
    expect(page.data?.current).toEqual([
      expect.objectContaining({
        role: 'voorzitter',
        organisation: expect.objectContaining({ id: council.id }),
      }),
    ])
  })

  it('pre-selects the organisation the organisation page linked from', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createOrganisation()
    const page = await outcome<{ preselected: string }>(() =>
      newPersonLoader({
        request: makeRequest(`/personen/nieuw?organisatie=${council.id}`, { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(page.data?.preselected).toBe(council.id)
    const unknown = await outcome<{ preselected: string }>(() =>
      newPersonLoader({
        request: makeRequest('/personen/nieuw?organisatie=bestaat-niet', { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(unknown.data?.preselected).toBe('')
  })

  it('stores nothing when the chosen organisation does not exist', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const before = await prisma.person.count()
    const result = await createPersonAs(cookie, {
      name: 'Spook Persoon',
      organisationId: 'bestaat-niet',
      role: 'lid',
    })
    expect(result.status).toBe(400)
    expect(messages(result, 'organisationId')).toEqual(['Dit bestaat niet (meer). Kies opnieuw.'])
    expect(result.data?.values.name).toBe('Spook Persoon')
    expect(await prisma.person.count()).toBe(before)
  })

  it('refuses a first membership with an organisation that is no longer active', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const closed = await createOrganisation({ active: false })
    const result = await createPersonAs(cookie, { name: 'Piet Post', organisationId: closed.id, role: 'lid' })
    expect(result.status).toBe(400)
    expect(messages(result, 'organisationId')).toEqual([
      'Deze organisatie is niet meer actief. Een lidmaatschap kan alleen worden toegevoegd bij een actieve organisatie.',
    ])
    expect(await prisma.person.count({ where: { name: 'Piet Post' } })).toBe(0)
  })

  it('refuses an over-long name and keeps what was typed', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const result = await createPersonAs(cookie, {
      name: 'x'.repeat(121),
      email: 'geen-adres',
      phone: 'bel me',
    })
    expect(result.status).toBe(400)
    expect(messages(result, 'name')).toEqual(['Gebruik hoogstens 120 tekens.'])
    expect(messages(result, 'email')).toEqual([
      'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    ])
    expect(messages(result, 'phone')).toEqual([
      'Vul een geldig telefoonnummer in, bijvoorbeeld 058 123 4567 of 06 1234 5678.',
    ])
    expect(result.data?.values).toMatchObject({ email: 'geen-adres', phone: 'bel me' })
  })

  it('stores a name with markup as plain text and shows it as such', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const name = '<img src=x onerror=alert(1)> de Boer'
    const result = await createPersonAs(cookie, { name })
    expect(result.status).toBe(302)
    const stored = await prisma.person.findFirstOrThrow({ where: { name } })
    const page = await openPerson(cookie, stored.id)
    expect(page.data?.person.name).toBe(name)
  })

  it('is not open to a viewer', async () => {
    const { cookie } = await signedIn('lezer')
    const result = await createPersonAs(cookie, { name: 'Niet Toegestaan' })
    expect(result.status).toBe(403)
    expect(await prisma.person.count({ where: { name: 'Niet Toegestaan' } })).toBe(0)
  })
})

describe('memberships over time', () => {
  it('lists current and past memberships apart, and only current members on the organisation', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createOrganisation()
    const chair = await createPerson('Zwier Zijlstra')
    const member = await createPerson('Aaltje Atsma')
    const former = await createPerson('Bauke Bakker')
    const future = await createPerson('Cor Cuperus')
    const add = (personId: string, form: Record<string, string>) =>
      actOnPerson(cookie, personId, { intent: 'add-membership', organisationId: council.id, ...form })

    expect((await add(member.id, { role: 'lid', startDate: '2020-01-01' })).status).toBe(302)
    expect((await add(chair.id, { role: 'voorzitter', startDate: '2021-03-01' })).status).toBe(302)
    expect(
      (await add(chair.id, { role: 'lid', startDate: '2015-01-01', endDate: '2021-02-28' })).status,
    ).toBe(302)
    expect(
      (await add(former.id, { role: 'secretaris', startDate: '2016-01-01', endDate: '2019-12-31' })).status,
    ).toBe(302)
    expect((await add(future.id, { role: 'lid', startDate: '2099-01-01' })).status).toBe(302)

    const page = await openPerson(cookie, chair.id)
    expect(page.data?.current.map((m) => m.role)).toEqual(['voorzitter'])
    expect(page.data?.past.map((m) => m.role)).toEqual(['lid'])

    const upcoming = await openPerson(cookie, future.id)
    expect(upcoming.data?.current).toEqual([expect.objectContaining({ upcoming: true })])

    const members = await listCurrentMembers({ organisationId: council.id })
    expect(members.map((m) => [m.person.name, m.role])).toEqual([
      ['Zwier Zijlstra', 'voorzitter'],
      ['Aaltje Atsma', 'lid'],
    ])
    expect(members[0]).toEqual({
      id: expect.any(String),
      role: 'voorzitter',
      startDate: day('2021-03-01'),
      person: { id: chair.id, name: 'Zwier Zijlstra', email: null, phone: null },
    })
    // Back in 2018, the former secretary was still a member and the chair was a member.
    const then = await listCurrentMembers({
      organisationId: council.id,
      today: new Date('2018-06-01T12:00:00Z'),
    })
    expect(then.map((m) => [m.person.name, m.role])).toEqual([
      ['Bauke Bakker', 'secretaris'],
      ['Zwier Zijlstra', 'lid'],
    ])
  })

  it('ends a membership on the chosen day, which then moves to the past', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createOrganisation()
    const person = await createPerson('Doutzen Dijkstra')
    await actOnPerson(cookie, person.id, {
      intent: 'add-membership',
      organisationId: council.id,
      role: 'penningmeester',
      startDate: '2019-05-01',
    })
    const membership = await prisma.membership.findFirstOrThrow({ where: { personId: person.id } })

    const tooEarly = await actOnPerson(cookie, person.id, {
      intent: 'end-membership',
      membershipId: membership.id,
      endDate: '2019-04-30',
    })
    expect(tooEarly.status).toBe(400)
    expect(messages(tooEarly, 'endDate')).toEqual(['De einddatum ligt vóór de begindatum.'])

    const ended = await actOnPerson(cookie, person.id, {
      intent: 'end-membership',
      membershipId: membership.id,
      endDate: '2023-12-31',
    })
    expect(ended.status).toBe(302)
    const page = await openPerson(cookie, person.id)
    expect(page.data?.current).toEqual([])
    expect(page.data?.past.map((m) => m.role)).toEqual(['penningmeester'])
    expect(await listCurrentMembers({ organisationId: council.id })).toEqual([])
  })

  it('refuses a membership whose end lies before its start, storing nothing', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createOrganisation()
    const person = await createPerson()
    const result = await actOnPerson(cookie, person.id, {
      intent: 'add-membership',
      organisationId: council.id,
      role: 'lid',
      startDate: '2025-06-01',
      endDate: '2025-05-31',
    })
    expect(result.status).toBe(400)
    expect(messages(result, 'endDate')).toEqual(['De einddatum ligt vóór de begindatum.'])
    expect(result.data?.values).toMatchObject({ startDate: '2025-06-01', endDate: '2025-05-31' })
    expect(await prisma.membership.count({ where: { personId: person.id } })).toBe(0)
  })

  it('refuses a membership with an inactive or unknown organisation, and a role outside the list', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const closed = await createOrganisation({ active: false })
    const person = await createPerson()
    const inactive = await actOnPerson(cookie, person.id, {
      intent: 'add-membership',
      organisationId: closed.id,
      role: 'lid',
    })
    expect(inactive.status).toBe(400)
    expect(messages(inactive, 'organisationId')).toEqual([
      'Deze organisatie is niet meer actief. Een lidmaatschap kan alleen worden toegevoegd bij een actieve organisatie.',
    ])
    const unknown = await actOnPerson(cookie, person.id, {
      intent: 'add-membership',
      organisationId: 'bestaat-niet',
      role: 'baas',
    })
    expect(messages(unknown, 'role')).toEqual(['Kies een van de mogelijkheden.'])
    const unknownOnly = await actOnPerson(cookie, person.id, {
      intent: 'add-membership',
      organisationId: 'bestaat-niet',
      role: 'lid',
    })
    expect(messages(unknownOnly, 'organisationId')).toEqual(['Dit bestaat niet (meer). Kies opnieuw.'])
    expect(await prisma.membership.count({ where: { personId: person.id } })).toBe(0)
  })

  it('stores "ervaringsdeskundige" and "cliënt" only together with a consent date', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createOrganisation()
    const person = await createPerson()
    const withoutConsent = await actOnPerson(cookie, person.id, {
      intent: 'add-membership',
      organisationId: council.id,
      role: 'lid',
      isClient: 'on',
    })
    expect(withoutConsent.status).toBe(400)
    expect(messages(withoutConsent, 'consentDate')).toEqual([
      'Vul de datum in waarop de persoon toestemming gaf, of vink ervaringsdeskundige en cliënt uit.',
    ])
    expect(withoutConsent.data?.values.isClient).toBe('on')
    expect(await prisma.membership.count({ where: { personId: person.id } })).toBe(0)

    await actOnPerson(cookie, person.id, {
      intent: 'add-membership',
      organisationId: council.id,
      role: 'lid',
      expertByExperience: 'on',
      consentDate: '2026-02-01',
    })
    const other = await createOrganisation()
    await actOnPerson(cookie, person.id, {
      intent: 'add-membership',
      organisationId: other.id,
      role: 'adviseur',
      consentDate: '2026-02-01',
    })
    const stored = await prisma.membership.findMany({
      where: { personId: person.id },
      select: { role: true, expertByExperience: true, isClient: true, consentDate: true },
      orderBy: { role: 'asc' },
    })
    expect(stored).toEqual([
      { role: 'adviseur', expertByExperience: null, isClient: null, consentDate: null },
      { role: 'lid', expertByExperience: true, isClient: null, consentDate: day('2026-02-01') },
    ])
  })

  it('removes a membership entered by mistake, for a worker but not for a viewer', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const { cookie: viewer } = await signedIn('lezer')
    const council = await createOrganisation()
    const person = await createPerson()
    await actOnPerson(cookie, person.id, {
      intent: 'add-membership',
      organisationId: council.id,
      role: 'notulist',
    })
    const membership = await prisma.membership.findFirstOrThrow({ where: { personId: person.id } })
    const refused = await actOnPerson(viewer, person.id, {
      intent: 'remove-membership',
      membershipId: membership.id,
    })
    expect(refused.status).toBe(403)
    const removed = await actOnPerson(cookie, person.id, {
      intent: 'remove-membership',
      membershipId: membership.id,
    })
    expect(removed.status).toBe(302)
    expect(await prisma.membership.count({ where: { personId: person.id } })).toBe(0)
    const again = await actOnPerson(cookie, person.id, {
      intent: 'remove-membership',
      membershipId: membership.id,
    })
    expect(messages(again, 'form')).toEqual([
      'Dit lidmaatschap bestaat niet (meer). Misschien heeft iemand anders het intussen verwijderd.',
    ])
  })
})

describe('editing a person', () => {
  it('detects that someone else saved first, names what changed and overwrites nothing', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const person = await prisma.person.create({ data: { name: 'Geert Gerbrandy', phone: '+31581234567' } })
    const opened = await outcome<{ person: { version: number }; base: string }>(() =>
      editLoader({
        request: makeRequest(`/personen/${person.id}/bewerken`, { cookie }),
        params: { personId: person.id },
        context: testContext(),
      }),
    )
    const version = String(opened.data?.person.version)
    const base = opened.data?.base ?? ''
    const first = await editPersonAs(cookie, person.id, {
      name: 'Geert Gerbrandy',
      phone: '06 12345678',
      email: '',
      notes: '',
      version,
      base,
    })
    expect(first.status).toBe(302)

    const second = await editPersonAs(cookie, person.id, {
      name: 'Geert G. Gerbrandy',
      phone: '058 123 4567',
      email: 'geert@example.org',
      notes: '',
      version,
      base,
    })
    expect(second.status).toBe(409)
    expect(second.data?.conflict?.changes).toEqual([
      { label: 'Telefoonnummer', before: '058 123 4567', after: '06 1234 5678' },
    ])
    expect(second.data?.values).toMatchObject({ name: 'Geert G. Gerbrandy', email: 'geert@example.org' })
    const stored = await prisma.person.findUniqueOrThrow({ where: { id: person.id } })
    expect(stored).toMatchObject({ name: 'Geert Gerbrandy', phone: '+31612345678', email: null })

    // Saving again with the version the conflict reply carries overwrites deliberately.
    const third = await editPersonAs(cookie, person.id, {
      name: 'Geert G. Gerbrandy',
      phone: '058 123 4567',
      email: 'geert@example.org',
      notes: '',
      version: String(second.data?.conflict?.version),
      base: second.data?.conflict?.base ?? '',
    })
    expect(third.status).toBe(302)
    expect(await prisma.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      name: 'Geert G. Gerbrandy',
      phone: '+31581234567',
      email: 'geert@example.org',
    })
  })

  it('shows the not-found page for a person that does not exist', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    expect((await openPerson(cookie, 'bestaat-niet')).status).toBe(404)
    const edit = await editPersonAs(cookie, 'bestaat-niet', { name: 'X', version: '1' })
    expect(edit.status).toBe(404)
  })
})

describe('deleting a person', () => {
  it('is refused while the person has memberships, also ended ones', async () => {
    const { cookie } = await signedIn('coordinator')
    const council = await createOrganisation()
    const person = await createPerson()
    await prisma.membership.create({
      data: { personId: person.id, organisationId: council.id, role: 'lid', endDate: day('2020-01-01') },
    })
    const result = await actOnPerson(cookie, person.id, { intent: 'delete' })
    expect(result.status).toBe(400)
    expect(messages(result, 'form')).toEqual([
      'Deze persoon heeft lidmaatschappen (nu of vroeger) of komt voor in activiteiten en kan daarom niet worden verwijderd. Verwijder eerst wat per vergissing is ingevoerd.',
    ])
    expect(await prisma.person.count({ where: { id: person.id } })).toBe(1)
  })

  it('is refused to a worker, and done for a coordinator when there are no memberships', async () => {
    const { cookie: worker } = await signedIn('opbouwwerker')
    const { cookie: coordinator } = await signedIn('coordinator')
    const person = await createPerson('Wiebe Wiersma')
    expect((await actOnPerson(worker, person.id, { intent: 'delete' })).status).toBe(403)
    expect(await prisma.person.count({ where: { id: person.id } })).toBe(1)
    const result = await actOnPerson(coordinator, person.id, { intent: 'delete' })
    expect(result.status).toBe(302)
    expect(result.location).toBe('/personen')
    expect(await prisma.person.count({ where: { id: person.id } })).toBe(0)
  })
})

describe('the list of people', () => {
  it('falls back to the first page and no filters for nonsense in the address', async () => {
    const { cookie } = await signedIn('lezer')
    const result = await listPeopleAs(cookie, '?pagina=-3&rol=%3Cscript%3E&organisatie=bestaat-niet&q=')
    expect(result.status).toBe(200)
    expect(result.data).toMatchObject({ page: 1, filters: { q: '', organisationId: '', role: '' } })
    const words = await listPeopleAs(cookie, '?pagina=drie&q[]=x&rol=')
    expect(words.status).toBe(200)
    expect(words.data?.page).toBe(1)
  })

  it('finds names whatever their accents or capitals, with their current organisations', async () => {
    const { cookie } = await signedIn('lezer')
    const council = await createOrganisation({ name: 'Cliëntenraad Súdwest' })
    const person = await createPerson('Jörgen Müller')
    await prisma.membership.create({
      data: { personId: person.id, organisationId: council.id, role: 'secretaris' },
    })
    await prisma.membership.create({
      data: { personId: person.id, organisationId: council.id, role: 'lid', endDate: day('2010-01-01') },
    })
    const result = await listPeopleAs(cookie, '?q=JORGEN+muller')
    expect(result.data?.people).toEqual([
      expect.objectContaining({
        name: 'Jörgen Müller',
        memberships: [
          expect.objectContaining({
            role: 'secretaris',
            organisation: { id: council.id, name: council.name },
          }),
        ],
      }),
    ])
    expect(result.data?.canCreate).toBe(false)
  })

  it('filters on organisation and role and pages by 25', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const council = await createOrganisation()
    for (let index = 1; index <= 27; index += 1) {
      const person = await createPerson(`Lid ${String(index).padStart(2, '0')}`)
      await prisma.membership.create({
        data: { personId: person.id, organisationId: council.id, role: index === 27 ? 'voorzitter' : 'lid' },
      })
    }
    const first = await listPeopleAs(cookie, `?organisatie=${council.id}`)
    expect(first.data).toMatchObject({ total: 27, page: 1, pageCount: 2, canCreate: true })
    expect(first.data?.people).toHaveLength(25)
    const second = await listPeopleAs(cookie, `?organisatie=${council.id}&pagina=2`)
    expect(second.data?.people.map((person) => person.name)).toEqual(['Lid 26', 'Lid 27'])
    const beyond = await listPeopleAs(cookie, `?organisatie=${council.id}&pagina=99`)
    expect(beyond.data?.page).toBe(2)
    const chairs = await listPeopleAs(cookie, `?organisatie=${council.id}&rol=voorzitter`)
    expect(chairs.data?.people.map((person) => person.name)).toEqual(['Lid 27'])
  })
})
