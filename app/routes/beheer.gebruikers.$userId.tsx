import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { listAuditEvents } from '~/models/audit/audit.server.ts'
import { roleOptions } from '~/models/user/role-options.ts'
import { PasswordResetSchema, UserUpdateSchema } from '~/models/user/user.schema.ts'
import { getUser, resetPassword, setUserActive, updateUser } from '~/models/user/user.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { revalidateAfterConflict } from '~/utils/conflict.ts'
import { formatDateTime } from '~/utils/dates.ts'
import { type FieldErrors, formValues, parseForm } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('admin.editUser')} · ${t('app.name')}` }]

export const shouldRevalidate = revalidateAfterConflict

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user: actor } = await requireUser(request, { role: 'beheerder' })
  const userId = requireParam(params, 'userId')
  const user = await getUser({ userId })
  invariantResponse(user, 404)
  const audit = await listAuditEvents({ entityType: 'User', entityId: userId })
  return { user, audit, isSelf: actor.id === userId }
}

type ActionResult = {
  intent: string
  errors: FieldErrors
  values: Record<string, string>
  conflict?: boolean
}

const refusals: Record<'emailTaken' | 'lastAdmin' | 'ownAccount', { field: string; message: MessageKey }> = {
  emailTaken: { field: 'email', message: 'validation.emailTaken' },
  lastAdmin: { field: 'form', message: 'validation.lastAdmin' },
  ownAccount: { field: 'form', message: 'validation.ownAccount' },
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user: actor } = await requireUser(request, { role: 'beheerder' })
  const userId = requireParam(params, 'userId')
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const reply = (result: Omit<ActionResult, 'intent'>, status: number) =>
    data({ intent, ...result }, { status })
  const url = `/beheer/gebruikers/${userId}`

  switch (intent) {
    case 'update': {
      const form = parseForm(formData, UserUpdateSchema)
      if (!form.success) return reply({ errors: form.errors, values: form.values }, 400)
      const result = await updateUser({ userId, ...form.value, actorId: actor.id })
      if (result.ok)
        return redirectWithToast(request, url, { type: 'success', message: t('admin.userSaved') })
      if (result.reason === 'notFound') throw new Response(null, { status: 404 })
      if (result.reason === 'conflict') {
        return reply(
          { errors: { form: ['conflict.body'] }, values: formValues(formData), conflict: true },
          409,
        )
      }
      const refusal = refusals[result.reason]
      return reply({ errors: { [refusal.field]: [refusal.message] }, values: formValues(formData) }, 400)
    }
    case 'deactivate':
    case 'reactivate': {
      const result = await setUserActive({ userId, active: intent === 'reactivate', actorId: actor.id })
      if (!result.ok) {
        if (result.reason === 'notFound') throw new Response(null, { status: 404 })
        return reply({ errors: { form: [refusals[result.reason].message] }, values: {} }, 400)
      }
      const message = intent === 'reactivate' ? 'admin.userReactivated' : 'admin.userDeactivated'
      return redirectWithToast(request, url, {
        type: 'success',
        message: t(message, { name: result.user.name }),
      })
    }
    case 'reset-password': {
      const form = parseForm(formData, PasswordResetSchema)
      if (!form.success) return reply({ errors: form.errors, values: {} }, 400)
      const user = await getUser({ userId })
      invariantResponse(user, 404)
      await resetPassword({ userId, password: form.value.password, actorId: actor.id })
      return redirectWithToast(request, url, {
        type: 'success',
        message: t('admin.passwordReset', { name: user.name }),
      })
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

export default function EditUser() {
  const { user, audit, isSelf } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errorsFor = (intent: string) =>
    actionData?.intent === intent ? (actionData.errors as FieldErrors) : undefined
  const updateErrors = errorsFor('update')
  const values: Record<string, string> = actionData?.intent === 'update' ? actionData.values : {}
  const statusErrors = errorsFor(user.active ? 'deactivate' : 'reactivate')
  const passwordErrors = errorsFor('reset-password')
  return (
    <>
      <PageHeader
        title={user.name}
        intro={
          <>
            {t(`role.${user.role}` as MessageKey)} ·{' '}
            {user.active ? (
              <Badge tone="success">{t('admin.active')}</Badge>
            ) : (
              <Badge>{t('admin.inactive')}</Badge>
            )}
          </>
        }
        actions={
          <Link to="/beheer/gebruikers" className={buttonClass('secondary')}>
            {t('admin.users')}
          </Link>
        }
      />
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="edit-user">
          <h2 id="edit-user" className="mb-3 text-lg font-semibold">
            {t('admin.editUser')}
          </h2>
          {actionData?.intent === 'update' && actionData.conflict ? (
            <div
              role="alert"
              className="mb-4 rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950"
            >
              <p className="font-semibold">{t('conflict.title')}</p>
              <p>{t('conflict.body')}</p>
              <p className="mt-2">
                {user.name} · {user.email} · {t(`role.${user.role}` as MessageKey)}
              </p>
            </div>
          ) : (
            <ErrorSummary errors={updateErrors} />
          )}
          <Form method="post" className="space-y-4" noValidate>
            <input type="hidden" name="version" value={user.version} />
            <TextField
              label={t('admin.name')}
              name="name"
              required
              maxLength={120}
              defaultValue={values.name ?? user.name}
              errors={updateErrors?.name}
            />
            <TextField
              label={t('admin.email')}
              name="email"
              type="email"
              required
              defaultValue={values.email ?? user.email}
              errors={updateErrors?.email}
            />
            <SelectField
              label={t('admin.role')}
              name="role"
              required
              defaultValue={values.role ?? user.role}
              options={roleOptions()}
              errors={updateErrors?.role}
            />
            <Button name="intent" value="update">
              {t('admin.save')}
            </Button>
          </Form>
        </section>

        <div className="space-y-10">
          <section aria-labelledby="user-status">
            <h2 id="user-status" className="mb-2 text-lg font-semibold">
              {t('admin.status')}
            </h2>
            <p className="mb-3 text-slate-700">{t('admin.statusIntro')}</p>
            <ErrorSummary errors={statusErrors} />
            {isSelf ? null : (
              <Form method="post" className="mt-2">
                {user.active ? (
                  <Button name="intent" value="deactivate" variant="danger">
                    {t('admin.deactivate')}
                  </Button>
                ) : (
                  <Button name="intent" value="reactivate" variant="secondary">
                    {t('admin.reactivate')}
                  </Button>
                )}
              </Form>
            )}
          </section>

          <section aria-labelledby="reset-password">
            <h2 id="reset-password" className="mb-2 text-lg font-semibold">
              {t('admin.resetPassword')}
            </h2>
            <p className="mb-3 text-slate-700">{t('admin.resetPasswordIntro')}</p>
            <Form method="post" className="space-y-4" noValidate>
              <TextField
                label={t('admin.newPassword')}
                name="password"
                type="password"
                autoComplete="new-password"
                required
                hint={t('admin.passwordHint')}
                errors={passwordErrors?.password}
              />
              <Button name="intent" value="reset-password" variant="secondary">
                {t('admin.resetPassword')}
              </Button>
            </Form>
          </section>

          {audit.length > 0 ? (
            <section aria-labelledby="user-audit">
              <h2 id="user-audit" className="mb-2 text-lg font-semibold">
                {t('admin.auditTitle')}
              </h2>
              <ul className="space-y-1 text-sm">
                {audit.map((event) => (
                  <li key={event.id}>
                    <time dateTime={new Date(event.at).toISOString()}>{formatDateTime(event.at)}</time> —{' '}
                    {event.summary}
                    {event.actor ? ` (${event.actor.name})` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
