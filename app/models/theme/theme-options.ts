import { THEME_DOMAINS } from '~/models/organisation/organisation-types.ts'
import { isMessageKey, t } from '~/utils/i18n/index.ts'

// Returns the Dutch label of a theme domain (the raw value for an unknown one).
export function themeDomainLabel(domain: string) {
  const key = `themeDomain.${domain}`
  return isMessageKey(key) ? t(key) : domain
}

// Returns the theme domains as select options, with an empty "choose" option first.
export function themeDomainOptions() {
  return [
    { value: '', label: t('theme.chooseDomain') },
    ...THEME_DOMAINS.map((domain) => ({ value: domain, label: themeDomainLabel(domain) })),
  ]
}

// Returns a theme's name as a list shows it: retired themes say so.
export function themeLabel(theme: { name: string; active: boolean }) {
  return theme.active ? theme.name : t('theme.retiredSuffix', { name: theme.name })
}

// Returns themes grouped by domain in THEME_DOMAINS order (the input is already sorted by
// domain); domains without themes are left out.
export function groupByDomain<T extends { domain: string }>(themes: T[]) {
  const groups: { domain: string; themes: T[] }[] = []
  for (const theme of themes) {
    const last = groups.at(-1)
    if (last?.domain === theme.domain) last.themes.push(theme)
    else groups.push({ domain: theme.domain, themes: [theme] })
  }
  return groups
}

// Returns what a match in the theme lookup rests on, in words: "vastgelegd thema · 3 activiteiten".
export function describeEvidence(evidence: {
  explicit: number
  activity: number
  signal: number
  advice: number
  meeting: number
  document: number
}) {
  const parts: string[] = []
  if (evidence.explicit > 0) parts.push(t('theme.evidenceExplicit'))
  for (const [count, one, many] of [
    [evidence.activity, 'theme.evidenceActivity', 'theme.evidenceActivities'],
    [evidence.signal, 'theme.evidenceSignal', 'theme.evidenceSignals'],
    [evidence.advice, 'theme.evidenceAdvice', 'theme.evidenceAdvices'],
    [evidence.meeting, 'theme.evidenceMeeting', 'theme.evidenceMeetings'],
    [evidence.document, 'theme.evidenceDocument', 'theme.evidenceDocuments'],
  ] as const) {
    if (count > 0) parts.push(count === 1 ? t(one) : t(many, { count }))
  }
  return parts.join(' · ')
}
