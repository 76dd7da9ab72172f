import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { type ConflictChange, ConflictNotice } from '~/components/conflict-notice.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, TextAreaField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { PERSON_NAME_MAX, PERSON_NOTES_MAX, PersonUpdateSchema } from '~/models/person/person.schema.ts'
import { getPersonRecord, type PersonRecord, updatePerson } from '~/models/person/person.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { changedFields, decodeSnapshot, encodeSnapshot } from '~/utils/conflict.ts'
import { type FieldErrors, formValues, parseForm } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'
import { formatPhone } from '~/utils/validation.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${data ? t('people.editTitle', { name: data.person.name }) : t('people.edit')} · ${t('app.name')}`,
  },
]

type EditableField = 'name' | 'email' | 'phone' | 'notes'

const FIELD_LABELS: Record<EditableField, MessageKey> = {
  name: 'people.name',
  email: 'people.email',
  phone: 'people.phone',
  notes: 'people.notes',
}

// Returns the fields of a person as the form shows them (the phone number as people write it).
function formSnapshot(person: PersonRecord): Record<EditableField, string> {
  return {
    name: person.name,
    email: person.email ?? '',
    phone: person.phone ? formatPhone(person.phone) : '',
    notes: person.notes ?? '',
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const personId = requireParam(params, 'personId')
  const person = await getPersonRecord({ personId })
  invariantResponse(person, 404)
  const values = formSnapshot(person)
  return {
    person: { id: person.id, name: person.name, version: person.version },
    values,
    base: encodeSnapshot(values),
  }
}

type ActionReply = {
  errors: FieldErrors
  values: Record<string, string>
  conflict?: { changes: ConflictChange[]; version: number; base: string }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const personId = requireParam(params, 'personId')
  const formData = await request.formData()
  const form = parseForm(formData, PersonUpdateSchema)
  if (!form.success) return data<ActionReply>({ errors: form.errors, values: form.values }, { status: 400 })
  const result = await updatePerson({ personId, ...form.value, actorId: user.id })
  if (result.ok) {
    return redirectWithToast(request, `/personen/${personId}`, {
      type: 'success',
      message: t('people.saved'),
    })
  }
  invariantResponse(result.reason !== 'notFound', 404)
  // Someone else saved first: show what they changed, keep this user's input, and let the
  // next save overwrite the new version deliberately.
  const current = formSnapshot(result.current)
  const changes = changedFields(decodeSnapshot(formData.get('base')), current).map((change) => ({
    label: t(FIELD_LABELS[change.field as EditableField]),
    before: change.before,
    after: change.after,
  }))
  return data<ActionReply>(
    {
      errors: {},
      values: formValues(formData),
      conflict: { changes, version: result.current.version, base: encodeSnapshot(current) },
    },
    { status: 409 },
  )
}

export default function EditPerson() {
  const { person, values: stored, base } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.errors
  const values: Record<string, string> = { ...stored, ...actionData?.values }
  const conflict = actionData?.conflict
  return (
    <>
      <PageHeader
        title={t('people.editTitle', { name: person.name })}
        actions={
          <Link to={`/personen/${person.id}`} className={buttonClass('secondary')}>
            {t('people.cancel')}
          </Link>
        }
      />
      <Form method="post" className="max-w-lg space-y-4" noValidate>
        {conflict ? <ConflictNotice changes={conflict.changes} /> : <ErrorSummary errors={errors} />}
        <input type="hidden" name="version" value={conflict?.version ?? person.version} />
        <input type="hidden" name="base" value={conflict?.base ?? base} />
        <TextField
          label={t('people.name')}
          name="name"
          required
          maxLength={PERSON_NAME_MAX}
          autoComplete="off"
          defaultValue={values.name}
          errors={errors?.name}
        />
        <TextField
          label={t('people.email')}
          name="email"
          type="email"
          autoComplete="off"
          defaultValue={values.email}
          errors={errors?.email}
        />
        <TextField
          label={t('people.phone')}
          name="phone"
          type="tel"
          autoComplete="off"
          defaultValue={values.phone}
          errors={errors?.phone}
        />
        <TextAreaField
          label={t('people.notes')}
          name="notes"
          rows={6}
          maxLength={PERSON_NOTES_MAX}
          hint={t('people.notesHint')}
          defaultValue={values.notes}
          errors={errors?.notes}
        />
        <div className="flex gap-3">
          <Button>{t('people.save')}</Button>
          <Link to={`/personen/${person.id}`} className={buttonClass('secondary')}>
            {t('people.cancel')}
          </Link>
        </div>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
