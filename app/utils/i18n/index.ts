import { nl } from './nl.ts'

export type MessageKey = keyof typeof nl
export type Messages = Record<MessageKey, string>
export type MessageParams = Record<string, string | number>

// One catalog today; a second language only adds a catalog and a choice here.
const catalog: Messages = nl

// Returns the message for `key` with `{param}` placeholders filled in.
export function t(key: MessageKey, params?: MessageParams): string {
  const message = catalog[key]
  if (!params) return message
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

// Returns true when `value` is a key of the catalog (validation errors travel as keys).
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(catalog, value)
}

// Returns a portable form of a message with parameters, for zod error messages that
// travel from server to form: "validation.tooLong?max=200".
export function messageRef(key: MessageKey, params?: MessageParams): string {
  if (!params) return key
  return `${key}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`
}

// Returns the user-facing text of a message reference made by `messageRef`.
export function translateRef(ref: string): string {
  const [key = '', query] = ref.split('?', 2)
  if (!isMessageKey(key)) return t('validation.invalid')
  return t(key, query ? Object.fromEntries(new URLSearchParams(query)) : undefined)
}
