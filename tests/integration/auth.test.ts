import { describe, expect, it } from 'vitest'
import { loader as dashboardLoader } from '~/routes/_index.tsx'
import { action as loginAction } from '~/routes/login.tsx'
import { action as logoutAction, loader as logoutLoader } from '~/routes/logout.tsx'
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

type FormReply = { errors: Record<string, string[]>; values: Record<string, string> }

async function logIn(email: string, password: string, { ip = '192.0.2.10', redirectTo = '' } = {}) {
  const request = makeRequest('/login', { form: { email, password, redirectTo } })
  return outcome<FormReply>(() => loginAction({ request, params: {}, context: testContext(ip) }))
}

const formMessage = (reply: { data?: FormReply }) => (reply.data?.errors.form ?? []).map(translateRef)

describe('logging in', () => {
  it('signs a user in with the right password and sets an httpOnly, same-site session cookie', async () => {
    const user = await createTestUser({ email: 'Anna.de.Vries@Example.org' })
    const result = await logIn('  anna.de.vries@EXAMPLE.org ', TEST_PASSWORD)
    expect(result.status).toBe(302)
    expect(result.location).toBe('/')
    const cookie = result.headers.get('Set-Cookie') ?? ''
    expect(cookie).toMatch(/^raadnet_session=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1)
  })

  it('gives the same message for a wrong password and for an unknown address, keeping the e-mail', async () => {
    await createTestUser({ email: 'bekend@example.org' })
    const wrongPassword = await logIn('bekend@example.org', 'niet-het-wachtwoord')
    const unknownUser = await logIn('onbekend@example.org', 'niet-het-wachtwoord')
    expect(wrongPassword.status).toBe(400)
    expect(formMessage(wrongPassword)).toEqual(['E-mailadres of wachtwoord is onjuist.'])
    expect(formMessage(unknownUser)).toEqual(formMessage(wrongPassword))
    expect(wrongPassword.data?.values.email).toBe('bekend@example.org')
  })

  it('asks for both fields in Dutch when they are empty or only spaces', async () => {
    const result = await logIn('   ', '')
    expect(result.status).toBe(400)
    expect(result.data?.errors.email?.map(translateRef)).toEqual(['Vul dit veld in.'])
    expect(result.data?.errors.password?.map(translateRef)).toEqual(['Vul dit veld in.'])
  })

  it('refuses an over-long e-mail address with a field message instead of an error page', async () => {
    const result = await logIn(`${'a'.repeat(300)}@example.org`, 'x')
    expect(result.status).toBe(400)
    expect(result.data?.errors.email?.map(translateRef)).toEqual(['Gebruik hoogstens 254 tekens.'])
  })

  it('treats SQL-looking input as an ordinary wrong login', async () => {
    const result = await logIn("' OR 1=1 --", "' OR '1'='1")
    expect(result.status).toBe(400)
    expect(formMessage(result)).toEqual(['E-mailadres of wachtwoord is onjuist.'])
  })

  it('does not let a deactivated user in', async () => {
    await createTestUser({ email: 'weg@example.org', active: false })
    const result = await logIn('weg@example.org', TEST_PASSWORD)
    expect(formMessage(result)).toEqual(['E-mailadres of wachtwoord is onjuist.'])
  })

  it('returns to the page the user came from, but never to another site', async () => {
    await createTestUser({ email: 'terug@example.org' })
    const local = await logIn('terug@example.org', TEST_PASSWORD, { redirectTo: '/organisaties?pagina=2' })
    expect(local.location).toBe('/organisaties?pagina=2')
    const foreign = await logIn('terug@example.org', TEST_PASSWORD, { redirectTo: '//evil.example/phish' })
    expect(foreign.location).toBe('/')
  })
})

