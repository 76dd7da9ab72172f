import { Form } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { t, translateRef } from '~/utils/i18n/index.ts'
import { Button } from './ui/button.tsx'
import { ErrorSummary } from './ui/field.tsx'

export type PreviewPerson = { key: string; group: string; name: string; email: string | null }

// A plain list of people with their group.
function PeopleList({ people }: { people: PreviewPerson[] }) {
  return (
    <ul className="mt-1 list-disc pl-5">
      {people.map((person) => (
        <li key={person.key}>
          {person.name} ({person.group}
          {person.email ? `, ${person.email}` : ''})
        </li>
      ))}
    </ul>
  )
}

// Step 2 of inviting: who this round invites (raad and gemeente), who is invited already or
// named twice, and typed lines that could not be read; then the confirmation, which sends
// the same choice again (hidden fields) so the server decides from the same input.
export function InvitationPreview({
  invitees,
  alreadyInvited,
  repeated,
  lineErrors,
  unknown,
  choice,
  errors,
}: {
  invitees: PreviewPerson[]
  alreadyInvited: PreviewPerson[]
  repeated: PreviewPerson[]
  lineErrors: { group: string; line: number; text: string; message: string }[]
  unknown: boolean
  choice: Record<string, string[]>
  errors: Record<string, string[]>
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  // A new preview takes the focus, so that it is not missed below the form.
  useEffect(() => {
    heading.current?.focus()
  }, [])
  const blocked = invitees.length === 0 || lineErrors.length > 0 || unknown
  return (
    <section aria-labelledby="invite-preview" className="space-y-4">
      <h2 id="invite-preview" ref={heading} tabIndex={-1} className="scroll-mt-4 text-lg font-semibold">
        {t('quickscan.invite.previewTitle')}
      </h2>
      <p role="status">
        {invitees.length > 0
          ? t('quickscan.invite.previewSummary', { count: invitees.length })
          : t('quickscan.invite.previewEmpty')}
      </p>
      {unknown ? <p className="text-amber-900">{t('quickscan.invite.unknownChoice')}</p> : null}
      {lineErrors.length > 0 ? (
        <div className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
          <h3 className="font-semibold">{t('quickscan.invite.lineErrorsTitle')}</h3>
          <ul className="mt-1 list-disc pl-5">
            {lineErrors.map((error) => (
              <li key={`${error.group}-${error.line}`}>
                {t('quickscan.invite.lineError', {
                  group: error.group,
                  line: error.line,
                  text: error.text,
                  message: translateRef(error.message),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {invitees.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('quickscan.invite.previewTitle')}</caption>
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
              </tr>
            </thead>
            <tbody>
              {invitees.map((person) => (
                <tr key={person.key} className="border-b border-slate-200">
                  <td className="py-2 pr-4">{person.name}</td>
                  <td className="py-2 pr-4">{person.group}</td>
                  <td className="py-2 pr-4">
                    {person.email ?? (
                      <span className="text-amber-900">{t('quickscan.invite.withoutEmail')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {alreadyInvited.length > 0 ? (
        <div>
          <h3 className="font-semibold">{t('quickscan.invite.alreadyInvited')}</h3>
          <PeopleList people={alreadyInvited} />
        </div>
      ) : null}
      {repeated.length > 0 ? (
        <div>
          <h3 className="font-semibold">{t('quickscan.invite.repeated')}</h3>
          <PeopleList people={repeated} />
        </div>
      ) : null}
      <Form method="post" className="space-y-3">
        <ErrorSummary errors={errors} />
        <input type="hidden" name="intent" value="confirm" />
        {Object.entries(choice).flatMap(([name, list]) =>
          list.map((value) => <input key={`${name}-${value}`} type="hidden" name={name} value={value} />),
        )}
        <Button disabled={blocked}>{t('quickscan.invite.confirm')}</Button>
      </Form>
    </section>
  )
}
