import { Badge } from '~/components/ui/badge.tsx'
import type { RespondentGroup } from '~/models/quickscan/quickscan-constants.ts'
import { type Flag, formatMean, formatSigned, type MissingReason } from '~/models/quickscan/scoring.ts'
import { t } from '~/utils/i18n/index.ts'

// The two groups in the order the photo shows them: the council first.
export const GROUPS = ['COUNCIL', 'MUNICIPALITY'] as const satisfies readonly RespondentGroup[]

// The colours of the two groups; the municipality's shapes are also hatched or dashed, so
// the charts read in black and white and without telling colours apart.
export const COUNCIL_COLOUR = '#175962'
export const MUNICIPALITY_COLOUR = '#334155'

// Returns a group's name as a column or legend label: "Raad", "Gemeente".
export function groupLabel(group: RespondentGroup) {
  return t(`quickscanResults.group.${group}`)
}

// Returns a group's name inside a sentence: "de raad", "de gemeente".
export function groupInText(group: RespondentGroup) {
  return t(`quickscanResults.groupInText.${group}`)
}

// Returns a flag's label: "verschil", "beide laag".
export function flagLabel(flag: Flag) {
  return t(`quickscanResults.flag.${flag}`)
}

// Returns what stands in place of a gap that cannot be computed, with the reason.
export function missingGapLabel(reason: MissingReason | null) {
  return reason ? t(`quickscanResults.gapMissing.${reason}`) : t('quickscanResults.none')
}

// Returns the mean of an item's figures as shown, or why there is none.
export function meanLabel(
  figures: { status: 'SHOWN'; mean: number } | { status: 'SUPPRESSED' | 'FEW_ANSWERS' },
) {
  if (figures.status === 'SHOWN') return formatMean(figures.mean)
  return figures.status === 'SUPPRESSED' ? t('quickscanResults.notShown') : t('quickscanResults.fewAnswers')
}

// Returns a gap as shown: "+1,2", or a dash with the reason.
export function gapLabel(gap: number | null, reason: MissingReason | null) {
  return gap === null ? missingGapLabel(reason) : formatSigned(gap)
}

// The flags of a topic as badges (nothing when it has none).
export function FlagBadges({ flags }: { flags: readonly Flag[] }) {
  if (flags.length === 0) return null
  return (
    <span className="inline-flex flex-wrap gap-1">
      {flags.map((flag) => (
        <Badge key={flag} tone="warning">
          {flagLabel(flag)}
        </Badge>
      ))}
    </span>
  )
}
