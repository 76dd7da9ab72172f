import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { type InputHTMLAttributes, useId } from 'react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Timeline } from '~/components/timeline.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import {
  addMembership,
  endMembership,
  listOrganisationChoices,
  removeMembership,
} from '~/models/person/membership.server.ts'
import { membershipRoleLabel, membershipRoleOptions } from '~/models/person/membership-roles.ts'
import {
  calendarDay,
  splitMemberships,
  termStatus,
  toDateInputValue,
} from '~/models/person/membership-term.ts'
import {
  EndMembershipSchema,
  MembershipSchema,
  RemoveMembershipSchema,
} from '~/models/person/person.schema.ts'
import { deletePerson, getPerson } from '~/models/person/person.server.ts'
import { listActiveThemeOptions } from '~/models/theme/theme.server.ts'
import { parseTimelineQuery } from '~/models/timeline/timeline.schema.ts'
import { listTimeline } from '~/models/timeline/timeline.server.ts'
import { timelineKindOptions, toTimelineEntry } from '~/models/timeline/timeline-view.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { type FieldErrors, formValues, parseForm } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'
import { formatPhone } from '~/utils/validation.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.person.name ?? t('people.title')} · ${t('app.name')}` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const personId = requireParam(params, 'personId')
  const person = await getPerson({ personId })
  invariantResponse(person, 404)
  const canEdit = hasRole(user.role, 'opbouwwerker')
  const today = calendarDay()
  const { memberships, ...details } = person
  const { current, past } = splitMemberships(memberships, today)
  const timelineQuery = parseTimelineQuery(new URL(request.url))
  const [timeline, themes] = await Promise.all([
    listTimeline({ personId, ...timelineQuery }),
    listActiveThemeOptions(),
  ])
  return {
    timeline: {
      entries: timeline.items.map(toTimelineEntry),
      page: timeline.page,
      pageCount: timeline.pageCount,
      filter: { kind: timelineQuery.kind, themeId: timelineQuery.themeId },
      kindOptions: timelineKindOptions({ withSignals: false }),
      themeOptions: themes.map((theme) => ({ value: theme.id, label: theme.name })),
    },
    person: details,
    current: current.map((membership) => ({
      ...membership,
      upcoming: termStatus(membership, today) === 'upcoming',
    })),
    past,
    hasMemberships: memberships.length > 0,
    organisations: canEdit ? (await listOrganisationChoices()).map(({ id, name }) => ({ id, name })) : [],
    today: toDateInputValue(today),
    canEdit,
    canDelete: hasRole(user.role, 'coordinator'),
  }
}

type Intent = 'add-membership' | 'end-membership' | 'remove-membership' | 'delete'

type ActionReply = {
  intent: Intent
  membershipId?: string
  errors: FieldErrors
  values: Record<string, string>
}

