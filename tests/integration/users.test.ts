import { describe, expect, it } from 'vitest'
import { loader as dashboardLoader } from '~/routes/_index.tsx'
import { action as changePasswordAction } from '~/routes/account.wachtwoord.tsx'
import { loader as usersLoader } from '~/routes/beheer.gebruikers._index.tsx'
import { action as editUserAction, loader as editUserLoader } from '~/routes/beheer.gebruikers.$userId.tsx'
import { action as newUserAction } from '~/routes/beheer.gebruikers.nieuw.tsx'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import {
  createTestUser,
  makeRequest,
  outcome,
  sessionCookieFor,
  signedIn,
  TEST_PASSWORD,
  testContext,
} from '../factories.ts'

type FormReply = { errors: Record<string, string[]>; values: Record<string, string>; conflict?: boolean }

const messages = (reply: { data?: FormReply }, field: string) =>
  (reply.data?.errors[field] ?? []).map(translateRef)

function createUserAs(cookie: string, form: Record<string, string>) {
  return outcome<FormReply>(() =>
    newUserAction({
      request: makeRequest('/beheer/gebruikers/nieuw', { cookie, form }),
      params: {},
      context: testContext(),
    }),
  )
}

function editUserAs(cookie: string, userId: string, form: Record<string, string>) {
  return outcome<FormReply>(() =>
    editUserAction({
      request: makeRequest(`/beheer/gebruikers/${userId}`, { cookie, form }),
      params: { userId },
      context: testContext(),
    }),
  )
}

const validUser = {
  name: 'Jan Jansen',
  email: 'jan@example.org',
  role: 'opbouwwerker',
  password: 'een-goed-wachtwoord',
}

