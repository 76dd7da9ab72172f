import type { ReactNode } from 'react'
import type { RespondentGroup } from '~/models/quickscan/quickscan-constants.ts'
import {
  type BackgroundBreakdown,
  type FlaggedTopic,
  formatCount,
  formatMean,
  formatSigned,
  type ItemResult,
  type LadderFigures,
  type LadderResult,
  type LadderSide,
  type OpenQuestionResult,
  type PerGroup,
} from '~/models/quickscan/scoring.ts'
import { t } from '~/utils/i18n/index.ts'
import { BarChart } from './chart-bar.tsx'
import { FlagBadges, GROUPS, groupInText, groupLabel } from './quickscan-results-labels.tsx'
import { cell, headCell, numberCell, ResultsTable } from './quickscan-results-tables.tsx'

// A titled part of the photo; `level` 3 for parts within a dimension.
export function ResultsSection({
  id,
  title,
  intro,
  level = 2,
  children,
}: {
  id: string
  title: string
  intro?: ReactNode
  level?: 2 | 3
  children: ReactNode
}) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <section aria-labelledby={id} className={level === 2 ? 'mb-10 print:mb-6' : 'mb-6'}>
      <Heading
        id={id}
        className={`mb-2 font-semibold break-after-avoid ${level === 2 ? 'text-xl' : 'text-lg'}`}
      >
        {title}
      </Heading>
      {intro ? <div className="mb-3 max-w-3xl text-slate-700">{intro}</div> : null}
      {children}
    </section>
  )
}

// The notices for groups that are not shown, and what that means for the gaps.
export function SuppressionNotices({
  groups,
  minGroupSize,
}: {
  groups: PerGroup<{ responses: number; suppressed: boolean }>
  minGroupSize: number
}) {
  const suppressed = GROUPS.filter((group) => groups[group].suppressed)
  if (suppressed.length === 0) return null
  return (
    <div
      role="note"
      className="mb-6 max-w-3xl rounded-md border border-amber-700 bg-amber-50 p-4 text-amber-950"
    >
      {suppressed.map((group) => (
        <p key={group}>
          {groups[group].responses === 0
            ? t('quickscanResults.noResponses', { group: groupInText(group) })
            : t('quickscanResults.suppressedGroup', { min: minGroupSize, group: groupInText(group) })}
        </p>
      ))}
      <p>{t('quickscanResults.noGaps')}</p>
    </div>
  )
}

// One topic of the summary: its code and text, both means and the gap.
function TopicLine({
  code,
  text,
  council,
  municipality,
  gap,
  flags,
}: {
  code: string
  text: string
  council: number
  municipality: number
  gap: number
  flags?: FlaggedTopic['flags']
}) {
  return (
    <li className="break-inside-avoid">
      <span className="font-semibold">{code}</span> {text} {flags ? <FlagBadges flags={flags} /> : null}
      <br />
      <span className="text-sm text-slate-700">
        {t('quickscanResults.summaryMeans', {
          council: formatMean(council),
          municipality: formatMean(municipality),
          gap: formatSigned(gap),
        })}
      </span>
    </li>
  )
}

// Returns an item of the summary as a line (items in the summary always have both means).
function itemLine(item: ItemResult) {
  const council = item.groups.COUNCIL
  const municipality = item.groups.MUNICIPALITY
  if (council.status !== 'SHOWN' || municipality.status !== 'SHOWN' || item.gap === null) return null
  return (
    <TopicLine
      key={item.id}
      code={item.code}
      text={item.text}
      council={council.mean}
      municipality={municipality.mean}
      gap={item.gap}
    />
  )
}

// The summary: the top agreements, the top gaps and every flagged topic.
export function Summary({
  topAgreements,
  topGaps,
  flagged,
}: {
  topAgreements: ItemResult[]
  topGaps: ItemResult[]
  flagged: FlaggedTopic[]
}) {
  const list = (entries: ReactNode[], empty: string) =>
    entries.length > 0 ? <ul className="max-w-3xl list-disc space-y-2 pl-6">{entries}</ul> : <p>{empty}</p>
  return (
    <div className="grid gap-6">
      <ResultsSection id="overeenstemming" level={3} title={t('quickscanResults.topAgreements')}>
        {list(topAgreements.map(itemLine), t('quickscanResults.topAgreementsEmpty'))}
      </ResultsSection>
      <ResultsSection id="verschillen" level={3} title={t('quickscanResults.topGaps')}>
        {list(topGaps.map(itemLine), t('quickscanResults.topGapsEmpty'))}
      </ResultsSection>
      <ResultsSection id="gespreksonderwerpen" level={3} title={t('quickscanResults.flagged')}>
        {list(
          flagged.map((topic) => (
            <TopicLine
              key={`${topic.kind}-${topic.code}`}
              code={topic.kind === 'DIMENSION' ? t('quickscanResults.dimension') : topic.code}
              text={topic.kind === 'DIMENSION' ? `${topic.code}. ${topic.text}` : topic.text}
              council={topic.council}
              municipality={topic.municipality}
              gap={topic.gap}
              flags={topic.flags}
            />
          )),
          t('quickscanResults.flaggedEmpty'),
        )}
      </ResultsSection>
    </div>
  )
}

