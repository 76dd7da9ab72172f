import { Link } from '@remix-run/react'
import { t } from '~/utils/i18n/index.ts'
import { ActionCard, type PlanActionView } from './quickscan-plan-action-card.tsx'
import { Section } from './ui/detail-page.tsx'

export type ScanActionView = PlanActionView & { scan: { id: string; title: string } }

// "Quickscan-acties" on an organisation's or a municipality's page: the actions of the plans
// van aanpak that are still open or in progress, each with its scan and a link to it in
// the plan.
export function QuickScanActionsSection({ actions, intro }: { actions: ScanActionView[]; intro: string }) {
  return (
    <Section id="quickscan-actions" title={t('quickscanPlan.section.title')}>
      <p className="text-sm text-slate-700">{intro}</p>
      {actions.length > 0 ? (
        <ul className="space-y-3">
          {actions.map((action) => (
            <ActionCard
              key={action.id}
              action={action}
              controls={
                <p className="text-sm">
                  <Link
                    to={`/quickscans/${action.scan.id}/plan#actie-${action.id}`}
                    className="text-brand-700 underline"
                  >
                    {t('quickscanPlan.section.scan', { title: action.scan.title })}
                  </Link>
                </p>
              }
            />
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t('quickscanPlan.section.none')}</p>
      )}
    </Section>
  )
}