describe('user management', () => {
  it('lets an admin create a user who can then be found in the list', async () => {
    const { cookie } = await signedIn('beheerder')
    const result = await createUserAs(cookie, { ...validUser, email: 'Nieuw@Example.org' })
    expect(result.status).toBe(302)
    expect(result.location).toBe('/beheer/gebruikers')
    const list = await outcome<{ users: { email: string; role: string }[] }>(() =>
      usersLoader({
        request: makeRequest('/beheer/gebruikers', { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(list.data?.users).toContainEqual(
      expect.objectContaining({ email: 'nieuw@example.org', role: 'opbouwwerker' }),
    )
  })

  it('refuses a second account with the same e-mail in other capitals, keeping the input', async () => {
    const { cookie } = await signedIn('beheerder')
    await createTestUser({ email: 'dubbel@example.org' })
    const result = await createUserAs(cookie, { ...validUser, email: 'DUBBEL@example.org' })
    expect(result.status).toBe(400)
    expect(messages(result, 'email')).toEqual(['Er bestaat al een gebruiker met dit e-mailadres.'])
    expect(result.data?.values.name).toBe('Jan Jansen')
  })

  it('explains every wrong field in Dutch and stores nothing', async () => {
    const { cookie } = await signedIn('beheerder')
    const before = await prisma.user.count()
    const result = await createUserAs(cookie, {
      name: '   ',
      email: 'geen-adres',
      role: 'baas',
      password: 'kort',
    })
    expect(result.status).toBe(400)
    expect(messages(result, 'name')).toEqual(['Vul dit veld in.'])
    expect(messages(result, 'email')).toEqual([
      'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    ])
    expect(messages(result, 'role')).toEqual(['Kies een van de rollen.'])
    expect(messages(result, 'password')).toEqual(['Gebruik minstens 10 tekens.'])
    expect(result.data?.values).toMatchObject({ name: '   ', email: 'geen-adres' })
    expect(result.data?.values.password).toBeUndefined()
    expect(await prisma.user.count()).toBe(before)
  })

  it('refuses an over-long name', async () => {
    const { cookie } = await signedIn('beheerder')
    const result = await createUserAs(cookie, {
      ...validUser,
      email: 'lang@example.org',
      name: 'x'.repeat(121),
    })
    expect(messages(result, 'name')).toEqual(['Gebruik hoogstens 120 tekens.'])
  })

  it('stores a name with markup as plain text', async () => {
    const { cookie } = await signedIn('beheerder')
    const name = '<script>alert(1)</script> Jansen'
    await createUserAs(cookie, { ...validUser, email: 'script@example.org', name })
    const stored = await prisma.user.findUnique({ where: { email: 'script@example.org' } })
    expect(stored?.name).toBe(name)
  })

  it('stores the password as an argon2id hash, never as typed', async () => {
    const { cookie } = await signedIn('beheerder')
    await createUserAs(cookie, { ...validUser, email: 'hash@example.org' })
    const stored = await prisma.user.findUnique({ where: { email: 'hash@example.org' } })
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/)
    expect(stored?.passwordHash).not.toContain(validUser.password)
  })

  it('detects that someone else saved the user first and keeps the second editor’s input', async () => {
    const { cookie } = await signedIn('beheerder')
    const target = await createTestUser({ name: 'Oude Naam' })
    const first = await editUserAs(cookie, target.id, {
      intent: 'update',
      name: 'Eerste Wijziging',
      email: target.email,
      role: 'opbouwwerker',
      version: String(target.version),
    })
    expect(first.status).toBe(302)
    const second = await editUserAs(cookie, target.id, {
      intent: 'update',
      name: 'Tweede Wijziging',
      email: target.email,
      role: 'coordinator',
      version: String(target.version),
    })
    expect(second.status).toBe(409)
    expect(second.data?.conflict).toBe(true)
    expect(second.data?.values.name).toBe('Tweede Wijziging')
    const stored = await prisma.user.findUnique({ where: { id: target.id } })
    expect(stored?.name).toBe('Eerste Wijziging')
    expect(stored?.role).toBe('opbouwwerker')
  })

  it('does not let an admin lower their own role or deactivate themselves', async () => {
    const { user: admin, cookie } = await signedIn('beheerder')
    const ownDemotion = await editUserAs(cookie, admin.id, {
      intent: 'update',
      name: admin.name,
      email: admin.email,
      role: 'lezer',
      version: String(admin.version),
    })
    expect(ownDemotion.status).toBe(400)
    expect(messages(ownDemotion, 'form')).toEqual([
      'U kunt uw eigen account niet deactiveren of uw eigen rol verlagen.',
    ])
    const ownDeactivation = await editUserAs(cookie, admin.id, { intent: 'deactivate' })
    expect(ownDeactivation.status).toBe(400)
    const stored = await prisma.user.findUnique({ where: { id: admin.id } })
    expect(stored).toMatchObject({ role: 'beheerder', active: true })
  })

  it('ends every session of a user the admin deactivates, and records who did it', async () => {
    const { user: admin, cookie } = await signedIn('beheerder')
    const target = await createTestUser()
    const { cookie: targetCookie } = await sessionCookieFor(target.id)
    const result = await editUserAs(cookie, target.id, { intent: 'deactivate' })
    expect(result.status).toBe(302)
    expect(await prisma.session.count({ where: { userId: target.id } })).toBe(0)
    const visit = await outcome(() =>
      dashboardLoader({
        request: makeRequest('/', { cookie: targetCookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(visit.location).toBe('/login')
    const audit = await prisma.auditEvent.findFirst({
      where: { entityId: target.id, action: 'user.deactivate' },
    })
    expect(audit?.actorId).toBe(admin.id)
  })

  it('ends every session when an admin sets a new password', async () => {
    const { cookie } = await signedIn('beheerder')
    const target = await createTestUser()
    await sessionCookieFor(target.id)
    const result = await editUserAs(cookie, target.id, {
      intent: 'reset-password',
      password: 'nieuw-wachtwoord-123',
    })
    expect(result.status).toBe(302)
    expect(await prisma.session.count({ where: { userId: target.id } })).toBe(0)
  })

  it('shows the not-found page for a user that does not exist', async () => {
    const { cookie } = await signedIn('beheerder')
    const result = await outcome(() =>
      editUserLoader({
        request: makeRequest('/beheer/gebruikers/bestaat-niet', { cookie }),
        params: { userId: 'bestaat-niet' },
        context: testContext(),
      }),
    )
    expect(result.status).toBe(404)
  })
})

describe('changing one’s own password', () => {
  it('requires the current password and keeps only the current session', async () => {
    const user = await createTestUser()
    const { cookie: current } = await sessionCookieFor(user.id)
    const { cookie: elsewhere } = await sessionCookieFor(user.id)
    const change = (form: Record<string, string>) =>
      outcome<FormReply>(() =>
        changePasswordAction({
          request: makeRequest('/account/wachtwoord', { cookie: current, form }),
          params: {},
          context: testContext(),
        }),
      )
    const wrong = await change({
      currentPassword: 'fout',
      newPassword: 'nieuw-wachtwoord-1',
      confirmPassword: 'nieuw-wachtwoord-1',
    })
    expect(messages(wrong, 'currentPassword')).toEqual(['Het huidige wachtwoord is onjuist.'])
    const mismatch = await change({
      currentPassword: TEST_PASSWORD,
      newPassword: 'nieuw-wachtwoord-1',
      confirmPassword: 'nieuw-wachtwoord-2',
    })
    expect(messages(mismatch, 'confirmPassword')).toEqual(['De wachtwoorden zijn niet gelijk.'])
    const ok = await change({
      currentPassword: TEST_PASSWORD,
      newPassword: 'nieuw-wachtwoord-1',
      confirmPassword: 'nieuw-wachtwoord-1',
    })
    expect(ok.status).toBe(302)
    const visit = (cookie: string) =>
      outcome(() =>
        dashboardLoader({ request: makeRequest('/', { cookie }), params: {}, context: testContext() }),
      )
    expect((await visit(current)).status).toBe(200)
    expect((await visit(elsewhere)).location).toBe('/login')
  })
})
