import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData, useLocation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { InvitationChoiceForm } from '~/components/quickscan-invitation-choice.tsx'
import { InvitationLinks, type ShownLink } from '~/components/quickscan-invitation-links.tsx'
import { InvitationPreview, type PreviewPerson } from '~/components/quickscan-invitation-preview.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { membershipRoleLabel } from '~/models/person/membership-roles.ts'
import {
  InvitationChoiceSchema,
  isEmptyChoice,
  RenewInvitationSchema,
} from '~/models/quickscan/invitation.schema.ts'
import {
  appOrigin,
  type CreatedInvitation,
  createScanInvitations,
  getInvitationScan,
  type InvitationPlan,
  listCouncilMemberOptions,
  listScanInvitations,
  type MemberOption,
  planScanInvitations,
  renewInvitationLink,
  searchPeopleForInvitation,
} from '~/models/quickscan/invitation.server.ts'
import { canInvite } from '~/models/quickscan/scan-status.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { type FieldErrors, parseForm } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { isSmtpConfigured } from '~/utils/mail.server.ts'
import { invariantResponse, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, error }) => [
  {
    title: `${
      loaderData
        ? t('quickscan.invite.title', { title: loaderData.scan.title })
        : isRouteErrorResponse(error) && error.status === 404
          ? t('error.404.title')
          : t('quickscan.links.invite')
    } · ${t('app.name')}`,
  },
]

// Links are shown once: the page that carries them is never stored by a browser or proxy.
export const headers = () => ({ 'Cache-Control': 'no-store' })

const groupLabel = (group: string) =>
  t(`quickscan.group.${group === 'MUNICIPALITY' ? 'MUNICIPALITY' : 'COUNCIL'}`)

// Returns "name (detail, detail)", or the name alone without details.
const labelWithDetails = (name: string, details: string[]) =>
  details.length > 0 ? t('quickscan.invite.memberOption', { name, details: details.join(', ') }) : name

// Returns the label of a member to tick: "Anna de Vries (Cliëntenraad X, voorzitter, geen e-mail)".
const memberLabel = (option: MemberOption) =>
  labelWithDetails(option.name, [
    ...option.councils,
    ...option.roles.map(membershipRoleLabel),
    ...(option.email ? [] : [t('quickscan.invite.noEmail')]),
  ])

// Returns the search params as form data, for parsing them with the form's schema.
function searchFormData(params: URLSearchParams) {
  const formData = new FormData()
  for (const [name, value] of params) formData.append(name, value)
  return formData
}

// Returns the people of a plan as the preview shows them.
const previewPeople = (rows: InvitationPlan['invitees']): PreviewPerson[] =>
  rows.map((row, index) => ({
    key: `${index}-${row.personId ?? row.email ?? row.name}`,
    group: groupLabel(row.group),
    name: row.name,
    email: row.email,
  }))

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const scanId = requireParam(params, 'scanId')
  const scan = await getInvitationScan(scanId)
  invariantResponse(scan, 404)
  const invitations = await listScanInvitations(scanId)
  const open = canInvite(scan.status)
  const header = {
    scan: { id: scan.id, title: scan.title, municipality: scan.municipality.name },
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      name: invitation.name,
      group: groupLabel(invitation.group),
      isCouncil: invitation.group === 'COUNCIL',
      email: invitation.email,
      sentOn: invitation.sentAt ? formatDateOnly(invitation.sentAt) : null,
      answered: invitation.answered,
    })),
    canInvite: open,
    smtpConfigured: isSmtpConfigured(),
  }
  if (!open) return { ...header, form: null }

  const search = new URL(request.url).searchParams
  const values = {
    raadLeden: search.getAll('raadLeden'),
    alleLeden: search.get('alleLeden') === 'on',
    raadExtra: search.get('raadExtra') ?? '',
    gemeentePersonen: search.getAll('gemeentePersonen'),
    gemeenteExtra: search.get('gemeenteExtra') ?? '',
    zoek: search.get('zoek')?.trim() ?? '',
  }
  const [{ members, staff }, found] = await Promise.all([
    listCouncilMemberOptions({ scanId }),
    values.zoek ? searchPeopleForInvitation({ query: values.zoek }) : null,
  ])
  const staffIds = new Set(staff.map((option) => option.personId))
  const foundPeople = (found?.people ?? []).filter((person) => !staffIds.has(person.personId))
  const shown = new Set([...staffIds, ...foundPeople.map((person) => person.personId)])

  let errors: FieldErrors = {}
  let preview = null
  if (search.has('voorbeeld')) {
    const form = parseForm(searchFormData(search), InvitationChoiceSchema)
    if (!form.success) errors = form.errors
    else if (isEmptyChoice(form.value)) errors = { form: ['quickscan.invite.chooseSomeone'] }
    else {
      const plan = await planScanInvitations({ scanId, choice: form.value })
      preview = {
        invitees: previewPeople(plan.invitees),
        alreadyInvited: previewPeople(plan.alreadyInvited),
        repeated: previewPeople(plan.repeated),
        lineErrors: plan.lineErrors.map((error) => ({ ...error, group: groupLabel(error.group) })),
        unknown: plan.unknown,
        choice: {
          raadLeden: form.value.raadLeden,
          alleLeden: form.value.alleLeden ? ['on'] : [],
          raadExtra: form.value.raadExtra ? [form.value.raadExtra] : [],
          gemeentePersonen: form.value.gemeentePersonen,
          gemeenteExtra: form.value.gemeenteExtra ? [form.value.gemeenteExtra] : [],
        },
      }
    }
  }
  return {
    ...header,
    form: {
      values,
      errors,
      members: members.map((option) => ({ value: option.personId, label: memberLabel(option) })),
      staff: staff.map((option) => ({ value: option.personId, label: memberLabel(option) })),
      found: found
        ? foundPeople.map((person) => ({
            value: person.personId,
            label: labelWithDetails(person.name, [
              ...person.organisations,
              ...(person.email ? [] : [t('quickscan.invite.noEmail')]),
            ]),
          }))
        : null,
      foundMore: found ? found.total - found.people.length : 0,
      hiddenPeople: values.gemeentePersonen.filter((id) => !shown.has(id)),
      preview,
    },
  }
}

