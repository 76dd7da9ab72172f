import { Link } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { evidenceHref, evidenceKindLabel, type OverlapCell } from '~/models/theme/theme-overlap.ts'
import { t } from '~/utils/i18n/index.ts'

export const DETAIL_ID = 'bewijs'

// The evidence behind one cell of the matrix: whether the theme is tagged, how often the
// council worked on it per kind of work, and links to the lists that show that work for
// the same council, theme and period. Focused when opened from a cell.
export function ThemeOverlapDetail({
  council,
  theme,
  cell,
  period,
  closeHref,
}: {
  council: { id: string; name: string }
  theme: { id: string; name: string }
  cell: Pick<OverlapCell, 'counts' | 'explicit' | 'counted'> | null
  period: { van: string; tot: string }
  closeHref: string
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  const key = `${council.id} ${theme.id}`
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again for every other cell
  useEffect(() => {
    if (window.location.hash === `#${DETAIL_ID}`) heading.current?.focus()
  }, [key])
  const link = { councilId: council.id, themeId: theme.id, ...period }
  const work = Object.entries(cell?.counts ?? {}).filter(([kind, count]) => kind !== 'explicit' && count > 0)
  const explicitHref = evidenceHref('explicit', link)
  return (
    <section
      id={DETAIL_ID}
      aria-labelledby={`${DETAIL_ID}-title`}
      className="mb-6 max-w-prose rounded-md border border-brand-700 bg-brand-50 p-4"
    >
      <h2 id={`${DETAIL_ID}-title`} ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {t('overlap.detailTitle', { council: council.name, theme: theme.name })}
      </h2>
      {cell ? (
        <ul className="mt-2 space-y-1">
          <li>
            {t(cell.explicit ? 'overlap.detailExplicit' : 'overlap.detailNotExplicit')}{' '}
            {cell.explicit && explicitHref ? (
              <Link to={explicitHref} className="text-brand-700 underline">
                {t('overlap.detailShowKind', { kind: evidenceKindLabel('explicit') })}
              </Link>
            ) : null}
          </li>
          {work.map(([kind, count]) => {
            const href = evidenceHref(kind, link)
            return (
              <li key={kind}>
                {t('overlap.detailKind', { kind: evidenceKindLabel(kind), count })}
                {href ? (
                  <>
                    {' · '}
                    <Link to={href} className="text-brand-700 underline">
                      {t('overlap.detailShowKind', { kind: evidenceKindLabel(kind) })}
                    </Link>
                  </>
                ) : null}
              </li>
            )
          })}
          <li className="font-medium">
            {t(cell.counted ? 'overlap.detailCounted' : 'overlap.detailNotCounted')}
          </li>
        </ul>
      ) : (
        <p className="mt-2">{t('overlap.detailNone')}</p>
      )}
      <p className="mt-3">
        <Link to={closeHref} className="text-brand-700 underline" preventScrollReset>
          {t('overlap.detailClose')}
        </Link>
      </p>
    </section>
  )
}
