import { describe, expect, it } from 'vitest'
import { parseForm } from '~/utils/forms.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import { settingHint, settingSourceText, settingValueText } from './setting-options.ts'
import { SettingsFormSchema } from './settings.schema.ts'
import {
  resolveSetting,
  resolveSettings,
  SETTING_DEFINITIONS,
  SETTING_GROUPS,
  SETTING_KEYS,
  type SettingKey,
  storedChanges,
} from './settings.ts'

// The value of one setting with only the environment variable `value` set.
const fromEnv = (key: SettingKey, value: string) =>
  resolveSettings({}, { [SETTING_DEFINITIONS[key].env]: value })[key]

describe('the settings in force', () => {
  it('take the defaults when nothing is stored or configured', () => {
    expect(resolveSettings({}, {})).toEqual({
      noContactMonths: 3,
      adviceResponseWeeks: 8,
      signalFeedbackWeeks: 6,
      wiThresholdPercent: 25,
      meetingDefaultLocation: 'Leeuwarden',
      summerHolidayRegion: 'noord',
      missedMeetingsThreshold: 3,
      documentMaxUploadMb: 20,
      quickScanMinGroupSize: 5,
    })
  })

  it('take the environment over the default, and a stored value over both', () => {
    const env = { DASHBOARD_NO_CONTACT_MONTHS: '6', MEETING_DEFAULT_LOCATION: 'Drachten' }
    expect(resolveSettings({}, env)).toMatchObject({ noContactMonths: 6, meetingDefaultLocation: 'Drachten' })
    const stored = { noContactMonths: '4', meetingDefaultLocation: 'Sneek' }
    expect(resolveSettings(stored, env)).toMatchObject({
      noContactMonths: 4,
      meetingDefaultLocation: 'Sneek',
    })
  })

  it('keep reading every variable the installation already used', () => {
    expect(fromEnv('noContactMonths', '6')).toBe(6)
    expect(fromEnv('adviceResponseWeeks', '12')).toBe(12)
    expect(fromEnv('signalFeedbackWeeks', '8')).toBe(8)
    expect(fromEnv('wiThresholdPercent', '30')).toBe(30)
    expect(fromEnv('summerHolidayRegion', ' Zuid ')).toBe('zuid')
    expect(fromEnv('missedMeetingsThreshold', '4')).toBe(4)
  })

  it('fall back to the default for a value that makes no sense', () => {
    const nonsense: [SettingKey, string[], number | string][] = [
      ['noContactMonths', ['', 'drie', '0', '-2', '1.5', '1000', '3 maanden', '0x3', '1e1'], 3],
      ['adviceResponseWeeks', ['', 'acht', '0', '-3', '2.5', '1000'], 8],
      ['signalFeedbackWeeks', ['', 'zes', '0', '-3', '2.5', '1000'], 6],
      ['wiThresholdPercent', ['', 'kwart', '0', '-5', '12.5', '101', '25 %'], 25],
      ['meetingDefaultLocation', ['', '   ', 'x'.repeat(201)], 'Leeuwarden'],
      ['summerHolidayRegion', ['', 'oost', 'noord-holland'], 'noord'],
      ['missedMeetingsThreshold', ['', 'drie', '0', '13'], 3],
    ]
    for (const [key, values, fallback] of nonsense) {
      for (const value of values) expect(fromEnv(key, value), `${key}=${value}`).toBe(fallback)
    }
  })

  it('ignore a malformed stored value for the environment, and say so', () => {
    const env = { SIGNAL_FEEDBACK_WEEKS: 'zes' }
    expect(resolveSetting('signalFeedbackWeeks', 'veel', env)).toEqual({
      key: 'signalFeedbackWeeks',
      value: 6,
      source: 'default',
      ignoredEnv: 'zes',
      ignoredStored: 'veel',
    })
    expect(resolveSetting('signalFeedbackWeeks', 'veel', { SIGNAL_FEEDBACK_WEEKS: '9' })).toMatchObject({
      value: 9,
      source: 'env',
    })
    expect(resolveSetting('signalFeedbackWeeks', '4', { SIGNAL_FEEDBACK_WEEKS: '9' })).toMatchObject({
      value: 4,
      source: 'stored',
      ignoredEnv: null,
    })
  })

  it('are each shown in exactly one group of the settings page', () => {
    const grouped = SETTING_GROUPS.flatMap((group) => [...group.keys])
    expect([...grouped].sort()).toEqual([...SETTING_KEYS].sort())
  })
})

