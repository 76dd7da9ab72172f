// Which councils share a theme, for all councils at once (/themas/overlap): one aggregated
// query over the evidence union of theme-lookup.server.ts, counted per organisation, theme
// and kind, grouped into the views by theme-overlap.ts.
import { Prisma } from '~/generated/prisma/client.ts'
import { COUNCIL_TYPES, type CouncilType } from '~/models/organisation/organisation-types.ts'
import { prisma } from '~/utils/db.server.ts'
import { EVIDENCE_KINDS, type EvidenceKind, evidence, type Period } from './theme-lookup.server.ts'
import { buildThemeOverlap, type EvidenceCount } from './theme-overlap.ts'

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nl')

// Returns the councils × themes matrix and the pairs of councils sharing themes for the
// active councils (of `councilType`, serving `municipalityId`), from their evidence in
// `period`. A theme counts for a council when it is tagged, or (unless `explicitOnly`)
// when the council worked on it at least `minEvidence` times.
export async function getThemeOverlap({
  period,
  municipalityId,
  councilType,
  minEvidence = 1,
  explicitOnly = false,
}: {
  period: Period
  municipalityId?: string
  councilType?: CouncilType
  minEvidence?: number
  explicitOnly?: boolean
}) {
  const [councils, themes] = await Promise.all([
    prisma.organisation.findMany({
      where: {
        active: true,
        type: councilType ?? { in: [...COUNCIL_TYPES] },
        ...(municipalityId ? { municipalities: { some: { municipalityId } } } : {}),
      },
      select: {
        id: true,
        name: true,
        type: true,
        municipalities: { select: { municipality: { select: { name: true } } } },
      },
    }),
    prisma.theme.findMany({ select: { id: true, name: true, domain: true, active: true } }),
  ])
  const rows =
    councils.length === 0
      ? []
      : await prisma.$queryRaw<
          { organisationId: string; themeId: string; kind: EvidenceKind; n: bigint | number }[]
        >`
          SELECT e."organisationId" AS "organisationId", e."themeId" AS "themeId", e.kind AS kind, COUNT(*) AS n
          FROM (${evidence(period)}) AS e
          WHERE e."organisationId" IN (${Prisma.join(councils.map((council) => council.id))})
          GROUP BY e."organisationId", e."themeId", e.kind
        `
  return buildThemeOverlap({
    kinds: EVIDENCE_KINDS,
    councils: councils.map((council) => ({
      id: council.id,
      name: council.name,
      type: council.type,
      municipalities: council.municipalities
        .map((link) => link.municipality.name)
        .sort((a, b) => a.localeCompare(b, 'nl')),
    })),
    themes,
    rows: rows.map((row): EvidenceCount => ({ ...row, n: Number(row.n) })),
    minEvidence,
    explicitOnly,
  })
}

// Returns the municipalities that active councils serve, by name: the filter's choices.
export async function listCouncilMunicipalities() {
  const municipalities = await prisma.municipality.findMany({
    where: { organisations: { some: { organisation: { active: true, type: { in: [...COUNCIL_TYPES] } } } } },
    select: { id: true, name: true },
  })
  return municipalities.sort(byName)
}
