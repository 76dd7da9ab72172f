import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node'
import { Form, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { Button } from '~/components/ui/button.tsx'
import { ErrorSummary, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { pruneLoginAttempts, verifyLogin } from '~/models/user/login.server.ts'
import { createSession, deleteExpiredSessions } from '~/models/user/session.server.ts'
import { LoginFormSchema } from '~/models/user/user.schema.ts'
import { getOptionalUser } from '~/utils/auth.server.ts'
import { env } from '~/utils/env.server.ts'
import { parseForm } from '~/utils/forms.ts'
import { messageRef, t } from '~/utils/i18n/index.ts'
import { safeRedirect } from '~/utils/redirect.ts'
import { commitSessionToken } from '~/utils/session.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('login.title')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getOptionalUser(request)) {
    throw redirect(safeRedirect(new URL(request.url).searchParams.get('redirectTo')))
  }
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData()
  const form = parseForm(formData, LoginFormSchema)
  if (!form.success) return data({ errors: form.errors, values: form.values }, { status: 400 })

  const { email, password, redirectTo } = form.value
  const policy = { maxFailures: env.loginMaxFailures, windowMs: env.loginWindowMs }
  const result = await verifyLogin({ email, password, ipAddress: context.clientIp, policy })
  if (!result.ok) {
    const message =
      result.reason === 'blocked'
        ? messageRef('login.blocked', { minutes: Math.max(1, Math.ceil(result.retryAfterMs / 60_000)) })
        : 'login.invalid'
    return data(
      { errors: { form: [message] }, values: { email, redirectTo: redirectTo ?? '' } },
      { status: 400 },
    )
  }

  await Promise.all([
    deleteExpiredSessions({ idleMs: env.sessionIdleMs }),
    pruneLoginAttempts({ olderThanMs: 7 * 24 * 3_600_000 }),
  ])
  const session = await createSession({
    userId: result.user.id,
    maxAgeMs: env.sessionMaxMs,
    userAgent: request.headers.get('user-agent'),
  })
  return redirect(safeRedirect(redirectTo), {
    headers: { 'Set-Cookie': await commitSessionToken(session.token, session.expiresAt) },
  })
}

export default function Login() {
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const navigation = useNavigation()
  const values = actionData?.values
  const errors = actionData?.errors as Record<string, string[]> | undefined
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t('login.title')} intro={t('login.intro')} />
      <Form method="post" className="space-y-4" noValidate>
        <ErrorSummary errors={errors} />
        <input
          type="hidden"
          name="redirectTo"
          value={values?.redirectTo ?? searchParams.get('redirectTo') ?? ''}
        />
        <TextField
          label={t('login.email')}
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={values?.email ?? ''}
          errors={errors?.email}
        />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={errors?.password}
        />
        <Button disabled={navigation.state === 'submitting'}>{t('login.submit')}</Button>
      </Form>
    </div>
  )
}
