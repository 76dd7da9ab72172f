import { Link } from '@remix-run/react'
import { t } from '~/utils/i18n/index.ts'
import { buttonClass } from './ui/button.tsx'
import { Section } from './ui/detail-page.tsx'

export type LinkedDocument = { id: string; title: string; kind: string; day: string }

// The "Documenten" part of a meeting, advice or organisation page: the documents linked to
// it (title, kind, day) and, for those who may add one, a link to a new document with this
// record filled in (`addHref`).
export function LinkedDocuments({
  documents,
  addHref,
  id = 'documents',
}: {
  documents: LinkedDocument[]
  addHref?: string | null
  id?: string
}) {
  return (
    <Section
      id={id}
      title={t('document.linkedTitle')}
      actions={
        addHref ? (
          <Link to={addHref} className={buttonClass('secondary')}>
            {t('document.add')}
          </Link>
        ) : undefined
      }
    >
      {documents.length === 0 ? (
        <p className="text-slate-700">{t('document.linkedNone')}</p>
      ) : (
        <ul className="space-y-1">
          {documents.map((document) => (
            <li key={document.id}>
              <Link to={`/documenten/${document.id}`} className="text-brand-700 underline">
                {document.title}
              </Link>{' '}
              <span className="text-sm text-slate-700">
                {document.kind} · {document.day}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
