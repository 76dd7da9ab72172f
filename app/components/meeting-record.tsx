import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { formatDateOnly } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'
import { Badge } from './ui/badge.tsx'
import { Section } from './ui/detail-page.tsx'

export type MeetingRecordData = {
  minutes: string | null
  tips: { id: string; text: string; theme: string | null }[]
  jointActions: {
    id: string
    description: string
    dueDate: Date | string | null
    done: boolean
    overdue: boolean
    assignee: string
    ownerOrganisation: { id: string; name: string } | null
  }[]
  outputs: { id: string; kind: string; title: string; body: string | null }[]
}

type Controls = {
  /** Shown instead of the stored minutes (the minutes form). */
  minutes?: ReactNode
  /** A control after each tip, joint action or output (remove, mark done). */
  tip?: (tip: MeetingRecordData['tips'][number]) => ReactNode
  jointAction?: (action: MeetingRecordData['jointActions'][number]) => ReactNode
  output?: (output: MeetingRecordData['outputs'][number]) => ReactNode
  /** A form at the end of each part (add a tip, an action, an output). */
  addTip?: ReactNode
  addJointAction?: ReactNode
  addOutput?: ReactNode
}

const itemClass = 'flex flex-wrap items-start justify-between gap-2 py-2'

// What a meeting left behind: its minutes, the tips shared, the joint actions agreed and
// its outputs (a vision document …). Read-only on the meeting page; the minutes page adds
// its forms and controls through `controls`.
export function MeetingRecord({ record, controls = {} }: { record: MeetingRecordData; controls?: Controls }) {
  return (
    <>
      <Section id="minutes" title={t('meeting.minutes')}>
        {controls.minutes ??
          (record.minutes ? (
            <p className="whitespace-pre-line">{record.minutes}</p>
          ) : (
            <p className="text-slate-700">{t('meeting.minutesNone')}</p>
          ))}
      </Section>

      <Section id="tips" title={t('meeting.tips')}>
        {record.tips.length > 0 ? (
          <ul className="divide-y divide-slate-200">
            {record.tips.map((tip) => (
              <li key={tip.id} className={itemClass}>
                <span>
                  {tip.text}
                  {tip.theme ? <span className="block text-sm text-slate-700">{tip.theme}</span> : null}
                </span>
                {controls.tip?.(tip)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">{t('meeting.tipsNone')}</p>
        )}
        {controls.addTip}
      </Section>

      <Section id="joint-actions" title={t('meeting.jointActions')}>
        {record.jointActions.length > 0 ? (
          <ul className="divide-y divide-slate-200">
            {record.jointActions.map((action) => (
              <li key={action.id} className={itemClass}>
                <span className={action.done ? 'text-slate-600 line-through' : ''}>
                  {action.description}
                  <span className="block text-sm text-slate-700">
                    {action.assignee}
                    {action.ownerOrganisation ? (
                      <>
                        {' · '}
                        {t('meeting.actionOwnerPrefix')}{' '}
                        <Link
                          to={`/organisaties/${action.ownerOrganisation.id}`}
                          className="text-brand-700 underline"
                        >
                          {action.ownerOrganisation.name}
                        </Link>
                      </>
                    ) : null}
                    {action.dueDate
                      ? ` · ${t('followUp.due', { date: formatDateOnly(action.dueDate) })}`
                      : null}
                    {action.done ? (
                      <>
                        {' '}
                        <Badge tone="success">{t('followUp.done')}</Badge>
                      </>
                    ) : null}
                    {action.overdue ? (
                      <>
                        {' '}
                        <Badge tone="warning">{t('followUp.overdue')}</Badge>
                      </>
                    ) : null}
                  </span>
                </span>
                {controls.jointAction?.(action)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">{t('meeting.jointActionsNone')}</p>
        )}
        {controls.addJointAction}
      </Section>

      <Section id="outputs" title={t('meeting.outputs')}>
        {record.outputs.length > 0 ? (
          <ul className="space-y-4">
            {record.outputs.map((output) => (
              <li key={output.id} className="rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="font-semibold">
                    {output.title} <Badge>{output.kind}</Badge>
                  </h3>
                  {controls.output?.(output)}
                </div>
                {output.body ? <p className="mt-2 whitespace-pre-line">{output.body}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">{t('meeting.outputsNone')}</p>
        )}
        {controls.addOutput}
      </Section>
    </>
  )
}
