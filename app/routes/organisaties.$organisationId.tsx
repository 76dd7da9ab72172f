import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { AdviceFigures } from '~/components/advice-figures.tsx'
import { OrganisationAttendanceSection } from '~/components/attendance-organisation.tsx'
import { LinkedDocuments } from '~/components/document-list.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { QuickContactForm } from '~/components/quick-contact-form.tsx'
import { QuickScanActionsSection } from '~/components/quickscan-plan-section.tsx'
import { Timeline } from '~/components/timeline.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { Detail, Section } from '~/components/ui/detail-page.tsx'
import { ErrorSummary, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { getAdviceFigures } from '~/models/advice/advice.server.ts'
import { listLinkedDocuments } from '~/models/documents/document.server.ts'
import { linkedDocumentItem } from '~/models/documents/document-options.ts'
import { organisationAttendance } from '~/models/meeting/attendance.server.ts'
import { RelationFormSchema } from '~/models/organisation/organisation.schema.ts'
import {
  addRelation,
  deleteOrganisation,
  getOrganisation,
  getOrganisationFormOptions,
  listRelations,
  removeRelation,
  setOrganisationActive,
} from '~/models/organisation/organisation.server.ts'
import {
  organisationTypeLabel,
  relationLabel,
  relationTypeOptions,
} from '~/models/organisation/organisation-options.ts'
import { isCouncilType, MUNICIPAL_ROLES } from '~/models/organisation/organisation-types.ts'
import { listCurrentMembers } from '~/models/person/membership.server.ts'
import { membershipRoleLabel } from '~/models/person/membership-roles.ts'
import { listOpenScanActions } from '~/models/quickscan/plan.server.ts'
import { listActiveThemeOptions } from '~/models/theme/theme.server.ts'
import { listOrganisationsSharingThemes } from '~/models/theme/theme-lookup.server.ts'
import { parseTimelineQuery } from '~/models/timeline/timeline.schema.ts'
import { getContactSummary, listTimeline } from '~/models/timeline/timeline.server.ts'
import { timelineKindOptions, toTimelineEntry } from '~/models/timeline/timeline-view.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly, formatDateTime } from '~/utils/dates.ts'
import { formatDuration } from '~/utils/duration.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'
import { formatPhone } from '~/utils/validation.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  { title: `${loaderData?.organisation.name ?? t('organisation.listTitle')} · ${t('app.name')}` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const organisationId = requireParam(params, 'organisationId')
  const organisation = await getOrganisation({ organisationId })
  invariantResponse(organisation, 404)
  const timelineQuery = parseTimelineQuery(new URL(request.url))
  const council = isCouncilType(organisation.type)
  const [members, relations, sharing, options, timeline, contact, themes, adviceFigures] = await Promise.all([
    listCurrentMembers({ organisationId }),
    listRelations({ organisationId }),
    listOrganisationsSharingThemes({ organisationId }),
    getOrganisationFormOptions(),
    listTimeline({ organisationId, ...timelineQuery }),
    getContactSummary({ organisationId }),
    listActiveThemeOptions(),
    council ? getAdviceFigures({ organisationId }) : null,
  ])
  const municipal = new Set<string>(MUNICIPAL_ROLES)
  return {
    organisation,
    members: members.filter((member) => !municipal.has(member.role)),
    municipalContacts: members.filter((member) => municipal.has(member.role)),
    relations,
    sharing: sharing.slice(0, 15),
    contact,
    adviceFigures,
    meetings: await organisationAttendance({ organisationId }),
    quickScanActions: await listOpenScanActions({ organisationId }),
    documents: (await listLinkedDocuments({ organisationId })).map(linkedDocumentItem),
    timeline: {
      entries: timeline.items.map(toTimelineEntry),
      page: timeline.page,
      pageCount: timeline.pageCount,
      filter: { kind: timelineQuery.kind, themeId: timelineQuery.themeId },
      kindOptions: timelineKindOptions({ withSignals: true }),
      themeOptions: themes.map((theme) => ({ value: theme.id, label: theme.name })),
    },
    otherOrganisations: options.organisations.filter((other) => other.id !== organisationId && other.active),
    // Quick entry offers this organisation's own people; the full form has everyone.
    quickContact: {
      organisations: options.organisations.filter((other) => other.active),
      people: members.map((member) => member.person).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    },
    canEdit: hasRole(user.role, 'opbouwwerker'),
    canDelete: hasRole(user.role, 'coordinator'),
  }
}

