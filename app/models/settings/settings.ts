import { z } from 'zod'
import { changedFields, type FieldChange, type Snapshot } from '~/utils/conflict.ts'

// The numbers and defaults the app works with. Each has a default, may be set for the
// installation through an environment variable, and may be changed by an administrator in
// /beheer/instellingen (stored in the Setting table, which wins over the environment).

export const SUMMER_HOLIDAY_REGIONS = ['noord', 'midden', 'zuid'] as const
export type SummerHolidayRegion = (typeof SUMMER_HOLIDAY_REGIONS)[number]

// A whole number from `min` to `max`, written in digits only: "3" and " 3 " pass, "3.0",
// "0x3", "1e1" and "3 maanden" do not (Number() would accept some of those).
const count = (min: number, max: number) => ({
  kind: 'count' as const,
  min,
  max,
  schema: z
    .string()
    .trim()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max)),
})

// A line of text of at most `max` characters (trimmed, not empty).
const text = (max: number) => ({
  kind: 'text' as const,
  max,
  schema: z.string().trim().min(1).max(max),
})

// One of `options`, case-insensitive.
const choice = <T extends readonly [string, ...string[]]>(options: T) => ({
  kind: 'choice' as const,
  options,
  schema: z.string().trim().toLowerCase().pipe(z.enum(options)),
})

export const SETTING_DEFINITIONS = {
  // Dashboard: after how many months without any activity a council shows as "no contact".
  noContactMonths: { env: 'DASHBOARD_NO_CONTACT_MONTHS', ...count(1, 60), fallback: 3 },
  // Advices: weeks after sending before the college's response is chased.
  adviceResponseWeeks: { env: 'ADVICE_RESPONSE_WEEKS', ...count(1, 104), fallback: 8 },
  // Signals: weeks without feedback after which a forwarded signal counts as stuck.
  signalFeedbackWeeks: { env: 'SIGNAL_FEEDBACK_WEEKS', ...count(1, 104), fallback: 6 },
  // W&I monitor: below which share (whole percent) a broad council's quarter is flagged.
  wiThresholdPercent: { env: 'WI_MONITOR_THRESHOLD_PERCENT', ...count(1, 100), fallback: 25 },
  // Meetings: the location a new meeting or series starts with.
  meetingDefaultLocation: { env: 'MEETING_DEFAULT_LOCATION', ...text(200), fallback: 'Leeuwarden' },
  // Meetings: whose summer school holiday generated dates are checked against.
  summerHolidayRegion: {
    env: 'SUMMER_HOLIDAY_REGION',
    ...choice(SUMMER_HOLIDAY_REGIONS),
    fallback: 'noord' as SummerHolidayRegion,
  },
  // Series statistics: a council "dropped off" when it missed this many meetings in a row.
  missedMeetingsThreshold: { env: 'ATTENDANCE_MISSED_MEETINGS', ...count(1, 12), fallback: 3 },
  // Documents: the largest file that may be uploaded, in whole megabytes.
  documentMaxUploadMb: { env: 'DOCUMENT_MAX_UPLOAD_MB', ...count(1, 200), fallback: 20 },
  // Quick scans: the smallest group whose answers are reported (smaller groups are suppressed).
  quickScanMinGroupSize: { env: 'QUICKSCAN_MIN_GROUP_SIZE', ...count(2, 50), fallback: 5 },
} as const

export type SettingKey = keyof typeof SETTING_DEFINITIONS
export type Settings = { [K in SettingKey]: z.output<(typeof SETTING_DEFINITIONS)[K]['schema']> }
export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[]

// The groups of the settings page, in order, each with its settings in order.
export const SETTING_GROUPS = [
  { id: 'dashboard', keys: ['noContactMonths'] },
  { id: 'advices', keys: ['adviceResponseWeeks'] },
  { id: 'signals', keys: ['signalFeedbackWeeks'] },
  { id: 'reports', keys: ['wiThresholdPercent'] },
  { id: 'meetings', keys: ['meetingDefaultLocation', 'summerHolidayRegion', 'missedMeetingsThreshold'] },
  { id: 'documents', keys: ['documentMaxUploadMb'] },
  { id: 'quickScans', keys: ['quickScanMinGroupSize'] },
] as const satisfies readonly { id: string; keys: readonly SettingKey[] }[]

// Returns true when `value` names a setting.
export function isSettingKey(value: string): value is SettingKey {
  return Object.hasOwn(SETTING_DEFINITIONS, value)
}

// Parses one stored, configured or typed value; undefined when it is missing or malformed,
// so the next source (environment, then the default) is used instead of stopping the app.
export function parseSetting<K extends SettingKey>(key: K, raw: string | undefined | null) {
  if (raw === undefined || raw === null || raw.trim() === '') return undefined
  const parsed = SETTING_DEFINITIONS[key].schema.safeParse(raw)
  return parsed.success ? (parsed.data as Settings[K]) : undefined
}

export type SettingSource = 'stored' | 'env' | 'default'

export type ResolvedSetting<K extends SettingKey = SettingKey> = {
  key: K
  value: Settings[K]
  source: SettingSource
  /** The environment variable's text when it is set but malformed (and so ignored). */
  ignoredEnv: string | null
  /** The stored text when it is malformed (and so ignored). */
  ignoredStored: string | null
}

// Resolves one setting and says where its value comes from: the stored value, else the
// environment, else the default.
export function resolveSetting<K extends SettingKey>(
  key: K,
  stored: string | undefined,
  env: Record<string, string | undefined> = process.env,
): ResolvedSetting<K> {
  const definition = SETTING_DEFINITIONS[key]
  const envRaw = env[definition.env]
  const fromStored = parseSetting(key, stored)
  const fromEnv = parseSetting(key, envRaw)
  const isSet = (raw: string | undefined) => raw !== undefined && raw.trim() !== ''
  const base = {
    key,
    ignoredEnv: isSet(envRaw) && fromEnv === undefined ? (envRaw ?? null) : null,
    ignoredStored: isSet(stored) && fromStored === undefined ? (stored ?? null) : null,
  }
  if (fromStored !== undefined) return { ...base, value: fromStored, source: 'stored' }
  if (fromEnv !== undefined) return { ...base, value: fromEnv, source: 'env' }
  return { ...base, value: definition.fallback as Settings[K], source: 'default' }
}

// Resolves every setting: the stored value, else the environment, else the default.
export function resolveSettings(
  stored: Partial<Record<string, string>>,
  env: Record<string, string | undefined> = process.env,
): Settings {
  const result: Record<string, unknown> = {}
  for (const key of SETTING_KEYS) result[key] = resolveSetting(key, stored[key], env).value
  return result as Settings
}

// Returns what changed in the stored settings since `base` was taken, or null when nothing
// did. A snapshot that misses a setting (a tampered or stale form) counts as changed.
export function storedChanges(base: Snapshot, current: Snapshot): FieldChange[] | null {
  const changes = changedFields(base, current)
  return changes.length === 0 && SETTING_KEYS.every((key) => key in base) ? null : changes
}
