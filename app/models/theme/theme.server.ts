import { Prisma } from '~/generated/prisma/client.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import { COUNCIL_TYPES, THEME_DOMAINS, type ThemeDomain } from '~/models/organisation/organisation-types.ts'
import { prisma } from '~/utils/db.server.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'

type Tx = Prisma.TransactionClient

const themeSelect = {
  id: true,
  name: true,
  domain: true,
  description: true,
  active: true,
  version: true,
  updatedAt: true,
} as const

export type ThemeSummary = {
  id: string
  name: string
  domain: string
  description: string | null
  active: boolean
  version: number
  updatedAt: Date
}

const domainLabel = (domain: string) => t(`themeDomain.${domain}` as MessageKey)

// Returns the position of a domain in THEME_DOMAINS (unknown domains last), for sorting.
function domainRank(domain: string) {
  const index = (THEME_DOMAINS as readonly string[]).indexOf(domain)
  return index === -1 ? THEME_DOMAINS.length : index
}

// Returns themes in display order: by domain (W&I, Wmo, Jeugd, Breed), then by name.
function byDomainAndName<T extends { domain: string; name: string }>(a: T, b: T) {
  return domainRank(a.domain) - domainRank(b.domain) || a.name.localeCompare(b.name, 'nl')
}

// Returns the form of a theme name that two names must not share ("Re-integratie" and
// "re-integratie" are the same theme).
function nameKey(name: string) {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl')
}

// Returns true when another theme already has this name in any capitals. The theme list is
// short, so comparing in JavaScript is cheap and, unlike SQLite's lower(), knows "Ë" from "ë".
async function isNameTaken(client: Tx, name: string, exceptThemeId?: string) {
  const themes = await client.theme.findMany({ select: { id: true, name: true } })
  const key = nameKey(name)
  return themes.some((theme) => theme.id !== exceptThemeId && nameKey(theme.name) === key)
}

// Returns true for the error of a unique index (two saves of the same name at once).
function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}

// Returns the number of active themes.
export function countThemes() {
  return prisma.theme.count({ where: { active: true } })
}

// Returns the themes by domain and name, each with the number of organisations tagged with
// it (`organisationCount`, any type or status) and of active councils (`councilCount`).
// Retired themes only with `includeRetired`.
export async function listThemes({ includeRetired = false }: { includeRetired?: boolean } = {}) {
  const [themes, tagCounts] = await Promise.all([
    prisma.theme.findMany({
      where: includeRetired ? {} : { active: true },
      select: {
        ...themeSelect,
        _count: {
          select: {
            organisations: { where: { organisation: { active: true, type: { in: [...COUNCIL_TYPES] } } } },
          },
        },
      },
    }),
    prisma.organisationTheme.groupBy({ by: ['themeId'], _count: { _all: true } }),
  ])
  const tagged = new Map(tagCounts.map((row) => [row.themeId, row._count._all]))
  return themes
    .map(({ _count, ...theme }) => ({
      ...theme,
      councilCount: _count.organisations,
      organisationCount: tagged.get(theme.id) ?? 0,
    }))
    .sort(byDomainAndName)
}

// Returns the themes a form may offer for tagging: the active ones, plus those in `keepIds`
// (retired themes a record already carries, so saving the form does not drop them).
export async function listActiveThemeOptions({ keepIds = [] }: { keepIds?: string[] } = {}) {
  const themes = await prisma.theme.findMany({
    where: { OR: [{ active: true }, { id: { in: keepIds } }] },
    select: { id: true, name: true, domain: true, active: true },
  })
  return themes.sort(byDomainAndName)
}

// Returns one theme with the number of organisations tagged with it, or null.
export async function getTheme({ themeId }: { themeId: string }) {
  const theme = await prisma.theme.findUnique({
    where: { id: themeId },
    select: { ...themeSelect, _count: { select: { organisations: true } } },
  })
  if (!theme) return null
  const { _count, ...rest } = theme
  return { ...rest, organisationCount: _count.organisations }
}

type ThemeFields = { name: string; domain: ThemeDomain; description: string | null }

export type CreateThemeResult = { ok: true; theme: ThemeSummary } | { ok: false; reason: 'nameTaken' }

// Creates a theme; refuses a name that exists in other capitals.
export async function createTheme({
  name,
  domain,
  description,
  actorId,
}: ThemeFields & { actorId: string }): Promise<CreateThemeResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      if (await isNameTaken(tx, name)) return { ok: false, reason: 'nameTaken' }
      const theme = await tx.theme.create({ data: { name, domain, description }, select: themeSelect })
      await recordAudit(
        {
          actorId,
          action: 'theme.create',
          entityType: 'Theme',
          entityId: theme.id,
          summary: t('theme.audit.create', { name, domain: domainLabel(domain) }),
        },
        tx,
      )
      return { ok: true, theme }
    })
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'nameTaken' }
    throw error
  }
}

export type UpdateThemeResult =
  | { ok: true; theme: ThemeSummary }
  | { ok: false; reason: 'notFound' | 'conflict' | 'nameTaken' }

