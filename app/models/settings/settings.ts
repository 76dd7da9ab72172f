import { z } from 'zod'

// The numbers and defaults the app works with. Each has a default, may be set for the
// installation through an environment variable, and may be changed by an administrator in
// /beheer/instellingen (stored in the Setting table, which wins over the environment).

export const SUMMER_HOLIDAY_REGIONS = ['noord', 'midden', 'zuid'] as const
export type SummerHolidayRegion = (typeof SUMMER_HOLIDAY_REGIONS)[number]

const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max)

export const SETTING_DEFINITIONS = {
  // Dashboard: after how many months without any activity a council shows as "no contact".
  noContactMonths: { env: 'DASHBOARD_NO_CONTACT_MONTHS', schema: count(1, 60), fallback: 3 },
  // Advices: weeks after sending before the college's response is chased.
  adviceResponseWeeks: { env: 'ADVICE_RESPONSE_WEEKS', schema: count(1, 104), fallback: 8 },
  // Signals: weeks without feedback after which a forwarded signal counts as stuck.
  signalFeedbackWeeks: { env: 'SIGNAL_FEEDBACK_WEEKS', schema: count(1, 104), fallback: 6 },
  // W&I monitor: below which share (whole percent) a broad council's quarter is flagged.
  wiThresholdPercent: { env: 'WI_MONITOR_THRESHOLD_PERCENT', schema: count(1, 100), fallback: 25 },
  // Meetings: the location a new meeting or series starts with.
  meetingDefaultLocation: {
    env: 'MEETING_DEFAULT_LOCATION',
    schema: z.string().trim().min(1).max(200),
    fallback: 'Leeuwarden',
  },
  // Meetings: whose summer school holiday generated dates are checked against.
  summerHolidayRegion: {
    env: 'SUMMER_HOLIDAY_REGION',
    schema: z.enum(SUMMER_HOLIDAY_REGIONS),
    fallback: 'noord' as SummerHolidayRegion,
  },
  // Series statistics: a council "dropped off" when it missed this many meetings in a row.
  missedMeetingsThreshold: { env: 'ATTENDANCE_MISSED_MEETINGS', schema: count(1, 12), fallback: 3 },
} as const

export type SettingKey = keyof typeof SETTING_DEFINITIONS
export type Settings = { [K in SettingKey]: (typeof SETTING_DEFINITIONS)[K]['fallback'] }
export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[]

// Parses one stored or configured value; undefined when it is missing or malformed, so the
// next source (environment, then the default) is used instead of stopping the app.
export function parseSetting<K extends SettingKey>(key: K, raw: string | undefined | null) {
  if (raw === undefined || raw === null || raw.trim() === '') return undefined
  const parsed = SETTING_DEFINITIONS[key].schema.safeParse(raw)
  return parsed.success ? (parsed.data as Settings[K]) : undefined
}

// Resolves every setting: the stored value, else the environment, else the default.
export function resolveSettings(
  stored: Partial<Record<string, string>>,
  env: Record<string, string | undefined> = process.env,
): Settings {
  const result: Record<string, unknown> = {}
  for (const key of SETTING_KEYS) {
    const definition = SETTING_DEFINITIONS[key]
    result[key] =
      parseSetting(key, stored[key]) ?? parseSetting(key, env[definition.env]) ?? definition.fallback
  }
  return result as Settings
}