type Reply = { intent: string; errors: FieldErrors; values: Record<string, string> }

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const organisationId = requireParam(params, 'organisationId')
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const reply = (errors: FieldErrors, status = 400) =>
    data<Reply>({ intent, errors, values: submittedValues(formData).values }, { status })
  const here = `/organisaties/${organisationId}`
  const organisation = await getOrganisation({ organisationId })
  invariantResponse(organisation, 404)

  switch (intent) {
    case 'add-relation': {
      const form = parseForm(formData, RelationFormSchema)
      if (!form.success) return reply(form.errors)
      const { type, direction, otherId, note } = form.value
      const [fromId, toId] = direction === 'out' ? [organisationId, otherId] : [otherId, organisationId]
      const result = await addRelation({ fromId, toId, type, note, actorId: user.id })
      if (!result.ok) {
        return reply(
          result.reason === 'duplicate'
            ? { form: ['organisation.relationDuplicate'] }
            : { otherId: ['validation.unknownReference'] },
        )
      }
      return redirectWithToast(request, here, { type: 'success', message: t('organisation.relationAdded') })
    }
    case 'remove-relation': {
      const removed = await removeRelation({
        relationId: String(formData.get('relationId') ?? ''),
        organisationId,
        actorId: user.id,
      })
      invariantResponse(removed, 404)
      return redirectWithToast(request, here, { type: 'success', message: t('organisation.relationRemoved') })
    }
    case 'deactivate':
    case 'reactivate': {
      const active = intent === 'reactivate'
      await setOrganisationActive({ organisationId, active, actorId: user.id })
      const message = active ? 'organisation.reactivated' : 'organisation.deactivated'
      return redirectWithToast(request, here, {
        type: 'success',
        message: t(message, { name: organisation.name }),
      })
    }
    case 'delete': {
      await requireUser(request, { role: 'coordinator' })
      const result = await deleteOrganisation({ organisationId, actorId: user.id })
      if (!result.ok) return reply({ form: ['organisation.deleteRefused'] })
      return redirectWithToast(request, '/organisaties', {
        type: 'success',
        message: t('organisation.deleted', { name: organisation.name }),
      })
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

const lines = (text: string | null) => (text ? text.split('\n').filter((line) => line.trim() !== '') : [])

export default function OrganisationPage() {
  const {
    organisation,
    members,
    municipalContacts,
    relations,
    sharing,
    contact,
    adviceFigures,
    timeline,
    otherOrganisations,
    quickContact,
    meetings,
    quickScanActions,
    documents,
    canEdit,
    canDelete,
  } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errorsFor = (intent: string) => (actionData?.intent === intent ? actionData.errors : undefined)
  const relationErrors = errorsFor('add-relation')
  const council = isCouncilType(organisation.type)
  const period = [
    organisation.activeFrom
      ? t('organisation.since', { date: formatDateOnly(organisation.activeFrom) })
      : null,
    organisation.activeTo ? t('organisation.until', { date: formatDateOnly(organisation.activeTo) }) : null,
  ]
    .filter(Boolean)
    .join(' ')

  return (
    <>
      <PageHeader
        title={organisation.name}
        intro={
          <>
            {organisationTypeLabel(organisation.type)}
            {organisation.siteKind ? ` (${organisation.siteKind})` : ''} ·{' '}
            {organisation.active ? (
              <Badge tone="success">{t('organisation.statusActive')}</Badge>
            ) : (
              <Badge>{t('organisation.statusInactive')}</Badge>
            )}
          </>
        }
        actions={
          canEdit ? (
            <Link to={`/organisaties/${organisation.id}/bewerken`} className={buttonClass('primary')}>
              {t('organisation.edit')}
            </Link>
          ) : undefined
        }
      />
      <div className="grid gap-10 lg:grid-cols-3">
        <div className="space-y-10 lg:col-span-2">
          <Section id="details" title={t('organisation.details')}>
            <dl className="divide-y divide-slate-200">
              <Detail label={t('organisation.municipalities')}>
                {organisation.municipalities.length > 0 ? (
                  <ul>
                    {organisation.municipalities.map((municipality) => (
                      <li key={municipality.id}>
                        <Link to={`/gemeenten/${municipality.id}`} className="text-brand-700 underline">
                          {municipality.name}
                        </Link>
                        {council ? (
                          <span className="text-slate-700">
                            {' '}
                            — {t('organisation.participationModel')}:{' '}
                            {municipality.participationModel
                              ? t(`participationModel.${municipality.participationModel}` as MessageKey)
                              : t('organisation.participationModelUnknown')}
                          </span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Detail>
              <Detail label={t('organisation.period')}>{period || null}</Detail>
              {organisation.predecessor ? (
                <Detail label={t('organisation.predecessor')}>
                  <Link
                    to={`/organisaties/${organisation.predecessor.id}`}
                    className="text-brand-700 underline"
                  >
                    {organisation.predecessor.name}
                  </Link>
                </Detail>
              ) : null}
              {organisation.successors.length > 0 ? (
                <Detail label={t('organisation.successors')}>
                  {organisation.successors.map((successor) => (
                    <Link
                      key={successor.id}
                      to={`/organisaties/${successor.id}`}
                      className="mr-3 text-brand-700 underline"
                    >
                      {successor.name}
                    </Link>
                  ))}
                </Detail>
              ) : null}
              <Detail label={t('organisation.responsible')}>{organisation.responsibleUser?.name}</Detail>
              <Detail label={t('timeline.lastContact')}>
                {contact.lastContact ? (
                  <>
                    <Link to={`/activiteiten/${contact.lastContact.id}`} className="text-brand-700 underline">
                      {formatDateTime(contact.lastContact.occurredAt)}
                    </Link>{' '}
                    — {contact.lastContact.summary}
                  </>
                ) : (
                  t('timeline.neverContacted')
                )}
              </Detail>
              <Detail label={t('timeline.supportThisYear')}>
                {contact.supportMinutesThisYear > 0
                  ? formatDuration(contact.supportMinutesThisYear)
                  : t('timeline.noSupportThisYear')}
              </Detail>
              <Detail label={t('organisation.address')}>
                {[organisation.address, [organisation.postcode, organisation.city].filter(Boolean).join(' ')]
                  .filter(Boolean)
                  .join(', ') || null}
              </Detail>
              <Detail label={t('organisation.email')}>
                {organisation.email ? (
                  <a href={`mailto:${organisation.email}`} className="text-brand-700 underline">
                    {organisation.email}
                  </a>
                ) : null}
              </Detail>
              <Detail label={t('organisation.phone')}>
                {organisation.phone ? (
                  <a href={`tel:${organisation.phone}`} className="text-brand-700 underline">
                    {formatPhone(organisation.phone)}
                  </a>
                ) : null}
              </Detail>
              <Detail label={t('organisation.website')}>
                {organisation.website ? (
                  <a
                    href={organisation.website}
                    rel="noopener noreferrer"
                    className="text-brand-700 underline"
                  >
                    {organisation.website}
                  </a>
                ) : null}
              </Detail>
              {council ? (
                <>
                  <Detail label={t('organisation.legalBasis')}>
                    {lines(organisation.legalBasis).length > 0 ? (
                      <ul>
                        {lines(organisation.legalBasis).map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    ) : null}
                  </Detail>
                  <Detail label={t('organisation.workingGroups')}>
                    {lines(organisation.workingGroups).length > 0 ? (
                      <ul>
                        {lines(organisation.workingGroups).map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    ) : null}
                  </Detail>
                </>
              ) : null}
              {organisation.notes ? (
                <Detail label={t('organisation.notes')}>
                  <p className="whitespace-pre-line">{organisation.notes}</p>
                </Detail>
              ) : null}
            </dl>
          </Section>

          <Section id="themes" title={t('organisation.themes')}>
            {organisation.themes.length > 0 ? (
              <ul className="flex flex-wrap gap-2">
                {organisation.themes.map((theme) => (
                  <li key={theme.id}>
                    <Link
                      to={`/themas/${theme.id}`}
                      className="inline-block rounded-full border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50"
                    >
                      {theme.name}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">{t('organisation.noThemes')}</p>
            )}
          </Section>

          <Section
            id="members"
            title={t('organisation.members')}
            actions={
              canEdit ? (
                <Link
                  to={`/personen/nieuw?organisatie=${organisation.id}`}
                  className={buttonClass('secondary')}
                >
                  {t('organisation.addMember')}
                </Link>
              ) : undefined
            }
          >
            <MemberList members={members} empty={t('organisation.noMembers')} />
          </Section>

          <Section id="municipal-contacts" title={t('organisation.municipalContacts')}>
            <MemberList members={municipalContacts} empty={t('organisation.noMunicipalContacts')} />
          </Section>

          <Section id="relations" title={t('organisation.relations')}>
            {relations.length > 0 ? (
              <ul className="divide-y divide-slate-200">
                {relations.map((relation) => (
                  <li key={relation.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      {relationLabel(relation.type, relation.inverse)}{' '}
                      <Link to={`/organisaties/${relation.other.id}`} className="text-brand-700 underline">
                        {relation.other.name}
                      </Link>
                      {relation.note ? <span className="text-slate-700"> — {relation.note}</span> : null}
                    </span>
                    {canEdit ? (
                      <Form method="post">
                        <input type="hidden" name="relationId" value={relation.id} />
                        <Button
                          name="intent"
                          value="remove-relation"
                          variant="link"
                          aria-label={t('organisation.removeRelationLabel', { name: relation.other.name })}
                        >
                          {t('organisation.removeRelation')}
                        </Button>
                      </Form>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">{t('organisation.noRelations')}</p>
            )}
            {canEdit ? (
              <Form
                method="post"
                className="grid gap-3 rounded-md border border-slate-300 p-4 sm:grid-cols-2"
                noValidate
              >
                <h3 className="font-semibold sm:col-span-2">{t('organisation.addRelation')}</h3>
                <div className="sm:col-span-2">
                  <ErrorSummary errors={relationErrors} />
                </div>
                <SelectField
                  label={t('organisation.relationDirection')}
                  name="direction"
                  defaultValue={actionData?.intent === 'add-relation' ? actionData.values.direction : 'out'}
                  options={[
                    { value: 'out', label: t('organisation.relationOut', { name: organisation.name }) },
                    { value: 'in', label: t('organisation.relationIn', { name: organisation.name }) },
                  ]}
                />
                <SelectField
                  label={t('organisation.relationType')}
                  name="type"
                  defaultValue={actionData?.intent === 'add-relation' ? actionData.values.type : undefined}
                  options={relationTypeOptions()}
                  errors={relationErrors?.type}
                />
                <SelectField
                  label={t('organisation.relationOther')}
                  name="otherId"
                  required
                  defaultValue={actionData?.intent === 'add-relation' ? actionData.values.otherId : ''}
                  options={[
                    { value: '', label: t('organisation.noChoice') },
                    ...otherOrganisations.map((other) => ({ value: other.id, label: other.name })),
                  ]}
                  errors={relationErrors?.otherId}
                />
                <TextField
                  label={t('organisation.relationNote')}
                  name="note"
                  maxLength={300}
                  defaultValue={actionData?.intent === 'add-relation' ? actionData.values.note : ''}
                  errors={relationErrors?.note}
                />
                <div className="sm:col-span-2">
                  <Button name="intent" value="add-relation" variant="secondary">
                    {t('organisation.addRelation')}
                  </Button>
                </div>
              </Form>
            ) : null}
          </Section>

          {adviceFigures ? (
            <div className="space-y-3">
              <AdviceFigures
                figures={adviceFigures}
                id="council-advice-figures"
                intro={t('organisation.adviceFiguresIntro')}
              />
              {canEdit ? (
                <Link to={`/adviezen/nieuw?raad=${organisation.id}`} className={buttonClass('secondary')}>
                  {t('organisation.newAdvice')}
                </Link>
              ) : null}
            </div>
          ) : null}

          <QuickScanActionsSection
            actions={quickScanActions}
            intro={t('quickscanPlan.section.introOrganisation')}
          />

          <Timeline subject="organisation" {...timeline} />
        </div>

        <aside className="space-y-10">
          {canEdit && organisation.active ? (
            <Section id="quick-contact" title={t('app.quickContact')}>
              <QuickContactForm
                organisations={quickContact.organisations}
                people={quickContact.people}
                defaults={{ organisationId: organisation.id }}
                redirectTo={`/organisaties/${organisation.id}`}
              />
            </Section>
          ) : null}
          <OrganisationAttendanceSection {...meetings} />
          <LinkedDocuments
            documents={documents}
            addHref={canEdit ? `/documenten/nieuw?organisatie=${organisation.id}` : null}
          />
          <Section id="shared-themes" title={t('organisation.sharedThemes')}>
            <p className="text-sm text-slate-700">{t('organisation.sharedThemesIntro')}</p>
            {sharing.length > 0 ? (
              <ol className="space-y-3">
                {sharing.map((other) => (
                  <li key={other.id}>
                    <Link to={`/organisaties/${other.id}`} className="font-medium text-brand-700 underline">
                      {other.name}
                    </Link>
                    <p className="text-sm text-slate-700">
                      {other.sharedThemes.length === 1
                        ? t('organisation.sharedCountOne')
                        : t('organisation.sharedCount', { count: other.sharedThemes.length })}
                      :{' '}
                      {other.sharedThemes
                        .map(
                          (theme) =>
                            `${theme.name} (${theme.kinds.map((kind) => t(`timeline.evidence.${kind}`)).join(', ')})`,
                        )
                        .join(', ')}
                    </p>
                    {other.jointAdvices > 0 ? (
                      <p className="text-sm font-medium text-brand-800">
                        {other.jointAdvices === 1
                          ? t('timeline.jointAdvice')
                          : t('timeline.jointAdvices', { count: other.jointAdvices })}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-slate-700">{t('organisation.noSharedThemes')}</p>
            )}
          </Section>

          {canEdit ? (
            <Section id="manage" title={t('organisation.manage')}>
              <ErrorSummary errors={errorsFor('delete')} />
              {organisation.active ? (
                <Form method="post" className="space-y-2">
                  <p className="text-sm text-slate-700">{t('organisation.deactivateIntro')}</p>
                  <Button name="intent" value="deactivate" variant="secondary">
                    {t('organisation.deactivate')}
                  </Button>
                </Form>
              ) : (
                <Form method="post">
                  <Button name="intent" value="reactivate" variant="secondary">
                    {t('organisation.reactivate')}
                  </Button>
                </Form>
              )}
              {canDelete ? (
                <Form method="post" className="space-y-2">
                  <p className="text-sm text-slate-700">{t('organisation.deleteIntro')}</p>
                  <Button name="intent" value="delete" variant="danger">
                    {t('organisation.delete')}
                  </Button>
                </Form>
              ) : null}
            </Section>
          ) : null}
        </aside>
      </div>
    </>
  )
}

function MemberList({
  members,
  empty,
}: {
  members: {
    id: string
    role: string
    startDate: Date | null
    person: { id: string; name: string; email: string | null }
  }[]
  empty: string
}) {
  if (members.length === 0) return <p className="text-slate-700">{empty}</p>
  return (
    <ul className="divide-y divide-slate-200">
      {members.map((member) => (
        <li key={member.id} className="flex flex-wrap gap-x-3 py-2">
          <span className="w-48 font-medium text-slate-700">{membershipRoleLabel(member.role)}</span>
          <Link to={`/personen/${member.person.id}`} className="text-brand-700 underline">
            {member.person.name}
          </Link>
          {member.startDate ? (
            <span className="text-sm text-slate-600">
              {t('organisation.memberSince', { date: formatDateOnly(member.startDate) })}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
