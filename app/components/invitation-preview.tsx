import { Form } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { Badge } from '~/components/ui/badge.tsx'
import { Button } from '~/components/ui/button.tsx'
import { ErrorSummary } from '~/components/ui/field.tsx'
import { t, translateRef } from '~/utils/i18n/index.ts'

export type PreviewRow = {
  /// "personId:organisationId", the value the confirmation sends.
  value: string
  name: string
  email: string | null
  organisationName: string | null
  role: string | null
}

// A plain list of people with the organisation they represent.
function PeopleList({ rows }: { rows: PreviewRow[] }) {
  return (
    <ul className="mt-1 list-disc pl-5">
      {rows.map((row) => (
        <li key={row.value}>
          {row.name}
          {row.organisationName ? ` (${row.organisationName})` : ''}
        </li>
      ))}
    </ul>
  )
}

// Step 2 of inviting: who will be invited (each can be unticked), who has no e-mail address
// (invited all the same, without mail), who is on the list already; then the confirmation.
export function InvitationPreview({
  invitees,
  alreadyInvited,
  withoutEmail,
  emptyCouncils,
  unknown,
  smtpConfigured,
  errors,
}: {
  invitees: PreviewRow[]
  alreadyInvited: PreviewRow[]
  withoutEmail: PreviewRow[]
  emptyCouncils: string[]
  unknown: boolean
  smtpConfigured: boolean
  errors: Record<string, string[]>
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  // A new preview takes the focus (and the screen), so that it is not missed below the form.
  useEffect(() => {
    heading.current?.focus()
  }, [])
  return (
    <section aria-labelledby="invite-preview" className="space-y-4">
      <h2 id="invite-preview" ref={heading} className="scroll-mt-4 text-lg font-semibold" tabIndex={-1}>
        {t('attendance.invite.step2')}
      </h2>
      <p role="status">
        {t('attendance.invite.previewSummary', {
          count: invitees.length,
          already: alreadyInvited.length,
          withoutEmail: withoutEmail.length,
        })}
      </p>
      {unknown ? <p className="text-amber-900">{t('attendance.invite.unknownChoice')}</p> : null}
      {emptyCouncils.length > 0 ? (
        <p className="text-amber-900">
          {t('attendance.invite.emptyCouncils', { names: emptyCouncils.join(', ') })}
        </p>
      ) : null}
      {withoutEmail.length > 0 ? (
        <div className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
          <h3 className="font-semibold">
            {t('attendance.invite.withoutEmailTitle', { count: withoutEmail.length })}
          </h3>
          <p className="text-sm">{t('attendance.invite.withoutEmailHint')}</p>
          <PeopleList rows={withoutEmail} />
        </div>
      ) : null}

      {invitees.length === 0 ? (
        <p>{t('attendance.invite.nobodyNew')}</p>
      ) : (
        <Form method="post" className="space-y-3" noValidate>
          <ErrorSummary errors={errors} />
          {errors.uitnodigen ? (
            <p className="font-medium text-red-700">{errors.uitnodigen.map(translateRef).join(' ')}</p>
          ) : null}
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t('attendance.invite.previewCaption')}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2 pr-3">
                    {t('attendance.invite.invite')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('attendance.name')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('attendance.organisation')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('attendance.email')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitees.map((row) => {
                  const id = `invite-${row.value}`
                  return (
                    <tr key={row.value} className="border-b border-slate-200">
                      <td className="py-2 pr-3">
                        <input
                          type="checkbox"
                          id={id}
                          name="uitnodigen"
                          value={row.value}
                          defaultChecked
                          className="h-5 w-5 accent-brand-700"
                        />
                      </td>
                      <td className="py-2 pr-3">
                        <label htmlFor={id}>{row.name}</label>
                      </td>
                      <td className="py-2 pr-3">
                        {row.organisationName ?? t('attendance.ownBehalf')}
                        {row.role ? <span className="block text-sm text-slate-600">{row.role}</span> : null}
                      </td>
                      <td className="py-2 pr-3">
                        {row.email ? (
                          row.email
                        ) : (
                          <Badge tone="warning">{t('attendance.invite.noEmail')}</Badge>
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
          <p className="text-sm text-slate-700">
            {smtpConfigured ? t('attendance.invite.mailSmtp') : t('attendance.invite.mailOutbox')}
          </p>
          <Button name="intent" value="confirm">
            {t('attendance.invite.confirm')}
          </Button>
        </Form>
      )}

      {alreadyInvited.length > 0 ? (
        <div>
          <h3 className="font-semibold">
            {t('attendance.invite.alreadyTitle', { count: alreadyInvited.length })}
          </h3>
          <PeopleList rows={alreadyInvited} />
        </div>
      ) : null}
    </section>
  )
}