// Renames a theme or changes its domain or description, refusing a stale `version`.
export async function updateTheme({
  themeId,
  name,
  domain,
  description,
  version,
  actorId,
}: ThemeFields & { themeId: string; version: number; actorId: string }): Promise<UpdateThemeResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.theme.findUnique({ where: { id: themeId }, select: themeSelect })
      if (!current) return { ok: false, reason: 'notFound' }
      if (current.version !== version) return { ok: false, reason: 'conflict' }
      if (await isNameTaken(tx, name, themeId)) return { ok: false, reason: 'nameTaken' }
      const theme = await tx.theme.update({
        where: { id: themeId },
        data: { name, domain, description, version: { increment: 1 } },
        select: themeSelect,
      })
      const changes: string[] = []
      if (current.name !== theme.name)
        changes.push(t('theme.audit.renamed', { before: current.name, after: name }))
      if (current.domain !== theme.domain)
        changes.push(t('theme.audit.domain', { domain: domainLabel(domain) }))
      if (current.description !== theme.description) changes.push(t('theme.audit.description'))
      if (changes.length > 0) {
        await recordAudit(
          {
            actorId,
            action: 'theme.update',
            entityType: 'Theme',
            entityId: themeId,
            summary: changes.join(', '),
          },
          tx,
        )
      }
      return { ok: true, theme }
    })
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'nameTaken' }
    throw error
  }
}

export type SetThemeActiveResult = { ok: true; theme: ThemeSummary } | { ok: false; reason: 'notFound' }

// Retires a theme (no longer offered for new tags; existing tags and its page stay) or
// takes it back into use.
export async function setThemeActive({
  themeId,
  active,
  actorId,
}: {
  themeId: string
  active: boolean
  actorId: string
}): Promise<SetThemeActiveResult> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.theme.findUnique({ where: { id: themeId }, select: { id: true, name: true } })
    if (!current) return { ok: false, reason: 'notFound' }
    const theme = await tx.theme.update({
      where: { id: themeId },
      data: { active, version: { increment: 1 } },
      select: themeSelect,
    })
    await recordAudit(
      {
        actorId,
        action: active ? 'theme.reactivate' : 'theme.retire',
        entityType: 'Theme',
        entityId: themeId,
        summary: t(active ? 'theme.audit.reactivate' : 'theme.audit.retire', { name: theme.name }),
      },
      tx,
    )
    return { ok: true, theme }
  })
}

// Every table that points at a theme, one entry each. A merge moves all of them from the
// source theme to the target; a new table with a theme (ActivityTheme, AdviceTheme, a
// signal's themeId, …) is one more line here.
// - 'tag': a link row whose key includes the theme. A record that carries both themes
//   keeps one row: the source's row is dropped.
// - 'reference': a plain theme column on a record; every row is moved, none is dropped
//   (a unique index that refuses the move fails the whole merge rather than lose data).
export const THEME_LINKS = [
  { table: 'OrganisationTheme', column: 'themeId', kind: 'tag' },
  { table: 'ActivityTheme', column: 'themeId', kind: 'tag' },
  { table: 'SignalTheme', column: 'themeId', kind: 'tag' },
  { table: 'AdviceTheme', column: 'themeId', kind: 'tag' },
  { table: 'MeetingTheme', column: 'themeId', kind: 'tag' },
  { table: 'DocumentTheme', column: 'themeId', kind: 'tag' },
  { table: 'AgendaItem', column: 'themeId', kind: 'reference' },
  { table: 'MeetingTip', column: 'themeId', kind: 'reference' },
] as const satisfies readonly {
  table: string
  column: string
  kind: 'tag' | 'reference'
}[]

// Moves the rows of one link table from `sourceId` to `targetId`; returns how many rows
// moved and how many were dropped as duplicates. SQLite's UPDATE OR IGNORE skips the rows
// whose move would duplicate a key; those are what the DELETE then removes.
async function relink(
  tx: Tx,
  link: { table: string; column: string; kind: 'tag' | 'reference' },
  sourceId: string,
  targetId: string,
) {
  const table = Prisma.raw(`"${link.table}"`)
  const column = Prisma.raw(`"${link.column}"`)
  if (link.kind === 'reference') {
    const moved =
      await tx.$executeRaw`UPDATE ${table} SET ${column} = ${targetId} WHERE ${column} = ${sourceId}`
    return { moved, dropped: 0 }
  }
  const moved =
    await tx.$executeRaw`UPDATE OR IGNORE ${table} SET ${column} = ${targetId} WHERE ${column} = ${sourceId}`
  const dropped = await tx.$executeRaw`DELETE FROM ${table} WHERE ${column} = ${sourceId}`
  return { moved, dropped }
}

export type MergeThemesResult =
  | { ok: true; source: { id: string; name: string }; target: ThemeSummary; moved: number; dropped: number }
  | { ok: false; reason: 'sameTheme' | 'notFound' | 'targetNotFound' }

// Merges the source theme into the target: everything that pointed at the source points at
// the target (a record tagged with both keeps one tag), then the source theme is deleted.
// All in one transaction, with an audit event on the target.
export async function mergeThemes({
  sourceId,
  targetId,
  actorId,
}: {
  sourceId: string
  targetId: string
  actorId: string
}): Promise<MergeThemesResult> {
  if (sourceId === targetId) return { ok: false, reason: 'sameTheme' }
  return prisma.$transaction(async (tx) => {
    const source = await tx.theme.findUnique({ where: { id: sourceId }, select: { id: true, name: true } })
    if (!source) return { ok: false, reason: 'notFound' }
    const exists = await tx.theme.count({ where: { id: targetId } })
    if (exists === 0) return { ok: false, reason: 'targetNotFound' }
    let moved = 0
    let dropped = 0
    for (const link of THEME_LINKS) {
      const result = await relink(tx, link, sourceId, targetId)
      moved += result.moved
      dropped += result.dropped
    }
    await tx.theme.delete({ where: { id: sourceId } })
    const target = await tx.theme.findUniqueOrThrow({ where: { id: targetId }, select: themeSelect })
    await recordAudit(
      {
        actorId,
        action: 'theme.merge',
        entityType: 'Theme',
        entityId: targetId,
        summary: t('theme.audit.merge', { source: source.name, target: target.name, moved, dropped }),
      },
      tx,
    )
    return { ok: true, source, target, moved, dropped }
  })
}
