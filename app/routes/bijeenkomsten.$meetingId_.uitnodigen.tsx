import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useLocation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { InvitationChoice, type PersonOption } from '~/components/invitation-choice.tsx'
import { InvitationPreview, type PreviewRow } from '~/components/invitation-preview.tsx'
import { buttonClass } from '~/components/ui/button.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import {
  DEFAULT_EXTRA_MEMBERS,
  DEFAULT_INVITE_ROLES,
  EXTRA_MEMBERS_MAX,
  InviteChoiceSchema,
  InviteConfirmSchema,
  pickValue,
} from '~/models/meeting/invitation.schema.ts'
import {
  getInvitationMeeting,
  type InvitationPlan,
  invitationRefusal,
  inviteToMeeting,
  listInviteOptions,
  planInvitations,
} from '~/models/meeting/invitation.server.ts'
import { formatMeetingWhen } from '~/models/meeting/meeting-times.ts'
import { membershipRoleLabel, membershipRoleOptions } from '~/models/person/membership-roles.ts'
import { matchesAllWords } from '~/models/person/search-text.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { isSmtpConfigured } from '~/utils/mail.server.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  { title: `${t('attendance.invite.title', { title: loaderData?.meeting.title ?? '' })} · ${t('app.name')}` },
]

// The most people the individual list shows at once; the search narrows it down.
const PEOPLE_SHOWN = 300

// Returns the search params as form data, for parsing them with the form's schema.
function searchFormData(params: URLSearchParams) {
  const formData = new FormData()
  for (const [name, value] of params) formData.append(name, value)
  return formData
}

// Returns the rows of a plan as the preview shows them.
function previewRows(rows: InvitationPlan['invitees']): PreviewRow[] {
  return rows.map((row) => ({
    value: pickValue(row),
    name: row.name,
    email: row.email,
    organisationName: row.organisationName,
    role: row.role ? membershipRoleLabel(row.role) : null,
  }))
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'coordinator' })
  const meeting = await getInvitationMeeting(requireParam(params, 'meetingId'))
  invariantResponse(meeting, 404)
  const header = {
    meeting: { id: meeting.id, title: meeting.title, location: meeting.location },
    when: formatMeetingWhen(meeting.startsAt, meeting.endsAt),
    invitedCount: meeting._count.invitations,
  }
  const refusal = invitationRefusal(meeting)
  if (refusal) return { ...header, refusal, form: null, smtpConfigured: isSmtpConfigured() }

  const search = new URL(request.url).searchParams
  // Before the first submit the form proposes "the chair and one member per council".
  const submitted = search.has('selectie')
  const values = {
    raden: search.getAll('raden'),
    alleRaden: search.get('alleRaden') === 'on',
    selectie: search.get('selectie') ?? 'rollen',
    rollen: submitted ? search.getAll('rollen') : [...DEFAULT_INVITE_ROLES],
    extra: search.get('extra') ?? String(DEFAULT_EXTRA_MEMBERS),
    personen: search.getAll('personen'),
    zoek: search.get('zoek')?.trim() ?? '',
  }
  const { councils, candidates } = await listInviteOptions()

  // The preview: after "Voorbeeld tonen", or after a search when something is chosen already.
  const wantsPreview =
    submitted &&
    (search.has('voorbeeld') || values.raden.length > 0 || values.alleRaden || values.personen.length > 0)
  let errors: FieldErrors = {}
  let plan: InvitationPlan | null = null
  if (wantsPreview) {
    const form = parseForm(searchFormData(search), InviteChoiceSchema)
    if (form.success) plan = await planInvitations({ meetingId: meeting.id, choice: form.value })
    else errors = form.errors
  }

  const matching = candidates.filter((candidate) =>
    matchesAllWords(`${candidate.name} ${candidate.organisationName ?? ''}`, values.zoek),
  )
  const shown: PersonOption[] = matching.slice(0, PEOPLE_SHOWN).map((candidate) => ({
    value: pickValue(candidate),
    name: candidate.name,
    organisationName: candidate.organisationName,
    role: candidate.role ? membershipRoleLabel(candidate.role) : null,
    hasEmail: Boolean(candidate.email?.trim()),
  }))
  const shownValues = new Set(shown.map((person) => person.value))
  return {
    ...header,
    refusal: null,
    form: {
      values,
      errors,
      councilOptions: councils.map((council) => ({
        value: council.id,
        label: t('attendance.invite.councilOption', { name: council.name, count: council.memberCount }),
        group: council.council ? t('attendance.invite.groupCouncils') : t('attendance.invite.groupOthers'),
      })),
      allCouncilsCount: councils.filter((council) => council.council).length,
      roleOptions: membershipRoleOptions(),
      people: shown,
      morePeople: matching.length - shown.length,
      hiddenPicks: values.personen.filter((value) => !shownValues.has(value)),
      preview: plan
        ? {
            invitees: previewRows(plan.invitees),
            alreadyInvited: previewRows(plan.alreadyInvited),
            withoutEmail: previewRows(plan.withoutEmail),
            emptyCouncils: plan.emptyCouncils.map((council) => council.name),
            unknown: plan.unknown,
          }
        : null,
    },
    smtpConfigured: isSmtpConfigured(),
  }
}

