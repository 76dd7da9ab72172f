import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { formatDateOnly } from '~/utils/dates.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { Badge } from './ui/badge.tsx'

/** An action of a plan van aanpak, as the plan and the organisation pages show it. */
export type PlanActionView = {
  id: string
  title: string
  description: string | null
  status: string
  dueOn: Date | string | null
  overdue: boolean
  topic: { kind: 'item' | 'dimension'; code: string; text: string | null } | null
  owner: { kind: 'person' | 'organisation'; id: string; name: string } | null
  followUp: { assignee: { name: string } } | null
}

// Returns the Dutch label of an action status ("bezig").
export function actionStatusLabel(status: string) {
  return t(`quickscanPlan.status.${status}` as MessageKey)
}

// The status of an action as a badge: finished ones green, overdue ones amber.
export function ActionStatusBadge({ status, overdue }: { status: string; overdue: boolean }) {
  const tone = status === 'DONE' ? 'success' : overdue ? 'warning' : 'neutral'
  return <Badge tone={tone}>{actionStatusLabel(status)}</Badge>
}

// Returns the topic of an action as a line: "stelling C1 — De raad krijgt …" or "thema C — …".
function topicText(topic: NonNullable<PlanActionView['topic']>) {
  const name = t(
    topic.kind === 'item' ? 'quickscanPlan.action.topicItem' : 'quickscanPlan.action.topicDimension',
    {
      code: topic.code,
    },
  )
  return topic.text ? `${name} — ${topic.text}` : name
}

// One action: what, its status (overdue ones stand out), the topic, who carries it out,
// by when and who follows it up. `controls` adds the status buttons and edit link;
// `children` an edit form below it.
export function ActionCard({
  action,
  controls,
  children,
  headingLevel = 3,
}: {
  action: PlanActionView
  controls?: ReactNode
  children?: ReactNode
  headingLevel?: 3 | 4
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const finished = action.status === 'DONE' || action.status === 'CANCELLED'
  return (
    <li
      id={`actie-${action.id}`}
      className={`scroll-mt-4 space-y-2 rounded-md border p-3 ${
        action.overdue ? 'border-2 border-amber-700 bg-amber-50' : 'border-slate-300'
      }`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading
          className={`font-semibold ${action.status === 'CANCELLED' ? 'text-slate-600 line-through' : ''}`}
        >
          {action.title}
        </Heading>
        <span className="flex flex-wrap gap-2">
          {action.overdue ? <Badge tone="warning">{t('quickscanPlan.action.overdue')}</Badge> : null}
          <ActionStatusBadge status={action.status} overdue={action.overdue} />
        </span>
      </div>
      {action.description ? <p className="whitespace-pre-line text-slate-800">{action.description}</p> : null}
      <ul className="space-y-0.5 text-sm text-slate-700">
        {action.topic ? (
          <li>{t('quickscanPlan.action.topicLine', { topic: topicText(action.topic) })}</li>
        ) : null}
        <li>
          {action.owner ? (
            <>
              {t('quickscanPlan.action.ownerLabel')}{' '}
              <Link
                to={
                  action.owner.kind === 'person'
                    ? `/personen/${action.owner.id}`
                    : `/organisaties/${action.owner.id}`
                }
                className="text-brand-700 underline"
              >
                {action.owner.name}
              </Link>
            </>
          ) : (
            t('quickscanPlan.action.noOwnerLine')
          )}
        </li>
        <li className={action.overdue && !finished ? 'font-semibold text-amber-900' : undefined}>
          {action.dueOn
            ? t('quickscanPlan.action.due', { date: formatDateOnly(action.dueOn) })
            : t('quickscanPlan.action.noDue')}
        </li>
        {action.followUp ? (
          <li>{t('quickscanPlan.action.followedUpBy', { name: action.followUp.assignee.name })}</li>
        ) : null}
      </ul>
      {controls}
      {children}
    </li>
  )
}