// The open answers to a dimension's open questions, per group; a suppressed group shows why.
export function OpenAnswersList({
  questions,
  headingId,
}: {
  questions: OpenQuestionResult[]
  headingId: string
}) {
  if (questions.length === 0) return null
  return (
    <ResultsSection id={headingId} level={3} title={t('quickscanResults.openAnswers')}>
      {questions.map((question) => (
        <div key={question.id} className="mb-4 max-w-3xl">
          <p className="mb-2 font-medium">
            <span className="font-semibold">{question.code}</span> {question.text}
          </p>
          <div className="grid gap-4 sm:grid-cols-2 print:grid-cols-2">
            {GROUPS.map((group) => {
              const answers = question.groups[group]
              return (
                <div key={group}>
                  <h4 className="mb-1 font-semibold">{groupLabel(group)}</h4>
                  {answers.status === 'SUPPRESSED' ? (
                    <p className="text-slate-700 italic">{t('quickscanResults.openSuppressed')}</p>
                  ) : answers.answers.length === 0 ? (
                    <p className="text-slate-700">{t('quickscanResults.openEmpty')}</p>
                  ) : (
                    <ul className="list-disc space-y-1 pl-5">
                      {answers.answers.map((answer, index) => (
                        // Identical answers are possible; position keeps their keys apart.
                        // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
                        <li key={index} className="break-inside-avoid whitespace-pre-line">
                          {answer}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )
            })}
          </div>
        </div>
      ))}
    </ResultsSection>
  )
}

type Side = 'now' | 'desired'
const SIDES = ['now', 'desired'] as const satisfies readonly Side[]

// Returns the steps of a ladder side as a list ("2. raadplegen"), or a dash.
function stepNames(steps: readonly number[], choices: readonly string[]) {
  if (steps.length === 0) return t('quickscanResults.none')
  return steps
    .map((step) => t('quickscanResults.ladderStepLabel', { step, name: choices[step - 1] ?? '' }))
    .join(', ')
}

// Returns one cell of the ladder table for a group's side.
function ladderCell(figures: LadderFigures, side: Side, value: (shown: LadderSide) => string) {
  if (figures.status === 'SUPPRESSED') return t('quickscanResults.notShown')
  const shown = figures[side]
  return shown.counts === null ? t('quickscanResults.fewAnswers') : value(shown)
}

// The ladder item: per group a bar chart of now and desired (when shown), and a table with
// the counts per step, the middle step and the most chosen one.
export function LadderResults({ ladder, minGroupSize }: { ladder: LadderResult; minGroupSize: number }) {
  const tableCaption = t('quickscanResults.ladderTable', { code: ladder.code })
  const columns = GROUPS.flatMap((group) => SIDES.map((side) => ({ group, side })))
  const sideWord = (side: Side) =>
    side === 'now' ? t('quickscanResults.ladderNow') : t('quickscanResults.ladderDesired')
  return (
    <div className="mb-6">
      <p className="mb-3 max-w-3xl font-medium">
        <span className="font-semibold">{ladder.code}</span> {ladder.text}
      </p>
      <div className="grid max-w-3xl gap-4">
        {GROUPS.map((group) => {
          const figures = ladder.groups[group]
          if (
            figures.status === 'SUPPRESSED' ||
            figures.now.counts === null ||
            figures.desired.counts === null
          ) {
            return (
              <p key={group} className="text-slate-700 italic">
                {figures.status === 'SUPPRESSED'
                  ? t('quickscanResults.ladderNoChartSuppressed', { group: groupInText(group) })
                  : t('quickscanResults.ladderNoChartFew', { group: groupInText(group), min: minGroupSize })}
              </p>
            )
          }
          const now = figures.now.counts
          const desired = figures.desired.counts
          return (
            <figure key={group} className="break-inside-avoid">
              <figcaption className="mb-1 font-semibold">{groupLabel(group)}</figcaption>
              <BarChart
                title={t('quickscanResults.ladderChartTitle', { group: groupLabel(group) })}
                description={t('quickscanResults.ladderChartDescription', { table: tableCaption })}
                series={[t('quickscanResults.ladderNowTitle'), t('quickscanResults.ladderDesiredTitle')]}
                rows={ladder.choices.map((choice, index) => ({
                  key: String(index + 1),
                  label: t('quickscanResults.ladderStepLabel', { step: index + 1, name: choice }),
                  values: [now[index] ?? 0, desired[index] ?? 0] as const,
                }))}
                format={formatCount}
              />
            </figure>
          )
        })}
      </div>
      <ResultsTable
        caption={tableCaption}
        head={
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className={headCell}>
              {t('quickscanResults.ladderStep')}
            </th>
            {columns.map(({ group, side }) => (
              <th key={`${group}-${side}`} scope="col" className={`${headCell} text-right`}>
                {t('quickscanResults.ladderColumn', { group: groupLabel(group), side: sideWord(side) })}
              </th>
            ))}
          </tr>
        }
      >
        {ladder.choices.map((choice, index) => (
          <tr key={choice} className="border-b border-slate-200">
            <th scope="row" className={`${cell} font-normal`}>
              {t('quickscanResults.ladderStepLabel', { step: index + 1, name: choice })}
            </th>
            {columns.map(({ group, side }) => (
              <td key={`${group}-${side}`} className={numberCell}>
                {ladderCell(ladder.groups[group], side, (shown) => formatCount(shown.counts?.[index] ?? 0))}
              </td>
            ))}
          </tr>
        ))}
        {(
          [
            ['answered', t('quickscanResults.ladderAnswered')],
            ['median', t('quickscanResults.ladderMedian')],
            ['mostChosen', t('quickscanResults.ladderMostChosen')],
          ] as const
        ).map(([measure, label]) => (
          <tr key={measure} className="border-b border-slate-200 font-semibold">
            <th scope="row" className={cell}>
              {label}
            </th>
            {columns.map(({ group, side }) => {
              const figures = ladder.groups[group]
              const text =
                measure === 'answered' && figures.status === 'SHOWN'
                  ? formatCount(figures[side].answered)
                  : ladderCell(figures, side, (shown) =>
                      measure === 'median'
                        ? stepNames(shown.median === null ? [] : [shown.median], ladder.choices)
                        : measure === 'mostChosen'
                          ? stepNames(shown.mostChosen, ladder.choices)
                          : formatCount(shown.answered),
                    )
              return (
                <td key={`${group}-${side}`} className={`${cell} text-right`}>
                  {text}
                </td>
              )
            })}
          </tr>
        ))}
      </ResultsTable>
      <p className="max-w-3xl text-sm text-slate-700">{t('quickscanResults.ladderHowMedian')}</p>
    </div>
  )
}

const BACKGROUND_KEYS = {
  NOT_GIVEN: 'quickscanResults.background.NOT_GIVEN',
  CHAIR: 'quickscanResults.background.CHAIR',
  SECRETARY: 'quickscanResults.background.SECRETARY',
  MEMBER: 'quickscanResults.background.MEMBER',
  POLICY_OFFICER: 'quickscanResults.background.POLICY_OFFICER',
  COUNCIL_SUPPORT: 'quickscanResults.background.COUNCIL_SUPPORT',
  MANAGER: 'quickscanResults.background.MANAGER',
  ALDERMAN: 'quickscanResults.background.ALDERMAN',
  OTHER: 'quickscanResults.background.OTHER',
  LT1: 'quickscanResults.background.LT1',
  Y1_3: 'quickscanResults.background.Y1_3',
  Y3_5: 'quickscanResults.background.Y3_5',
  GT5: 'quickscanResults.background.GT5',
  YES: 'quickscanResults.background.YES',
  NO: 'quickscanResults.background.NO',
  RATHER_NOT_SAY: 'quickscanResults.background.RATHER_NOT_SAY',
} as const

// Returns the Dutch label of a background category.
function backgroundLabel(value: string) {
  const key = BACKGROUND_KEYS[value as keyof typeof BACKGROUND_KEYS]
  return key ? t(key) : value
}

// The background of the respondents per group: only categories of at least the minimum size.
export function BackgroundResults({
  background,
  minGroupSize,
}: {
  background: PerGroup<BackgroundBreakdown>
  minGroupSize: number
}) {
  return (
    <div className="grid gap-6 lg:grid-cols-2 print:grid-cols-2">
      {GROUPS.map((group: RespondentGroup) => {
        const breakdown = background[group]
        if (breakdown.status === 'SUPPRESSED')
          return (
            <p key={group} className="text-slate-700 italic">
              {t('quickscanResults.backgroundSuppressed', { group: groupInText(group) })}
            </p>
          )
        return (
          <div key={group}>
            {breakdown.tables.map((table) => {
              const question = t(`quickscanResults.question.${table.question}`)
              return (
                <ResultsTable
                  key={table.question}
                  caption={t('quickscanResults.backgroundTable', { group: groupLabel(group), question })}
                  head={
                    <tr className="border-b-2 border-slate-400">
                      <th scope="col" className={headCell}>
                        {question}
                      </th>
                      <th scope="col" className={`${headCell} text-right`}>
                        {t('quickscanResults.backgroundCount')}
                      </th>
                    </tr>
                  }
                >
                  {table.rows.map((row) => (
                    <tr key={row.value} className="border-b border-slate-200">
                      <th scope="row" className={`${cell} font-normal`}>
                        {backgroundLabel(row.value)}
                      </th>
                      <td className={numberCell}>{formatCount(row.count)}</td>
                    </tr>
                  ))}
                  {table.other ? (
                    <tr className="border-b border-slate-200">
                      <th scope="row" className={`${cell} font-normal`}>
                        {t('quickscanResults.backgroundOther')}
                      </th>
                      <td className={numberCell}>
                        {table.other.count === null
                          ? t('quickscanResults.backgroundFewer', { min: minGroupSize })
                          : formatCount(table.other.count)}
                      </td>
                    </tr>
                  ) : null}
                </ResultsTable>
              )
            })}
          </div>
        )
      })}
    </div>
  )
}
