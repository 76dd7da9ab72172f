import { t } from '~/utils/i18n/index.ts'

export type AdviceFiguresData = {
  sent: number
  joint: number
  jointShare: number | null
  responded: number
  adopted: number
  noResponse: number
  adoptionRate: number | null
  medianResponseDays: number | null
  openDeadlines: number
  overdueDeadlines: number
}

// Returns a share (0–1) as a Dutch percentage, or a dash when there is nothing to count.
const share = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`)

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-md border border-slate-300 bg-white p-3">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{value}</dd>
    </div>
  )
}

// The advice figures of a council, a theme or a filtered list: sent, joint share, adoption
// rate, median days to a response, open deadlines.
export function AdviceFigures({
  figures,
  id = 'advice-figures',
  intro = t('advice.figuresIntro'),
  compact = false,
}: {
  figures: AdviceFiguresData
  id?: string
  intro?: string
  compact?: boolean
}) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">
        {t('advice.figures')}
      </h2>
      <p className="text-sm text-slate-700">{intro}</p>
      <dl
        className={`grid gap-3 ${compact ? 'grid-cols-1 sm:grid-cols-2' : 'sm:grid-cols-2 lg:grid-cols-5'}`}
      >
        <Figure label={t('advice.figuresSent')} value={String(figures.sent)} />
        <Figure
          label={t('advice.figuresJoint')}
          value={t('advice.figuresJointValue', { share: share(figures.jointShare), count: figures.joint })}
        />
        <Figure
          label={t('advice.figuresAdoption')}
          value={t('advice.figuresAdoptionValue', {
            share: share(figures.adoptionRate),
            adopted: figures.adopted,
            responded: figures.responded,
          })}
        />
        <Figure
          label={t('advice.figuresMedian')}
          value={
            figures.medianResponseDays === null
              ? '—'
              : t('advice.figuresMedianValue', { days: Math.round(figures.medianResponseDays) })
          }
        />
        <Figure
          label={t('advice.figuresOpen')}
          value={t('advice.figuresOpenValue', {
            count: figures.openDeadlines,
            overdue: figures.overdueDeadlines,
          })}
        />
      </dl>
      <p className="text-sm text-slate-700">
        {t('advice.figuresAdoptionNote', { noResponse: figures.noResponse })}
      </p>
    </section>
  )
}