type Reply = { errors: FieldErrors; values: Record<string, string>; lists: Record<string, string[]> }

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'coordinator' })
  const meetingId = requireParam(params, 'meetingId')
  const meeting = await getInvitationMeeting(meetingId)
  invariantResponse(meeting, 404)
  const formData = await request.formData()
  if (formData.get('intent') !== 'confirm') throw new Response(null, { status: 400 })
  const reply = (errors: FieldErrors) =>
    data<Reply>({ errors, ...submittedValues(formData) }, { status: 400 })
  const form = parseForm(formData, InviteConfirmSchema)
  if (!form.success) return reply(form.errors)
  const result = await inviteToMeeting({ meetingId, picks: form.value.uitnodigen, actorId: user.id })
  if (!result.ok) {
    invariantResponse(result.reason !== 'notFound', 404)
    const errors: FieldErrors = {}
    for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return reply(errors)
  }
  const { mail } = result
  const parts = [t('attendance.invite.done', { count: result.invited.length })]
  if (result.skipped > 0) parts.push(t('attendance.invite.doneSkipped', { count: result.skipped }))
  if (mail.queued > 0) {
    parts.push(
      isSmtpConfigured()
        ? t('attendance.invite.doneSent', { count: mail.queued - mail.failed })
        : t('attendance.invite.doneOutbox', { count: mail.queued }),
    )
  }
  if (mail.failed > 0) parts.push(t('attendance.invite.doneFailed', { count: mail.failed }))
  if (mail.withoutEmail.length > 0) {
    parts.push(
      t('attendance.invite.doneWithoutEmail', {
        names: mail.withoutEmail.map((person) => person.name).join(', '),
      }),
    )
  }
  return redirectWithToast(request, `/bijeenkomsten/${meetingId}`, {
    type: mail.failed > 0 ? 'error' : 'success',
    message: parts.join(' '),
  })
}

export default function InviteToMeeting() {
  const { meeting, when, invitedCount, refusal, form, smtpConfigured } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { search } = useLocation()
  return (
    <>
      <PageHeader
        title={t('attendance.invite.title', { title: meeting.title })}
        intro={[when, meeting.location].filter(Boolean).join(' · ')}
        actions={
          <Link to={`/bijeenkomsten/${meeting.id}`} className={buttonClass('secondary')}>
            {t('attendance.backToMeeting')}
          </Link>
        }
      />
      <p className="mb-6">
        {t('attendance.invite.invitedSoFar', { count: invitedCount })}{' '}
        <Link to={`/bijeenkomsten/${meeting.id}/aanwezigheid`} className="text-brand-700 underline">
          {t('attendance.checklistLink')}
        </Link>
      </p>
      {refusal || !form ? (
        <p role="alert" className="rounded-md border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
          {t(refusal ?? 'attendance.invite.pastMeeting')}
        </p>
      ) : (
        <div className="space-y-10">
          <InvitationChoice
            key={`choice-${search}`}
            values={form.values}
            errors={form.errors}
            councilOptions={form.councilOptions}
            allCouncilsCount={form.allCouncilsCount}
            roleOptions={form.roleOptions}
            people={form.people}
            morePeople={form.morePeople}
            hiddenPicks={form.hiddenPicks}
            extraMax={EXTRA_MEMBERS_MAX}
          />
          {form.preview ? (
            <InvitationPreview
              key={`preview-${search}`}
              {...form.preview}
              smtpConfigured={smtpConfigured}
              errors={actionData?.errors ?? {}}
            />
          ) : null}
        </div>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
