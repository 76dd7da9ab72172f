import { t } from '~/utils/i18n/index.ts'

export type ConflictChange = { label: string; before: string; after: string }

// The message after a save that lost a race: what the other person changed, and that the
// user's own input is still in the form below.
export function ConflictNotice({ changes }: { changes: ConflictChange[] }) {
  return (
    <div role="alert" className="mb-4 rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold">{t('conflict.title')}</p>
      <p>{t('conflict.body')}</p>
      {changes.length > 0 ? (
        <>
          <p className="mt-2 font-medium">{t('conflict.changesIntro')}</p>
          <ul className="mt-1 list-disc pl-5">
            {changes.map((change) => (
              <li key={change.label}>
                {t('conflict.change', {
                  field: change.label,
                  before: change.before || t('conflict.empty'),
                  after: change.after || t('conflict.empty'),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