const addRefusals: Record<string, { field: string; message: MessageKey }> = {
  unknownOrganisation: { field: 'organisationId', message: 'validation.unknownReference' },
  inactiveOrganisation: { field: 'organisationId', message: 'people.organisationInactive' },
  duplicate: { field: 'role', message: 'people.duplicateMembership' },
  endBeforeStart: { field: 'endDate', message: 'validation.endBeforeStart' },
  consentRequired: { field: 'consentDate', message: 'people.consentRequired' },
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const personId = requireParam(params, 'personId')
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const url = `/personen/${personId}`
  const reply = (result: ActionReply, status: number) => data(result, { status })
  const membershipId = String(formData.get('membershipId') ?? '')

  switch (intent) {
    case 'add-membership': {
      const form = parseForm(formData, MembershipSchema)
      if (!form.success) return reply({ intent, errors: form.errors, values: form.values }, 400)
      const result = await addMembership({ personId, membership: form.value, actorId: user.id })
      if (result.ok) {
        return redirectWithToast(request, url, {
          type: 'success',
          message: t('people.membershipAdded', { organisation: result.organisationName }),
        })
      }
      invariantResponse(result.reason !== 'notFound', 404)
      const refusal = addRefusals[result.reason] ?? { field: 'form', message: 'validation.invalid' }
      return reply(
        { intent, errors: { [refusal.field]: [refusal.message] }, values: formValues(formData) },
        400,
      )
    }
    case 'end-membership': {
      const form = parseForm(formData, EndMembershipSchema)
      if (!form.success) return reply({ intent, membershipId, errors: form.errors, values: form.values }, 400)
      const result = await endMembership({ personId, ...form.value, actorId: user.id })
      if (result.ok) {
        return redirectWithToast(request, url, {
          type: 'success',
          message: t('people.membershipEnded', { organisation: result.organisationName }),
        })
      }
      if (result.reason === 'notFound') {
        return reply(
          { intent, membershipId, errors: { form: ['people.membershipNotFound'] }, values: {} },
          404,
        )
      }
      return reply(
        {
          intent,
          membershipId,
          errors: { endDate: ['validation.endBeforeStart'] },
          values: formValues(formData),
        },
        400,
      )
    }
    case 'remove-membership': {
      const form = parseForm(formData, RemoveMembershipSchema)
      const result = form.success
        ? await removeMembership({ personId, membershipId: form.value.membershipId, actorId: user.id })
        : ({ ok: false, reason: 'notFound' } as const)
      if (result.ok) {
        return redirectWithToast(request, url, {
          type: 'success',
          message: t('people.membershipRemoved', { organisation: result.organisationName }),
        })
      }
      return reply({ intent, membershipId, errors: { form: ['people.membershipNotFound'] }, values: {} }, 404)
    }
    case 'delete': {
      invariantResponse(hasRole(user.role, 'coordinator'), 403)
      const result = await deletePerson({ personId, actorId: user.id })
      if (result.ok) {
        return redirectWithToast(request, '/personen', {
          type: 'success',
          message: t('people.deleted', { name: result.name }),
        })
      }
      invariantResponse(result.reason !== 'notFound', 404)
      return reply({ intent, errors: { form: ['people.hasMemberships'] }, values: {} }, 400)
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

type Term = { startDate: Date | null; endDate: Date | null }

// Returns a membership's term as people say it: "1 maart 2024 tot en met 31 december 2025".
function termText({ startDate, endDate }: Term) {
  if (startDate && endDate)
    return t('people.termFromUntil', { start: formatDateOnly(startDate), end: formatDateOnly(endDate) })
  if (startDate) return t('people.termFrom', { start: formatDateOnly(startDate) })
  if (endDate) return t('people.termUntil', { end: formatDateOnly(endDate) })
  return t('people.termUnknown')
}

type Flags = { expertByExperience: boolean | null; isClient: boolean | null; consentDate: Date | null }

// Returns the sensitive flags with their consent date, or null; never a flag without consent.
function flagsText({ expertByExperience, isClient, consentDate }: Flags) {
  const flags = [
    expertByExperience ? t('people.expertByExperience') : null,
    isClient ? t('people.isClient') : null,
  ].filter((flag): flag is string => flag !== null)
  if (flags.length === 0 || !consentDate) return null
  return t('people.flagsWithConsent', { flags: flags.join(', '), date: formatDateOnly(consentDate) })
}

export default function PersonPage() {
  const { person, current, past, hasMemberships, organisations, today, canEdit, canDelete, timeline } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const repliedTo = (intent: Intent, membershipId?: string) =>
    actionData?.intent === intent && (membershipId === undefined || actionData.membershipId === membershipId)
      ? actionData
      : undefined
  const added = repliedTo('add-membership')
  const addErrors = added?.errors
  const addValues = added?.values ?? {}
  const deleted = repliedTo('delete')

  type Membership = (typeof current)[number] | (typeof past)[number]

  const membershipItem = (membership: Membership, isCurrent: boolean) => {
    const ended = repliedTo('end-membership', membership.id)
    const removed = repliedTo('remove-membership', membership.id)
    const flags = flagsText(membership)
    return (
      <li key={membership.id} className="rounded-md border border-slate-300 p-4">
        <p className="font-semibold">
          <Link to={`/organisaties/${membership.organisation.id}`} className="text-brand-700 underline">
            {membership.organisation.name}
          </Link>
        </p>
        <p>
          {membershipRoleLabel(membership.role)} · {termText(membership)}
        </p>
        <p className="mt-1 flex flex-wrap gap-2">
          {'upcoming' in membership && membership.upcoming && membership.startDate ? (
            <Badge tone="warning">
              {t('people.upcoming', { date: formatDateOnly(membership.startDate) })}
            </Badge>
          ) : null}
          {membership.organisation.active ? null : <Badge>{t('people.organisationInactiveBadge')}</Badge>}
        </p>
        {flags ? <p className="mt-1 text-sm text-slate-700">{flags}</p> : null}
        {canEdit ? (
          <div className="mt-3 space-y-3">
            {isCurrent ? (
              <Form method="post" className="flex flex-wrap items-end gap-3" noValidate>
                <ErrorSummary errors={ended?.errors} />
                <input type="hidden" name="membershipId" value={membership.id} />
                <TextField
                  label={t('people.endMembershipDate', {
                    role: membershipRoleLabel(membership.role).toLowerCase(),
                    organisation: membership.organisation.name,
                  })}
                  name="endDate"
                  type="date"
                  required
                  defaultValue={ended?.values.endDate ?? today}
                  errors={ended?.errors.endDate}
                />
                <Button name="intent" value="end-membership" variant="secondary">
                  {t('people.endMembership')}
                </Button>
              </Form>
            ) : null}
            <details open={removed ? true : undefined}>
              <summary className="cursor-pointer text-sm text-brand-700 underline">
                {t('people.removeMembership')}
              </summary>
              <Form method="post" className="mt-2 space-y-2">
                <ErrorSummary errors={removed?.errors} />
                <p className="text-sm text-slate-700">{t('people.removeMembershipIntro')}</p>
                <input type="hidden" name="membershipId" value={membership.id} />
                <Button name="intent" value="remove-membership" variant="danger">
                  {t('people.removeMembershipSubmit')}
                </Button>
              </Form>
            </details>
          </div>
        ) : null}
      </li>
    )
  }

  return (
    <>
      <PageHeader
        title={person.name}
        actions={
          <>
            {canEdit ? (
              <Link to={`/personen/${person.id}/bewerken`} className={buttonClass('primary')}>
                {t('people.edit')}
              </Link>
            ) : null}
            <Link to="/personen" className={buttonClass('secondary')}>
              {t('people.backToList')}
            </Link>
          </>
        }
      />
      <div className="grid gap-10 lg:grid-cols-2">
        <div className="space-y-10">
          <section aria-labelledby="person-contact">
            <h2 id="person-contact" className="mb-3 text-lg font-semibold">
              {t('people.contact')}
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
              <dt className="font-medium">{t('people.email')}</dt>
              <dd className="break-all">
                {person.email ? (
                  <a href={`mailto:${person.email}`} className="text-brand-700 underline">
                    {person.email}
                  </a>
                ) : (
                  <span className="text-slate-600">{t('people.unknown')}</span>
                )}
              </dd>
              <dt className="font-medium">{t('people.phone')}</dt>
              <dd>
                {person.phone ? (
                  <a href={`tel:${person.phone}`} className="text-brand-700 underline">
                    {formatPhone(person.phone)}
                  </a>
                ) : (
                  <span className="text-slate-600">{t('people.unknown')}</span>
                )}
              </dd>
              {person.notes ? (
                <>
                  <dt className="font-medium">{t('people.notes')}</dt>
                  <dd className="whitespace-pre-line break-words">{person.notes}</dd>
                </>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="current-memberships">
            <h2 id="current-memberships" className="mb-3 text-lg font-semibold">
              {t('people.currentMemberships')}
            </h2>
            {current.length === 0 ? (
              <p className="text-slate-700">{t('people.noCurrentMemberships')}</p>
            ) : (
              <ul className="space-y-3">{current.map((membership) => membershipItem(membership, true))}</ul>
            )}
          </section>

          <section aria-labelledby="past-memberships">
            <h2 id="past-memberships" className="mb-3 text-lg font-semibold">
              {t('people.pastMemberships')}
            </h2>
            {past.length === 0 ? (
              <p className="text-slate-700">{t('people.noPastMemberships')}</p>
            ) : (
              <ul className="space-y-3">{past.map((membership) => membershipItem(membership, false))}</ul>
            )}
          </section>
        </div>

        <div className="space-y-10">
          {canEdit ? (
            <section aria-labelledby="add-membership">
              <h2 id="add-membership" className="mb-3 text-lg font-semibold">
                {t('people.addMembership')}
              </h2>
              <Form
                method="post"
                className="space-y-4"
                noValidate
                key={`${current.length + past.length}-${added ? 'retry' : 'fresh'}`}
              >
                <ErrorSummary errors={addErrors} />
                <SelectField
                  label={t('people.organisation')}
                  name="organisationId"
                  required
                  defaultValue={addValues.organisationId ?? ''}
                  options={[
                    { value: '', label: t('people.chooseOrganisationPlaceholder') },
                    ...organisations.map((organisation) => ({
                      value: organisation.id,
                      label: organisation.name,
                    })),
                  ]}
                  errors={addErrors?.organisationId}
                />
                <SelectField
                  label={t('people.role')}
                  name="role"
                  required
                  defaultValue={addValues.role ?? ''}
                  options={[
                    { value: '', label: t('people.chooseRolePlaceholder') },
                    ...membershipRoleOptions(),
                  ]}
                  errors={addErrors?.role}
                />
                <div className="grid gap-4 sm:grid-cols-2">
                  <TextField
                    label={t('people.startDate')}
                    name="startDate"
                    type="date"
                    defaultValue={addValues.startDate}
                    errors={addErrors?.startDate}
                  />
                  <TextField
                    label={t('people.endDate')}
                    name="endDate"
                    type="date"
                    defaultValue={addValues.endDate}
                    errors={addErrors?.endDate}
                  />
                </div>
                <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
                  <legend className="px-1 font-semibold">{t('people.sensitiveLegend')}</legend>
                  <p className="text-sm text-slate-600">{t('people.sensitiveHint')}</p>
                  <CheckboxField
                    label={t('people.expertByExperience')}
                    name="expertByExperience"
                    defaultChecked={addValues.expertByExperience === 'on'}
                  />
                  <CheckboxField
                    label={t('people.isClient')}
                    name="isClient"
                    defaultChecked={addValues.isClient === 'on'}
                  />
                  <TextField
                    label={t('people.consentDate')}
                    name="consentDate"
                    type="date"
                    defaultValue={addValues.consentDate}
                    errors={addErrors?.consentDate}
                  />
                </fieldset>
                <Button name="intent" value="add-membership">
                  {t('people.addMembership')}
                </Button>
              </Form>
            </section>
          ) : null}

          {canDelete ? (
            <section aria-labelledby="delete-person">
              <h2 id="delete-person" className="mb-2 text-lg font-semibold">
                {t('people.deletePerson')}
              </h2>
              {hasMemberships ? (
                <p className="text-slate-700">{t('people.hasMemberships')}</p>
              ) : (
                <Form method="post" className="space-y-3">
                  <ErrorSummary errors={deleted?.errors} />
                  <p className="text-slate-700">{t('people.deleteIntro')}</p>
                  <Button name="intent" value="delete" variant="danger">
                    {t('people.deleteSubmit')}
                  </Button>
                </Form>
              )}
            </section>
          ) : null}
        </div>
      </div>
      <div className="mt-10">
        <Timeline subject="person" {...timeline} />
      </div>
    </>
  )
}

// A labelled checkbox; a ticked box submits "on".
function CheckboxField({ label, ...props }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId()
  return (
    <div className="flex items-center gap-2">
      <input id={id} type="checkbox" className="h-5 w-5 rounded border-slate-500" {...props} />
      <label htmlFor={id}>{label}</label>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