type Reply =
  | { ok: true; title: string; links: ShownLink[]; notes: string[] }
  | { ok: false; errors: FieldErrors; renewed?: boolean }

// Returns the links as the page shows them.
const shownLinks = (created: CreatedInvitation[]): ShownLink[] =>
  created.map((invitation) => ({ ...invitation, group: groupLabel(invitation.group) }))

// Returns the sentences about the e-mail of a round.
function mailNotes(mail: { queued: number; failed: number }) {
  const notes: string[] = []
  if (mail.queued > 0 && !isSmtpConfigured()) notes.push(t('quickscan.invite.outboxNote'))
  if (mail.failed > 0) notes.push(t('quickscan.invite.mailFailed', { count: mail.failed }))
  return notes
}

// Returns the refusals of a result as field errors.
function refusalErrors(refusals: { field: string; message: string }[]) {
  const errors: FieldErrors = {}
  for (const refusal of refusals) errors[refusal.field] ??= [refusal.message]
  return errors
}

const noStore = { 'Cache-Control': 'no-store' }

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const scanId = requireParam(params, 'scanId')
  invariantResponse(await getInvitationScan(scanId), 404)
  const formData = await request.formData()
  const intent = formData.get('intent')
  const origin = appOrigin(request)
  if (intent === 'renew') {
    const form = parseForm(formData, RenewInvitationSchema)
    if (!form.success) return data<Reply>({ ok: false, errors: form.errors, renewed: true }, { status: 400 })
    const result = await renewInvitationLink({
      scanId,
      invitationId: form.value.invitationId,
      origin,
      actorId: user.id,
    })
    if (!result.ok) {
      invariantResponse(result.reason !== 'notFound', 404)
      return data<Reply>(
        { ok: false, errors: refusalErrors(result.refusals), renewed: true },
        { status: 400 },
      )
    }
    return data<Reply>(
      {
        ok: true,
        title: t('quickscan.invite.renewedTitle', { name: result.invitation.name }),
        links: shownLinks([result.invitation]),
        notes: mailNotes(result.mail),
      },
      { headers: noStore },
    )
  }
  if (intent !== 'confirm') throw new Response(null, { status: 400 })
  const form = parseForm(formData, InvitationChoiceSchema)
  if (!form.success) return data<Reply>({ ok: false, errors: form.errors }, { status: 400 })
  if (isEmptyChoice(form.value)) {
    return data<Reply>({ ok: false, errors: { form: ['quickscan.invite.chooseSomeone'] } }, { status: 400 })
  }
  const result = await createScanInvitations({ scanId, choice: form.value, origin, actorId: user.id })
  if (!result.ok) {
    invariantResponse(result.reason !== 'notFound', 404)
    return data<Reply>({ ok: false, errors: refusalErrors(result.refusals) }, { status: 400 })
  }
  const notes = [t('quickscan.invite.createdSummary', { count: result.created.length })]
  if (result.skipped > 0) notes.push(t('quickscan.invite.skippedSummary', { count: result.skipped }))
  return data<Reply>(
    {
      ok: true,
      title: t('quickscan.invite.createdTitle'),
      links: shownLinks(result.created),
      notes: [...notes, ...mailNotes(result.mail)],
    },
    { headers: noStore },
  )
}

