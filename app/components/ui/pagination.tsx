import { Link } from '@remix-run/react'
import { t } from '~/utils/i18n/index.ts'

// "Vorige · Pagina 2 van 5 · Volgende" under a list; nothing when there is one page.
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number
  pageCount: number
  hrefFor: (page: number) => string
}) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label={t('pagination.label')} className="mt-4 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className="text-brand-700 underline">
          {t('pagination.previous')}
        </Link>
      ) : null}
      <span>{t('pagination.page', { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next" className="text-brand-700 underline">
          {t('pagination.next')}
        </Link>
      ) : null}
    </nav>
  )
}