describe('the login lockout', () => {
  it('blocks an account after 10 failed attempts, even with the right password, and says for how long', async () => {
    await createTestUser({ email: 'doelwit@example.org' })
    for (let attempt = 0; attempt < 10; attempt++) {
      await logIn('doelwit@example.org', `fout-${attempt}`, { ip: `198.51.100.${attempt}` })
    }
    const blocked = await logIn('doelwit@example.org', TEST_PASSWORD, { ip: '198.51.100.200' })
    expect(blocked.status).toBe(400)
    expect(formMessage(blocked)).toEqual([
      'Te veel mislukte inlogpogingen. Om misbruik te voorkomen kunt u het over 15 minuten opnieuw proberen.',
    ])
  })

  it('lets the account in again once the failures are older than the window', async () => {
    await createTestUser({ email: 'later@example.org' })
    const longAgo = new Date(Date.now() - 16 * 60_000)
    await prisma.loginAttempt.createMany({
      data: Array.from({ length: 10 }, () => ({
        email: 'later@example.org',
        ipAddress: '203.0.113.5',
        success: false,
        createdAt: longAgo,
      })),
    })
    const result = await logIn('later@example.org', TEST_PASSWORD, { ip: '203.0.113.5' })
    expect(result.status).toBe(302)
  })

  it('blocks an address that tries 10 different accounts', async () => {
    await createTestUser({ email: 'slachtoffer@example.org' })
    for (let attempt = 0; attempt < 10; attempt++) {
      await logIn(`gok-${attempt}@example.org`, 'gok', { ip: '203.0.113.66' })
    }
    const fromSameAddress = await logIn('slachtoffer@example.org', TEST_PASSWORD, { ip: '203.0.113.66' })
    expect(formMessage(fromSameAddress)[0]).toMatch(/^Te veel mislukte inlogpogingen/)
    const fromElsewhere = await logIn('slachtoffer@example.org', TEST_PASSWORD, { ip: '203.0.113.67' })
    expect(fromElsewhere.status).toBe(302)
  })
})

describe('sessions', () => {
  it('sends a visitor without a session to the login page, remembering where they were going', async () => {
    const result = await outcome(() =>
      dashboardLoader({ request: makeRequest('/themas?x=1'), params: {}, context: testContext() }),
    )
    expect(result.status).toBe(302)
    expect(result.location).toBe('/login?redirectTo=%2Fthemas%3Fx%3D1')
  })

  it('treats a garbage or forged cookie as not logged in, not as an error', async () => {
    for (const cookie of [
      'raadnet_session=%%%garbage',
      'raadnet_session=eyJhbGciOiJub25lIn0.e30.',
      'raadnet_session=',
    ]) {
      const result = await outcome(() =>
        dashboardLoader({ request: makeRequest('/', { cookie }), params: {}, context: testContext() }),
      )
      expect(result.status).toBe(302)
      expect(result.location).toBe('/login')
    }
  })

  it('ends after two hours without activity', async () => {
    const { user, cookie, sessionId } = await signedIn('lezer')
    await prisma.session.update({
      where: { id: sessionId },
      data: { lastSeenAt: new Date(Date.now() - 121 * 60_000) },
    })
    const result = await outcome(() =>
      dashboardLoader({ request: makeRequest('/', { cookie }), params: {}, context: testContext() }),
    )
    expect(result.location).toBe('/login')
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0)
  })

  it('ends at its absolute lifetime however active the user is', async () => {
    const { cookie, sessionId } = await signedIn('lezer')
    await prisma.session.update({
      where: { id: sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    })
    const result = await outcome(() =>
      dashboardLoader({ request: makeRequest('/', { cookie }), params: {}, context: testContext() }),
    )
    expect(result.location).toBe('/login')
  })

  it('keeps an active session alive', async () => {
    const { user, cookie } = await signedIn('lezer')
    const result = await outcome<{ name: string }>(() =>
      dashboardLoader({ request: makeRequest('/', { cookie }), params: {}, context: testContext() }),
    )
    expect(result.status).toBe(200)
    expect(result.data?.name).toBe(user.name)
  })

  it('ends the session on logout, so the old cookie no longer works', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const logout = await outcome(() =>
      logoutAction({
        request: makeRequest('/logout', { cookie, form: {} }),
        params: {},
        context: testContext(),
      }),
    )
    expect(logout.location).toBe('/login')
    const after = await outcome(() =>
      dashboardLoader({ request: makeRequest('/', { cookie }), params: {}, context: testContext() }),
    )
    expect(after.location).toBe('/login')
  })

  it('answers a GET on /logout with the not-found page', async () => {
    const result = await outcome(async () => logoutLoader())
    expect(result.status).toBe(404)
  })

  it('ends the sessions of a user who is deactivated', async () => {
    const user = await createTestUser()
    const { cookie } = await sessionCookieFor(user.id)
    await prisma.user.update({ where: { id: user.id }, data: { active: false } })
    const result = await outcome(() =>
      dashboardLoader({ request: makeRequest('/', { cookie }), params: {}, context: testContext() }),
    )
    expect(result.location).toBe('/login')
  })
})