describe('the settings form', () => {
  const valid = {
    noContactMonths: '4',
    adviceResponseWeeks: ' 10 ',
    signalFeedbackWeeks: '6',
    wiThresholdPercent: '30',
    meetingDefaultLocation: '  Drachten ',
    summerHolidayRegion: 'midden',
    missedMeetingsThreshold: '2',
    documentMaxUploadMb: '25',
    quickScanMinGroupSize: '3',
  }
  const form = (values: Record<string, string>) => {
    const data = new FormData()
    for (const [name, value] of Object.entries(values)) data.set(name, value)
    return parseForm(data, SettingsFormSchema)
  }

  it('reads whole numbers, a trimmed location and a region', () => {
    expect(form(valid)).toEqual({
      success: true,
      value: {
        noContactMonths: 4,
        adviceResponseWeeks: 10,
        signalFeedbackWeeks: 6,
        wiThresholdPercent: 30,
        meetingDefaultLocation: 'Drachten',
        summerHolidayRegion: 'midden',
        missedMeetingsThreshold: 2,
        documentMaxUploadMb: 25,
        quickScanMinGroupSize: 3,
      },
    })
  })

  it('says per field in Dutch what is allowed', () => {
    const result = form({
      ...valid,
      noContactMonths: 'drie',
      adviceResponseWeeks: '',
      wiThresholdPercent: '101',
      meetingDefaultLocation: 'x'.repeat(201),
      summerHolidayRegion: 'oost',
      quickScanMinGroupSize: '1',
    })
    expect(result.success).toBe(false)
    if (result.success) return
    const messages = Object.fromEntries(
      Object.entries(result.errors).map(([field, [first = '']]) => [field, translateRef(first)]),
    )
    expect(messages).toEqual({
      noContactMonths: 'Vul een heel getal in van 1 tot en met 60.',
      adviceResponseWeeks: 'Vul dit veld in.',
      wiThresholdPercent: 'Vul een heel getal in van 1 tot en met 100.',
      meetingDefaultLocation: 'Gebruik hoogstens 200 tekens.',
      summerHolidayRegion: 'Kies een van de mogelijkheden.',
      quickScanMinGroupSize: 'Vul een heel getal in van 2 tot en met 50.',
    })
    expect(result.values.noContactMonths).toBe('drie')
  })
})

describe('the words of the settings page', () => {
  it('shows values with their unit', () => {
    expect(settingValueText('noContactMonths', 1)).toBe('1 maand')
    expect(settingValueText('noContactMonths', '3')).toBe('3 maanden')
    expect(settingValueText('adviceResponseWeeks', 1)).toBe('1 week')
    expect(settingValueText('wiThresholdPercent', 25)).toBe('25 %')
    expect(settingValueText('missedMeetingsThreshold', 3)).toBe('3 bijeenkomsten')
    expect(settingValueText('summerHolidayRegion', 'noord')).toBe('Noord')
    expect(settingValueText('meetingDefaultLocation', 'Drachten')).toBe('Drachten')
  })

  it('explains each setting with its range and default', () => {
    expect(settingHint('noContactMonths')).toMatch(
      /Een heel getal van 1 tot en met 60\. Standaard: 3 maanden\.$/,
    )
    expect(settingHint('meetingDefaultLocation')).toMatch(/Hoogstens 200 tekens\. Standaard: Leeuwarden\.$/)
  })

  it('names where a value comes from', () => {
    expect(settingSourceText('noContactMonths', 'default')).toBe('standaard')
    expect(settingSourceText('noContactMonths', 'env')).toBe('omgevingsvariabele DASHBOARD_NO_CONTACT_MONTHS')
    expect(
      settingSourceText('noContactMonths', 'stored', { at: new Date('2026-12-05T13:05:00Z'), by: 'Bea' }),
    ).toBe('opgeslagen door Bea op 5 december 2026 om 14:05')
  })
})

describe('a conflict between two saves', () => {
  const base = Object.fromEntries(SETTING_KEYS.map((key) => [key, '']))

  it('is none when the stored values are as the form read them', () => {
    expect(storedChanges(base, { ...base })).toBeNull()
  })

  it('lists what was stored or removed since', () => {
    expect(storedChanges({ ...base, wiThresholdPercent: '30' }, { ...base, noContactMonths: '5' })).toEqual([
      { field: 'noContactMonths', before: '', after: '5' },
      { field: 'wiThresholdPercent', before: '30', after: '' },
    ])
  })

  it('is assumed for a form that did not say what it read', () => {
    expect(storedChanges({}, base)).toEqual([])
  })
})
