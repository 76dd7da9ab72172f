import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { ConflictNotice } from '~/components/conflict-notice.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { OrganisationForm } from '~/components/organisation-form.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { OrganisationUpdateSchema } from '~/models/organisation/organisation.schema.ts'
import {
  getOrganisation,
  getOrganisationFormOptions,
  type OrganisationDetail,
  updateOrganisation,
} from '~/models/organisation/organisation.server.ts'
import { organisationFormOptions } from '~/models/organisation/organisation-options.ts'
import { organisationFormValues } from '~/models/organisation/organisation-values.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { changedFields, decodeSnapshot, encodeSnapshot, revalidateAfterConflict } from '~/utils/conflict.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('organisation.edit')} · ${t('app.name')}` }]

// The labels of the fields a conflict message can name.
const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'organisation.name',
  type: 'organisation.type',
  siteKind: 'organisation.siteKind',
  activeFrom: 'organisation.activeFrom',
  activeTo: 'organisation.activeTo',
  predecessor: 'organisation.predecessor',
  address: 'organisation.address',
  postcode: 'organisation.postcode',
  city: 'organisation.city',
  email: 'organisation.email',
  phone: 'organisation.phone',
  website: 'organisation.website',
  responsible: 'organisation.responsible',
  legalBasis: 'organisation.legalBasis',
  workingGroups: 'organisation.workingGroups',
  notes: 'organisation.notes',
  municipalities: 'organisation.municipalities',
  themes: 'organisation.themes',
}

// Returns the organisation as the user reads it, for telling what changed meanwhile.
function snapshot(organisation: OrganisationDetail) {
  const { values } = organisationFormValues(organisation)
  const { predecessorId: _p, responsibleUserId: _r, ...rest } = values
  return {
    ...rest,
    predecessor: organisation.predecessor?.name ?? '',
    responsible: organisation.responsibleUser?.name ?? '',
    municipalities: organisation.municipalities.map((municipality) => municipality.name).join(', '),
    themes: organisation.themes.map((theme) => theme.name).join(', '),
  }
}

async function loadForEdit(organisationId: string) {
  const organisation = await getOrganisation({ organisationId })
  invariantResponse(organisation, 404)
  const options = await getOrganisationFormOptions({
    keepMunicipalityIds: organisation.municipalities.map((municipality) => municipality.id),
    keepThemeIds: organisation.themes.map((theme) => theme.id),
  })
  return {
    organisation: { id: organisation.id, name: organisation.name, version: organisation.version },
    base: encodeSnapshot(snapshot(organisation)),
    current: organisationFormValues(organisation),
    options: organisationFormOptions(options, organisation.id),
    snapshot: snapshot(organisation),
  }
}

export const shouldRevalidate = revalidateAfterConflict

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const { snapshot: _snapshot, ...page } = await loadForEdit(requireParam(params, 'organisationId'))
  return page
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const organisationId = requireParam(params, 'organisationId')
  const formData = await request.formData()
  const form = parseForm(formData, OrganisationUpdateSchema)
  if (!form.success) {
    return data(
      { errors: form.errors, conflict: null, values: form.values, lists: form.lists },
      { status: 400 },
    )
  }
  const { version, ...input } = form.value
  const result = await updateOrganisation({ organisationId, input, version, actorId: user.id })
  if (result.ok) {
    return redirectWithToast(request, `/organisaties/${organisationId}`, {
      type: 'success',
      message: t('organisation.saved'),
    })
  }
  invariantResponse(result.reason !== 'notFound', 404)
  if (result.reason === 'conflict') {
    const { snapshot: current } = await loadForEdit(organisationId)
    const changes = changedFields(decodeSnapshot(formData.get('base')), current).map((change) => ({
      ...change,
      label: t(FIELD_LABELS[change.field] ?? 'organisation.name'),
    }))
    return data(
      { errors: {} as FieldErrors, conflict: changes, ...submittedValues(formData) },
      { status: 409 },
    )
  }
  const errors: FieldErrors = {}
  for (const refusal of result.refusals) errors[refusal.field] = [refusal.message]
  return data({ errors, conflict: null, ...submittedValues(formData) }, { status: 400 })
}

export default function EditOrganisation() {
  const { organisation, base, current, options } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const conflict = actionData?.conflict ?? null
  return (
    <>
      <PageHeader title={t('organisation.editTitle', { name: organisation.name })} />
      {conflict ? <ConflictNotice changes={conflict} /> : null}
      <OrganisationForm
        // After a conflict the form starts again from the user's input on the new version.
        key={organisation.version}
        options={options}
        submitted={actionData ? { values: actionData.values, lists: actionData.lists } : current}
        errors={actionData?.errors as FieldErrors | undefined}
        submitLabel={t('organisation.save')}
        cancelTo={`/organisaties/${organisation.id}`}
        hidden={{ version: String(organisation.version), base }}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
