// The settings form: one field per setting, each checked by the rule of its definition
// (settings.ts) with a Dutch message that says what is allowed.
import { z } from 'zod'
import { messageRef } from '~/utils/i18n/index.ts'
import {
  parseSetting,
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
} from './settings.ts'

// Returns the message reference for a value the definition of `key` refuses.
function refusal(key: SettingKey, raw: string) {
  const definition = SETTING_DEFINITIONS[key]
  switch (definition.kind) {
    case 'count':
      return messageRef('settings.error.count', { min: definition.min, max: definition.max })
    case 'text':
      return raw.trim().length > definition.max
        ? messageRef('validation.tooLong', { max: definition.max })
        : 'validation.required'
    case 'choice':
      return 'validation.choice'
  }
}

// One field of the form: required, then the setting's own rule.
const settingField = <K extends SettingKey>(key: K) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .transform((raw, ctx): Settings[K] => {
      const value = parseSetting(key, raw)
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: refusal(key, raw) })
        return z.NEVER
      }
      return value
    })

export const SettingsFormSchema = z.object(
  Object.fromEntries(SETTING_KEYS.map((key) => [key, settingField(key)])),
) as unknown as z.ZodType<Settings>
