// Labels and choices of the document pages, in Dutch through the catalog.
import { localToday } from '~/models/activity/occurred-at.ts'
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import { ORGANISATION_TYPES } from '~/models/organisation/organisation-types.ts'
import { themeDomainLabel, themeLabel } from '~/models/theme/theme-options.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { isMessageKey, t } from '~/utils/i18n/index.ts'
import { DOCUMENT_KINDS } from './document.schema.ts'

// Returns the catalog text of `prefix.value`, or the raw value when the catalog has none.
function label(prefix: string, value: string) {
  const key = `${prefix}.${value}`
  return isMessageKey(key) ? t(key) : value
}

// Returns the Dutch label of a kind of document ("Visiedocument").
export const documentKindLabel = (kind: string) => label('document.kind', kind)

// Returns what became of a file's text in words ("Tekst gevonden en doorzoekbaar").
export const extractionStatusLabel = (status: string) => label('document.extraction', status)

// Returns the badge tone of an extraction status: text found is good, failed asks attention.
export function extractionStatusTone(status: string): 'neutral' | 'success' | 'warning' {
  if (status === 'EXTRACTED') return 'success'
  return status === 'FAILED' ? 'warning' : 'neutral'
}

// Returns the Dutch name of a file's media type ("PDF", "Word-document"), or the media type.
export function mediaTypeLabel(mediaType: string) {
  const names: Record<string, string> = {
    'application/pdf': 'PDF',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': t('document.mediaType.docx'),
    'application/vnd.oasis.opendocument.text': t('document.mediaType.odt'),
    'text/plain': t('document.mediaType.text'),
    'text/markdown': 'Markdown',
    'image/png': t('document.mediaType.image', { format: 'PNG' }),
    'image/jpeg': t('document.mediaType.image', { format: 'JPEG' }),
    'image/gif': t('document.mediaType.image', { format: 'GIF' }),
    'image/webp': t('document.mediaType.image', { format: 'WebP' }),
  }
  return names[mediaType] ?? mediaType
}

// Returns the day of a document as a list shows it: its own date, else the Dutch day it was
// recorded.
export function documentDay(document: { documentDate: Date | string | null; createdAt: Date | string }) {
  return formatDateOnly(document.documentDate ?? localToday(new Date(document.createdAt)))
}

// Returns a file size as people read it: "830 bytes", "12 kB", "1,4 MB".
export function formatFileSize(bytes: number) {
  if (bytes < 1024) return t('document.sizeBytes', { size: bytes })
  if (bytes < 1024 * 1024) return t('document.sizeKb', { size: Math.round(bytes / 1024) })
  const megabytes = Math.round((bytes / 1024 / 1024) * 10) / 10
  return t('document.sizeMb', { size: megabytes.toLocaleString('nl-NL') })
}

export const documentKindOptions = () =>
  DOCUMENT_KINDS.map((kind) => ({ value: kind, label: documentKindLabel(kind) }))

const typeRank = (type: string) => {
  const index = (ORGANISATION_TYPES as readonly string[]).indexOf(type)
  return index === -1 ? ORGANISATION_TYPES.length : index
}

type Named = { id: string; name: string }

// Returns the document form's choices with Dutch labels: organisations grouped by type,
// people, themes grouped by domain, meetings with their day, advices.
export function documentFormOptions(raw: {
  organisations: (Named & { type: string; active: boolean })[]
  people: Named[]
  themes: (Named & { domain: string; active: boolean })[]
  meetings: { id: string; title: string; startsAt: Date }[]
  advices: { id: string; title: string; createdAt: Date }[]
}) {
  return {
    kinds: [{ value: '', label: t('document.chooseKindOption') }, ...documentKindOptions()],
    organisations: [...raw.organisations]
      .sort((a, b) => typeRank(a.type) - typeRank(b.type) || a.name.localeCompare(b.name, 'nl'))
      .map((organisation) => ({
        value: organisation.id,
        label: organisation.active
          ? organisation.name
          : t('document.inactiveOrganisation', { name: organisation.name }),
        group: organisationTypeLabel(organisation.type),
      })),
    people: raw.people.map((person) => ({ value: person.id, label: person.name })),
    themes: raw.themes.map((theme) => ({
      value: theme.id,
      label: themeLabel(theme),
      group: themeDomainLabel(theme.domain),
    })),
    meetings: raw.meetings.map((meeting) => ({
      value: meeting.id,
      label: t('document.linkedOption', {
        title: meeting.title,
        date: formatDateOnly(localToday(meeting.startsAt)),
      }),
    })),
    advices: raw.advices.map((advice) => ({
      value: advice.id,
      label: t('document.linkedOption', {
        title: advice.title,
        date: formatDateOnly(localToday(advice.createdAt)),
      }),
    })),
  }
}

export type DocumentFormOptions = ReturnType<typeof documentFormOptions>

// Returns a linked document as the short list on a meeting, advice or organisation page
// shows it: title, kind and day in words.
export function linkedDocumentItem(document: {
  id: string
  kind: string
  title: string
  documentDate: Date | null
  createdAt: Date
}) {
  return {
    id: document.id,
    title: document.title,
    kind: documentKindLabel(document.kind),
    day: documentDay(document),
  }
}
