// Labels, hints and values of the settings in Dutch, through the catalog.
import { formatDateTime } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'
import {
  SETTING_DEFINITIONS,
  type SETTING_GROUPS,
  type SettingKey,
  type SettingSource,
  SUMMER_HOLIDAY_REGIONS,
  type SummerHolidayRegion,
} from './settings.ts'

type SettingGroupId = (typeof SETTING_GROUPS)[number]['id']

type Unit = 'months' | 'weeks' | 'percent' | 'meetings' | 'megabytes' | 'respondents'

// The unit each number setting counts in.
const UNITS: Partial<Record<SettingKey, Unit>> = {
  noContactMonths: 'months',
  adviceResponseWeeks: 'weeks',
  signalFeedbackWeeks: 'weeks',
  wiThresholdPercent: 'percent',
  missedMeetingsThreshold: 'meetings',
  documentMaxUploadMb: 'megabytes',
  quickScanMinGroupSize: 'respondents',
}

// Returns the Dutch label of a setting ("Raden zonder contact na (maanden)").
export const settingLabel = (key: SettingKey) => t(`settings.${key}.label`)

// Returns the Dutch name of a settings group ("Bijeenkomsten").
export const settingGroupLabel = (group: SettingGroupId) => t(`settings.group.${group}`)

// Returns the Dutch name of a summer holiday region ("Noord").
export const regionLabel = (region: SummerHolidayRegion) => t(`settings.region.${region}`)

// Returns the choices of the summer holiday region.
export const regionOptions = () =>
  SUMMER_HOLIDAY_REGIONS.map((region) => ({ value: region, label: regionLabel(region) }))

// Returns a setting's value as a person reads it: "3 maanden", "1 week", "25 %",
// "Drachten", "Noord". Takes the stored text form as well as the parsed value.
export function settingValueText(key: SettingKey, value: string | number) {
  const unit = UNITS[key]
  if (unit) {
    const count = Number(value)
    return t(count === 1 ? `settings.unit.${unit}.one` : `settings.unit.${unit}.other`, { count })
  }
  if (
    key === 'summerHolidayRegion' &&
    (SUMMER_HOLIDAY_REGIONS as readonly string[]).includes(String(value))
  ) {
    return regionLabel(value as SummerHolidayRegion)
  }
  return String(value)
}

// Returns the hint under a setting's field: what it does, the values it takes and its
// default.
export function settingHint(key: SettingKey) {
  const definition = SETTING_DEFINITIONS[key]
  const range =
    definition.kind === 'count'
      ? t('settings.range.count', { min: definition.min, max: definition.max })
      : definition.kind === 'text'
        ? t('settings.range.text', { max: definition.max })
        : null
  const fallback = t('settings.default', { value: settingValueText(key, definition.fallback) })
  return [t(`settings.${key}.hint`), range, fallback].filter(Boolean).join(' ')
}

// Returns where a setting's value in force comes from, in words: "standaard",
// "omgevingsvariabele DASHBOARD_NO_CONTACT_MONTHS", "opgeslagen door Bea op 5 december
// 2026 om 14:05".
export function settingSourceText(
  key: SettingKey,
  source: SettingSource,
  stored?: { at: Date | string | null; by: string | null },
) {
  if (source === 'default') return t('settings.source.default')
  if (source === 'env') return t('settings.source.env', { name: SETTING_DEFINITIONS[key].env })
  if (stored?.at && stored.by) {
    return t('settings.source.storedBy', { name: stored.by, date: formatDateTime(stored.at) })
  }
  return stored?.at
    ? t('settings.source.storedOn', { date: formatDateTime(stored.at) })
    : t('settings.source.stored')
}
