// The data of a scan's results ("the photo") and of its comparison with the baseline: one
// read per scan (questionnaire, invitations per group and every anonymous response with its
// answers), which scoring.ts turns into figures. Nothing here reads who answered what: a
// response has no link to a person.
import { prisma } from '~/utils/db.server.ts'
import {
  type Comparison,
  compareScans,
  computePhoto,
  isRespondentGroup,
  type PerGroup,
  type Photo,
  type ScoringResponse,
} from './scoring.ts'

/** What the pages show about a scan above its figures. */
export type ScanSummary = {
  id: string
  title: string
  status: string
  opensOn: Date
  closesOn: Date
  minGroupSize: number
  baselineId: string | null
  municipality: { id: string; name: string }
  councils: { id: string; name: string }[]
  questionnaire: { id: string; name: string; versionNumber: number }
  /** How many were invited per group (the responses are counted in the photo). */
  invited: PerGroup<number>
}

// Returns a scan's header and its photo (from its questionnaire and all its responses), or
// null when there is no such scan.
async function readScan(scanId: string): Promise<{ scan: ScanSummary; photo: Photo } | null> {
  const scan = await prisma.quickScan.findUnique({
    where: { id: scanId },
    select: {
      id: true,
      title: true,
      status: true,
      opensOn: true,
      closesOn: true,
      minGroupSize: true,
      baselineId: true,
      municipality: { select: { id: true, name: true } },
      councils: {
        select: { organisation: { select: { id: true, name: true } } },
        orderBy: { organisation: { name: 'asc' } },
      },
      questionnaire: {
        select: {
          id: true,
          name: true,
          versionNumber: true,
          dimensions: {
            select: {
              code: true,
              name: true,
              items: {
                select: { id: true, code: true, kind: true, text: true, choices: true },
                orderBy: [{ position: 'asc' }, { code: 'asc' }],
              },
            },
            orderBy: [{ position: 'asc' }, { code: 'asc' }],
          },
        },
      },
      invitations: { select: { group: true } },
      responses: {
        select: {
          group: true,
          background: true,
          answers: { select: { itemId: true, value: true, desiredValue: true, text: true } },
        },
      },
    },
  })
  if (!scan) return null
  const invited: PerGroup<number> = { COUNCIL: 0, MUNICIPALITY: 0 }
  for (const invitation of scan.invitations) {
    if (isRespondentGroup(invitation.group)) invited[invitation.group] += 1
  }
  const summary: ScanSummary = {
    id: scan.id,
    title: scan.title,
    status: scan.status,
    opensOn: scan.opensOn,
    closesOn: scan.closesOn,
    minGroupSize: scan.minGroupSize,
    baselineId: scan.baselineId,
    municipality: scan.municipality,
    councils: scan.councils.map((council) => council.organisation),
    questionnaire: {
      id: scan.questionnaire.id,
      name: scan.questionnaire.name,
      versionNumber: scan.questionnaire.versionNumber,
    },
    invited,
  }
  const responses: ScoringResponse[] = scan.responses
  const photo = computePhoto({
    minGroupSize: scan.minGroupSize,
    dimensions: scan.questionnaire.dimensions,
    responses,
  })
  return { scan: summary, photo }
}

// Returns a scan's header and its photo, or null when the scan does not exist.
export function getScanResults({ scanId }: { scanId: string }) {
  return readScan(scanId)
}

// Returns a scan, its baseline (null when it has none) and the comparison of the two, or
// null when the scan does not exist.
export async function getScanComparison({ scanId }: { scanId: string }): Promise<{
  scan: ScanSummary
  photo: Photo
  baseline: { scan: ScanSummary; photo: Photo } | null
  comparison: Comparison | null
} | null> {
  const read = await readScan(scanId)
  if (!read) return null
  const baseline = read.scan.baselineId ? await readScan(read.scan.baselineId) : null
  return {
    ...read,
    baseline,
    comparison: baseline ? compareScans({ current: read.photo, baseline: baseline.photo }) : null,
  }
}