export default function InviteToQuickScan() {
  const { scan, invitations, canInvite: open, smtpConfigured, form } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { search } = useLocation()
  const council = invitations.filter((invitation) => invitation.isCouncil).length
  return (
    <>
      <PageHeader
        title={t('quickscan.invite.title', { title: scan.title })}
        intro={t('quickscan.invite.intro')}
        actions={
          <Link to={`/quickscans/${scan.id}`} className={buttonClass('secondary')}>
            {t('quickscan.backToScan')}
          </Link>
        }
      />
      {actionData?.ok ? (
        <InvitationLinks key={actionData.links.map((item) => item.link).join()} {...actionData} />
      ) : null}
      {actionData && !actionData.ok && actionData.renewed ? (
        <div className="mb-6">
          <ErrorSummary errors={actionData.errors} />
        </div>
      ) : null}
      {!smtpConfigured && open && !actionData?.ok ? (
        <p className="mb-6 rounded-md border border-slate-300 bg-slate-50 p-3">
          {t('quickscan.invite.outboxNote')}
        </p>
      ) : null}

      <section aria-labelledby="invitation-list" className="mb-10 space-y-3">
        <h2 id="invitation-list" className="text-lg font-semibold">
          {t('quickscan.invite.list')}
        </h2>
        <p>{t('quickscan.invite.summary', { council, municipality: invitations.length - council })}</p>
        {invitations.length === 0 ? (
          <p>{t('quickscan.invite.noneYet')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t('quickscan.invite.list')}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2 pr-4">
                    {t('quickscan.invite.columnName')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('quickscan.invite.columnGroup')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('quickscan.invite.columnEmail')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('quickscan.invite.columnSent')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('quickscan.invite.columnAnswered')}
                  </th>
                  {open ? (
                    <th scope="col" className="py-2 pr-4">
                      {t('quickscan.invite.columnLink')}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id} className="border-b border-slate-200 align-top">
                    <td className="py-2 pr-4">{invitation.name}</td>
                    <td className="py-2 pr-4">{invitation.group}</td>
                    <td className="py-2 pr-4">{invitation.email ?? t('common.notSet')}</td>
                    <td className="py-2 pr-4">{invitation.sentOn ?? t('common.notSet')}</td>
                    <td className="py-2 pr-4">{invitation.answered ? t('common.yes') : t('common.no')}</td>
                    {open ? (
                      <td className="py-2 pr-4">
                        {invitation.answered ? null : (
                          <Form method="post">
                            <input type="hidden" name="intent" value="renew" />
                            <input type="hidden" name="invitationId" value={invitation.id} />
                            <Button
                              variant="secondary"
                              aria-label={t('quickscan.invite.renewLabel', { name: invitation.name })}
                            >
                              {t('quickscan.invite.renew')}
                            </Button>
                          </Form>
                        )}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {open && invitations.some((invitation) => !invitation.answered) ? (
          <p className="text-sm text-slate-700">{t('quickscan.invite.renewHint')}</p>
        ) : null}
      </section>

      {form ? (
        <div className="space-y-10">
          <InvitationChoiceForm
            key={`choice-${search}`}
            values={form.values}
            errors={form.errors}
            members={form.members}
            staff={form.staff}
            found={form.found}
            foundMore={form.foundMore}
            hiddenPeople={form.hiddenPeople}
          />
          {form.preview ? (
            <InvitationPreview
              key={`preview-${search}`}
              {...form.preview}
              errors={actionData && !actionData.ok && !actionData.renewed ? actionData.errors : {}}
            />
          ) : null}
        </div>
      ) : (
        <p role="alert" className="rounded-md border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
          {t('quickscan.invite.notInvitable')}
        </p>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
