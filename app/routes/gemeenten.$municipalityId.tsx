import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { type ConflictChange, ConflictNotice } from '~/components/conflict-notice.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { QuickScanActionsSection } from '~/components/quickscan-plan-section.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { MunicipalityUpdateSchema } from '~/models/municipality/municipality.schema.ts'
import { getMunicipality, updateMunicipality } from '~/models/municipality/municipality.server.ts'
import {
  formatPopulation,
  participationModelLabel,
  participationModelOptions,
  withNote,
} from '~/models/municipality/municipality-options.ts'
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import { listOpenScanActions } from '~/models/quickscan/plan.server.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { changedFields, decodeSnapshot, encodeSnapshot } from '~/utils/conflict.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { type FieldErrors, formValues, parseForm } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.municipality.name ?? t('municipality.listTitle')} · ${t('app.name')}` },
]

type Editable = { participationModel: string | null; population: number | null }

// Returns the values the form was opened with, for spotting what someone else changed.
function snapshotOf(municipality: Editable) {
  return {
    participationModel: municipality.participationModel ?? '',
    population: municipality.population === null ? '' : String(municipality.population),
  }
}

// Returns a change in a snapshot field as the page shows it.
function describeChange(field: string, before: string, after: string): ConflictChange {
  if (field === 'population') {
    const show = (value: string) => (value ? formatPopulation(Number(value)) : '')
    return { label: t('municipality.population'), before: show(before), after: show(after) }
  }
  const show = (value: string) => (value ? participationModelLabel(value) : '')
  return { label: t('municipality.participationModel'), before: show(before), after: show(after) }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const municipalityId = requireParam(params, 'municipalityId')
  const municipality = await getMunicipality({ municipalityId })
  invariantResponse(municipality, 404)
  return {
    municipality,
    quickScanActions: await listOpenScanActions({ municipalityId }),
    base: encodeSnapshot(snapshotOf(municipality)),
    canEdit: hasRole(user.role, 'opbouwwerker'),
  }
}

type ActionReply = {
  errors: FieldErrors
  values: Record<string, string>
  conflict?: { changes: ConflictChange[]; version: number; base: string }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const municipalityId = requireParam(params, 'municipalityId')
  const formData = await request.formData()
  if (formData.get('intent') !== 'update') throw new Response(null, { status: 400 })
  const form = parseForm(formData, MunicipalityUpdateSchema)
  if (!form.success) return data<ActionReply>({ errors: form.errors, values: form.values }, { status: 400 })
  const result = await updateMunicipality({ municipalityId, ...form.value, actorId: user.id })
  if (result.ok) {
    return redirectWithToast(request, `/gemeenten/${municipalityId}`, {
      type: 'success',
      message: t('municipality.saved', { name: result.municipality.name }),
    })
  }
  if (result.reason === 'notFound') throw new Response(null, { status: 404 })
  const current = await getMunicipality({ municipalityId })
  invariantResponse(current, 404)
  const snapshot = snapshotOf(current)
  const changes = changedFields(decodeSnapshot(formData.get('base')), snapshot).map((change) =>
    describeChange(change.field, change.before, change.after),
  )
  return data<ActionReply>(
    {
      errors: {},
      values: formValues(formData),
      conflict: { changes, version: current.version, base: encodeSnapshot(snapshot) },
    },
    { status: 409 },
  )
}

// One line of the municipality's details.
function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-1 border-b border-slate-200 py-2 sm:grid-cols-3">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  )
}

export default function MunicipalityPage() {
  const { municipality, base, canEdit, quickScanActions } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.errors
  const values = actionData?.values ?? {}
  const conflict = actionData?.conflict
  const { predecessors, successors, organisationGroups } = municipality
  return (
    <>
      <PageHeader
        title={municipality.name}
        intro={
          <>
            {municipality.cbsCode} · {municipality.province}
            {municipality.isCurrent ? null : (
              <>
                {' '}
                · <Badge tone="warning">{t('municipality.historicBadge')}</Badge>
              </>
            )}
          </>
        }
        actions={
          <Link to="/gemeenten" className={buttonClass('secondary')}>
            {t('municipality.backToList')}
          </Link>
        }
      />
      {municipality.isCurrent ? null : (
        <p className="mb-6 max-w-prose rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
          {t('municipality.historicNotice')}
        </p>
      )}

      <div className="grid gap-10 lg:grid-cols-2">
        <div className="space-y-10">
          <section aria-labelledby="municipality-details">
            <h2 id="municipality-details" className="mb-2 text-lg font-semibold">
              {t('municipality.detailsTitle')}
            </h2>
            <dl>
              <Detail label={t('municipality.participationModel')}>
                {participationModelLabel(municipality.participationModel)}
              </Detail>
              <Detail label={t('municipality.population')}>
                {formatPopulation(municipality.population)}
              </Detail>
              {municipality.mainPlaces ? (
                <Detail label={t('municipality.mainPlaces')}>{municipality.mainPlaces}</Detail>
              ) : null}
              <Detail label={t('municipality.labourMarketRegion')}>
                {municipality.labourMarketRegion ?? t('municipality.unknown')}
              </Detail>
              {municipality.validFrom ? (
                <Detail label={t('municipality.validFrom')}>{formatDateOnly(municipality.validFrom)}</Detail>
              ) : null}
              {municipality.validTo ? (
                <Detail label={t('municipality.validTo')}>{formatDateOnly(municipality.validTo)}</Detail>
              ) : null}
            </dl>
          </section>

          {predecessors.length > 0 || successors.length > 0 ? (
            <section aria-labelledby="municipality-history">
              <h2 id="municipality-history" className="mb-2 text-lg font-semibold">
                {t('municipality.historyTitle')}
              </h2>
              {predecessors.length > 0 ? (
                <>
                  <h3 className="font-medium">{t('municipality.createdFrom')}</h3>
                  <ul className="mb-4 list-disc pl-5">
                    {predecessors.map((predecessor) => (
                      <li key={predecessor.id}>
                        <Link to={`/gemeenten/${predecessor.id}`} className="text-brand-700 underline">
                          {withNote(predecessor)}
                        </Link>
                        {predecessor.mergedOn
                          ? `, ${t('municipality.perDate', { date: formatDateOnly(predecessor.mergedOn) })}`
                          : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {successors.length > 0 ? (
                <>
                  <h3 className="font-medium">{t('municipality.wentInto')}</h3>
                  <ul className="list-disc pl-5">
                    {successors.map((successor) => (
                      <li key={successor.id}>
                        <Link to={`/gemeenten/${successor.id}`} className="text-brand-700 underline">
                          {withNote(successor)}
                        </Link>
                        {municipality.mergedOn
                          ? `, ${t('municipality.perDate', { date: formatDateOnly(municipality.mergedOn) })}`
                          : null}
                      </li>
                    ))}
                  </ul>
                  {municipality.validTo ? (
                    <p className="mt-2 text-slate-700">
                      {t('municipality.endedOn', { date: formatDateOnly(municipality.validTo) })}
                    </p>
                  ) : null}
                </>
              ) : null}
            </section>
          ) : null}

          <section aria-labelledby="municipality-organisations">
            <h2 id="municipality-organisations" className="text-lg font-semibold">
              {t('municipality.organisationsTitle')}
            </h2>
            {organisationGroups.length === 0 ? (
              <p className="mt-2">{t('municipality.noOrganisations')}</p>
            ) : (
              <>
                <p className="mb-2 text-slate-700">{t('municipality.organisationsIntro')}</p>
                <div className="space-y-4">
                  {organisationGroups.map((group) => (
                    <div key={group.type}>
                      <h3 className="font-medium">{organisationTypeLabel(group.type)}</h3>
                      <ul className="list-disc pl-5">
                        {group.organisations.map((organisation) => (
                          <li key={organisation.id}>
                            <Link
                              to={`/organisaties/${organisation.id}`}
                              className="text-brand-700 underline"
                            >
                              {organisation.name}
                            </Link>{' '}
                            {organisation.active ? null : <Badge>{t('municipality.inactive')}</Badge>}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </div>
              </>
            )}
          </section>

          <QuickScanActionsSection
            actions={quickScanActions}
            intro={t('quickscanPlan.section.introMunicipality')}
          />
        </div>

        {canEdit ? (
          <section aria-labelledby="municipality-edit">
            <h2 id="municipality-edit" className="text-lg font-semibold">
              {t('municipality.editTitle')}
            </h2>
            <p className="mb-3 text-slate-700">{t('municipality.editIntro')}</p>
            {conflict ? <ConflictNotice changes={conflict.changes} /> : <ErrorSummary errors={errors} />}
            <Form method="post" className="space-y-4" noValidate>
              <input type="hidden" name="version" value={conflict?.version ?? municipality.version} />
              <input type="hidden" name="base" value={conflict?.base ?? base} />
              <SelectField
                label={t('municipality.participationModel')}
                name="participationModel"
                defaultValue={values.participationModel ?? municipality.participationModel ?? ''}
                options={participationModelOptions()}
                errors={errors?.participationModel}
              />
              <TextField
                label={t('municipality.population')}
                name="population"
                inputMode="numeric"
                autoComplete="off"
                hint={t('municipality.populationHint')}
                defaultValue={values.population ?? municipality.population?.toString() ?? ''}
                errors={errors?.population}
              />
              <Button name="intent" value="update">
                {t('municipality.save')}
              </Button>
            </Form>
          </section>
        ) : null}
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
