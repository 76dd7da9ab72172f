// Quick scans: one municipality and its council(s), a questionnaire version, a period in
// which respondents can answer, the minimum group size for reporting, and a status that
// moves by explicit steps (scan-status.ts). A re-scan starts a new scan from an earlier
// one, with the same questionnaire version or a newer version of its family that still has
// every item code of the baseline (a comparison is made by code).
import type { Prisma } from '~/generated/prisma/client.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import { listCurrentMunicipalityOptions } from '~/models/municipality/municipality.server.ts'
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import { COUNCIL_TYPES } from '~/models/organisation/organisation-types.ts'
import { calendarDay } from '~/models/person/membership-term.ts'
import { checkpointWal, prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { type Refusal, Refused, refusable } from '~/utils/refusable.server.ts'
import { listQuestionnairesForScan } from './questionnaire.server.ts'
import { CLOSED_ACTION_STATUSES, RESPONDENT_GROUPS, type RespondentGroup } from './quickscan-constants.ts'
import type { RescanInput, ScanInput, ScanListQuery } from './scan.schema.ts'
import { type ScanTransition, TRANSITION_STEPS, transitionRefusal } from './scan-status.ts'

export const SCAN_PAGE_SIZE = 25

type Tx = Prisma.TransactionClient

export type { Refusal }

export type ScanWriteResult =
  | { ok: true; scanId: string }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'conflict' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

// The roles that may support a scan (follow its plan up): workers and up.
const SUPPORTER_ROLES = ['opbouwwerker', 'coordinator', 'beheerder']

export type GroupCounts = Record<RespondentGroup, number>
export type InvitationCounts = Record<RespondentGroup, { invited: number; answered: number }>

const zeroGroups = (): GroupCounts => ({ COUNCIL: 0, MUNICIPALITY: 0 })
const zeroInvitations = (): InvitationCounts => ({
  COUNCIL: { invited: 0, answered: 0 },
  MUNICIPALITY: { invited: 0, answered: 0 },
})
const isGroup = (value: string): value is RespondentGroup =>
  (RESPONDENT_GROUPS as readonly string[]).includes(value)

// Returns per scan the responses per group and the invitations per group (invited,
// answered): counts only, never who.
export async function countScanGroups(scanIds: string[]) {
  const [responses, invitations] = await Promise.all([
    prisma.quickScanResponse.groupBy({
      by: ['scanId', 'group'],
      where: { scanId: { in: scanIds } },
      _count: { _all: true },
    }),
    prisma.quickScanInvitation.groupBy({
      by: ['scanId', 'group', 'answered'],
      where: { scanId: { in: scanIds } },
      _count: { _all: true },
    }),
  ])
  const counts = new Map(
    scanIds.map((id) => [id, { responses: zeroGroups(), invitations: zeroInvitations() }]),
  )
  for (const row of responses) {
    const entry = counts.get(row.scanId)
    if (entry && isGroup(row.group)) entry.responses[row.group] += row._count._all
  }
  for (const row of invitations) {
    const entry = counts.get(row.scanId)
    if (!entry || !isGroup(row.group)) continue
    entry.invitations[row.group].invited += row._count._all
    if (row.answered) entry.invitations[row.group].answered += row._count._all
  }
  return counts
}

const listSelect = {
  id: true,
  title: true,
  status: true,
  opensOn: true,
  closesOn: true,
  municipality: { select: { id: true, name: true } },
  councils: { select: { organisation: { select: { id: true, name: true } } } },
} as const

type ListedScan = Prisma.QuickScanGetPayload<{ select: typeof listSelect }>

// Returns scans with their councils by name and their counts per group.
async function withCounts(scans: ListedScan[]) {
  const counts = await countScanGroups(scans.map((scan) => scan.id))
  return scans.map(({ councils, ...scan }) => ({
    ...scan,
    councils: councils.map((link) => link.organisation).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    responses: counts.get(scan.id)?.responses ?? zeroGroups(),
    invitations: counts.get(scan.id)?.invitations ?? zeroInvitations(),
  }))
}

// Returns one page of scans (latest period first) with the total, filtered by status and
// municipality.
export async function listScans(query: ScanListQuery) {
  const where: Prisma.QuickScanWhereInput = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.gemeente ? { municipalityId: query.gemeente } : {}),
  }
  const [total, scans] = await Promise.all([
    prisma.quickScan.count({ where }),
    prisma.quickScan.findMany({
      where,
      select: listSelect,
      orderBy: [{ opensOn: 'desc' }, { id: 'asc' }],
      skip: (query.pagina - 1) * SCAN_PAGE_SIZE,
      take: SCAN_PAGE_SIZE,
    }),
  ])
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / SCAN_PAGE_SIZE)),
    scans: await withCounts(scans),
  }
}

// Returns the scans of one municipality (latest period first), for its page.
export async function listScansForMunicipality({ municipalityId }: { municipalityId: string }) {
  return withCounts(
    await prisma.quickScan.findMany({
      where: { municipalityId },
      select: listSelect,
      orderBy: [{ opensOn: 'desc' }, { id: 'asc' }],
    }),
  )
}

// Returns the scans a council takes part in (latest period first), for its page.
export async function listScansForOrganisation({ organisationId }: { organisationId: string }) {
  return withCounts(
    await prisma.quickScan.findMany({
      where: { councils: { some: { organisationId } } },
      select: listSelect,
      orderBy: [{ opensOn: 'desc' }, { id: 'asc' }],
    }),
  )
}

// Returns the municipalities that have a scan, for the overview's filter.
export function listScanMunicipalities() {
  return prisma.municipality.findMany({
    where: { quickScans: { some: {} } },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  })
}

// Returns true when a scan with this id exists.
export async function scanExists({ scanId }: { scanId: string }) {
  return (await prisma.quickScan.count({ where: { id: scanId } })) > 0
}

// Returns one scan with everything its page shows (counts, never who answered), or null.
export async function getScan(scanId: string) {
  const scan = await prisma.quickScan.findUnique({
    where: { id: scanId },
    select: {
      id: true,
      title: true,
      status: true,
      opensOn: true,
      closesOn: true,
      minGroupSize: true,
      notes: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      municipality: { select: { id: true, name: true } },
      questionnaire: { select: { id: true, name: true, versionNumber: true, familyId: true } },
      supporter: { select: { id: true, name: true } },
      createdBy: { select: { id: true, name: true } },
      baseline: { select: { id: true, title: true, opensOn: true } },
      rescans: { select: { id: true, title: true, status: true }, orderBy: { opensOn: 'asc' } },
      councils: { select: { organisation: { select: { id: true, name: true, type: true } } } },
      conversation: { select: { id: true } },
      _count: { select: { invitations: true, responses: true, actions: true } },
    },
  })
  if (!scan) return null
  const counts = (await countScanGroups([scan.id])).get(scan.id)
  const { councils, ...rest } = scan
  return {
    ...rest,
    councils: councils.map((link) => link.organisation).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    responses: counts?.responses ?? zeroGroups(),
    invitations: counts?.invitations ?? zeroInvitations(),
  }
}

export type ScanDetail = NonNullable<Awaited<ReturnType<typeof getScan>>>

// Returns the active councils (organisations of a council type) linked to the
// municipality, by name, plus those in `keepIds` (councils a scan already has).
export async function listScanCouncilOptions({
  municipalityId,
  keepIds = [],
}: {
  municipalityId: string | null
  keepIds?: string[]
}) {
  if (!municipalityId) return []
  return prisma.organisation.findMany({
    where: {
      type: { in: [...COUNCIL_TYPES] },
      municipalities: { some: { municipalityId } },
      OR: [{ active: true }, { id: { in: keepIds } }],
    },
    select: { id: true, name: true, type: true },
    orderBy: { name: 'asc' },
  })
}

// Returns the users a scan can name as its supporter (active workers and up), plus
// `keepId` (a supporter the scan has already).
export function listSupporterOptions({ keepId = null }: { keepId?: string | null } = {}) {
  return prisma.user.findMany({
    where: {
      OR: [{ active: true, role: { in: SUPPORTER_ROLES } }, ...(keepId ? [{ id: keepId }] : [])],
    },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  })
}

// What a scan has already: choices that stay valid for it although a new scan would not be
// offered them (an inactive council, a supporter who left, a merged municipality).
export type Keep = { councilIds: string[]; supporterId: string | null; municipalityId: string | null }
const NOTHING_KEPT: Keep = { councilIds: [], supporterId: null, municipalityId: null }

type Option = { value: string; label: string }

// Returns the choices of the scan form: current municipalities, the councils of
// `municipalityId` (null when none is chosen), the questionnaire versions and the possible
// supporters, plus what the scan has already (`keep`).
export async function getScanFormOptions({
  municipalityId,
  keep = NOTHING_KEPT,
}: {
  municipalityId: string | null
  keep?: Keep
}) {
  const [municipalities, councils, questionnaires, supporters] = await Promise.all([
    listCurrentMunicipalityOptions({ keepIds: keep.municipalityId ? [keep.municipalityId] : [] }),
    municipalityId ? listScanCouncilOptions({ municipalityId, keepIds: keep.councilIds }) : null,
    listQuestionnairesForScan(),
    listSupporterOptions({ keepId: keep.supporterId }),
  ])
  return {
    municipalities: municipalities.map((item): Option => ({ value: item.id, label: item.name })),
    councils:
      councils?.map(
        (council): Option => ({
          value: council.id,
          label: `${council.name} (${organisationTypeLabel(council.type)})`,
        }),
      ) ?? null,
    questionnaires: questionnaires.map((item): Option => ({ value: item.id, label: item.label })),
    supporters: supporters.map((user): Option => ({ value: user.id, label: user.name })),
  }
}

// Returns why the fields may not be saved: an unknown or merged-away municipality, a council
// that is not a council of that municipality (or inactive), an unknown questionnaire, a
// supporter who is not an active worker (each unless the scan has it already).
async function checkFields(tx: Tx, fields: ScanInput, keep: Keep, today: Date) {
  const refusals: Refusal[] = []
  const [municipality, councils, questionnaire, supporter] = await Promise.all([
    tx.municipality.findUnique({ where: { id: fields.municipalityId }, select: { id: true, validTo: true } }),
    tx.organisation.findMany({
      where: { id: { in: fields.councilIds } },
      select: {
        id: true,
        type: true,
        active: true,
        municipalities: {
          where: { municipalityId: fields.municipalityId },
          select: { municipalityId: true },
        },
      },
    }),
    tx.questionnaire.findUnique({
      where: { id: fields.questionnaireId },
      select: { id: true, _count: { select: { items: true } } },
    }),
    fields.supporterId
      ? tx.user.findUnique({ where: { id: fields.supporterId }, select: { active: true, role: true } })
      : null,
  ])
  const municipalityKept = keep.municipalityId === fields.municipalityId
  if (!municipality) refusals.push({ field: 'municipalityId', message: 'validation.unknownReference' })
  else if (!municipalityKept && municipality.validTo && municipality.validTo < today) {
    refusals.push({ field: 'municipalityId', message: 'quickscan.form.municipalityMerged' })
  }
  const kept = new Set(keep.councilIds)
  if (councils.length !== fields.councilIds.length) {
    refusals.push({ field: 'councilIds', message: 'validation.unknownReference' })
  } else if (
    councils.some(
      (council) =>
        !(COUNCIL_TYPES as readonly string[]).includes(council.type) ||
        council.municipalities.length === 0 ||
        (!council.active && !kept.has(council.id)),
    )
  ) {
    refusals.push({ field: 'councilIds', message: 'quickscan.form.councilNotOfMunicipality' })
  }
  if (!questionnaire) refusals.push({ field: 'questionnaireId', message: 'validation.unknownReference' })
  else if (questionnaire._count.items === 0) {
    refusals.push({ field: 'questionnaireId', message: 'quickscan.form.questionnaireEmpty' })
  }
  if (
    fields.supporterId &&
    fields.supporterId !== keep.supporterId &&
    (!supporter?.active || !SUPPORTER_ROLES.includes(supporter.role))
  ) {
    refusals.push({ field: 'supporterId', message: 'quickscan.form.supporterInvalid' })
  }
  return refusals
}

const invalid = (refusals: Refusal[]) => ({ ok: false as const, reason: 'invalid' as const, refusals })

// Returns the scan's own columns from the form's fields.
function scanData(fields: ScanInput) {
  return {
    title: fields.title,
    municipalityId: fields.municipalityId,
    questionnaireId: fields.questionnaireId,
    opensOn: fields.opensOn,
    closesOn: fields.closesOn,
    minGroupSize: fields.minGroupSize,
    supporterId: fields.supporterId,
    notes: fields.notes,
  }
}

// Creates a scan in status CONCEPT with its councils; the supporter is the creator unless
// the form names someone else.
export async function createScan({
  actorId,
  today = calendarDay(),
  ...fields
}: ScanInput & { actorId: string; today?: Date }): Promise<ScanWriteResult> {
  return refusable(async (tx): Promise<ScanWriteResult> => {
    const refusals = await checkFields(tx, fields, NOTHING_KEPT, today)
    if (refusals.length > 0) return invalid(refusals)
    const scan = await tx.quickScan.create({
      data: {
        ...scanData(fields),
        supporterId: fields.supporterId ?? actorId,
        status: 'CONCEPT',
        createdById: actorId,
        councils: { create: fields.councilIds.map((organisationId) => ({ organisationId })) },
      },
      select: { id: true },
    })
    await recordAudit(
      {
        actorId,
        action: 'quickScan.create',
        entityType: 'QuickScan',
        entityId: scan.id,
        summary: fields.title,
      },
      tx,
    )
    return { ok: true, scanId: scan.id }
  })
}

// Saves a scan's fields when `version` is still the stored one (else 'conflict'). The
// questionnaire cannot change once the scan has a response: every answer belongs to it.
export async function updateScan({
  scanId,
  version,
  actorId,
  today = calendarDay(),
  ...fields
}: ScanInput & { scanId: string; version: number; actorId: string; today?: Date }): Promise<ScanWriteResult> {
  return refusable(async (tx): Promise<ScanWriteResult> => {
    const current = await tx.quickScan.findUnique({
      where: { id: scanId },
      select: {
        version: true,
        questionnaireId: true,
        municipalityId: true,
        supporterId: true,
        councils: { select: { organisationId: true } },
        _count: { select: { responses: true } },
      },
    })
    if (!current) return { ok: false, reason: 'notFound' }
    if (current.version !== version) return { ok: false, reason: 'conflict' }
    const refusals = await checkFields(
      tx,
      fields,
      {
        councilIds: current.councils.map((link) => link.organisationId),
        supporterId: current.supporterId,
        municipalityId: current.municipalityId,
      },
      today,
    )
    if (current.questionnaireId !== fields.questionnaireId && current._count.responses > 0) {
      refusals.push({ field: 'questionnaireId', message: 'quickscan.form.questionnaireHasResponses' })
    }
    if (refusals.length > 0) return invalid(refusals)
    // The version in the WHERE makes the check and the write one step.
    const { count } = await tx.quickScan.updateMany({
      where: { id: scanId, version },
      data: { ...scanData(fields), version: { increment: 1 } },
    })
    if (count === 0) return { ok: false, reason: 'conflict' }
    await tx.quickScanCouncil.deleteMany({ where: { scanId, organisationId: { notIn: fields.councilIds } } })
    const existing = new Set(current.councils.map((link) => link.organisationId))
    const added = fields.councilIds.filter((id) => !existing.has(id))
    if (added.length > 0) {
      await tx.quickScanCouncil.createMany({
        data: added.map((organisationId) => ({ scanId, organisationId })),
      })
    }
    await recordAudit(
      {
        actorId,
        action: 'quickScan.update',
        entityType: 'QuickScan',
        entityId: scanId,
        summary: fields.title,
      },
      tx,
    )
    return { ok: true, scanId }
  })
}

export type TransitionResult =
  | { ok: true; status: string }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

// Moves a scan one step in its life (scan-status.ts says which steps exist and when).
export async function changeScanStatus({
  scanId,
  transition,
  actorId,
  today = calendarDay(),
}: {
  scanId: string
  transition: ScanTransition
  actorId: string
  today?: Date
}): Promise<TransitionResult> {
  const result = await refusable(async (tx): Promise<TransitionResult> => {
    const scan = await tx.quickScan.findUnique({
      where: { id: scanId },
      select: {
        title: true,
        status: true,
        opensOn: true,
        closesOn: true,
        _count: {
          select: {
            invitations: true,
            actions: { where: { status: { notIn: [...CLOSED_ACTION_STATUSES] } } },
          },
        },
      },
    })
    if (!scan) return { ok: false, reason: 'notFound' }
    const refusal = transitionRefusal(
      transition,
      {
        ...scan,
        invitationCount: scan._count.invitations,
        unfinishedActionCount: scan._count.actions,
      },
      today,
    )
    if (refusal) throw new Refused([{ field: 'form', message: refusal }])
    const step = TRANSITION_STEPS[transition]
    // The status in the WHERE: two clicks at once change it once.
    const { count } = await tx.quickScan.updateMany({
      where: { id: scanId, status: step.from },
      data: { status: step.to, version: { increment: 1 } },
    })
    if (count === 0) throw new Refused([{ field: 'form', message: 'quickscan.transition.wrongStatus' }])
    // Answers that were never sent sit on the invitation, next to a name. Once nobody can
    // send them they only link answers to a person, so closing removes them (decision 018).
    if (step.to === 'CLOSED') {
      await tx.quickScanInvitation.updateMany({
        where: { scanId, draft: { not: null } },
        data: { draft: null },
      })
    }
    await recordAudit(
      {
        actorId,
        action: `quickScan.${transition}`,
        entityType: 'QuickScan',
        entityId: scanId,
        summary: t('quickscan.audit.status', { title: scan.title, status: t(`quickscan.status.${step.to}`) }),
      },
      tx,
    )
    return { ok: true, status: step.to }
  })
  // Closing removed the drafts from the tables; empty the log of them too.
  if (result.ok && result.status === 'CLOSED') await checkpointWal()
  return result
}

// The statuses a scan must have to be the baseline of a re-scan: its answers are in.
const RESCAN_FROM = ['CLOSED', 'DISCUSSED', 'COMPLETED']

// Returns true when a scan in `status` can be the baseline of a re-scan.
export function canRescan(status: string) {
  return RESCAN_FROM.includes(status)
}

// Returns what a re-scan of `scanId` can use: the baseline, and the questionnaire versions
// of its family from the baseline's version on — `complete` ones have every item code of the
// baseline's questionnaire, the others are listed with the codes they miss. Null when the
// scan does not exist.
export async function getRescanOptions(scanId: string) {
  const baseline = await prisma.quickScan.findUnique({
    where: { id: scanId },
    select: {
      id: true,
      title: true,
      status: true,
      minGroupSize: true,
      municipality: { select: { id: true, name: true } },
      councils: { select: { organisation: { select: { id: true, name: true } } } },
      questionnaire: {
        select: {
          id: true,
          familyId: true,
          versionNumber: true,
          name: true,
          items: { select: { code: true } },
        },
      },
    },
  })
  if (!baseline) return null
  const versions = await prisma.questionnaire.findMany({
    where: {
      familyId: baseline.questionnaire.familyId,
      versionNumber: { gte: baseline.questionnaire.versionNumber },
    },
    select: { id: true, name: true, versionNumber: true, items: { select: { code: true } } },
    orderBy: { versionNumber: 'desc' },
  })
  const wanted = baseline.questionnaire.items.map((item) => item.code)
  const options = versions.map((version) => {
    const codes = new Set(version.items.map((item) => item.code.toLowerCase()))
    return {
      id: version.id,
      name: version.name,
      versionNumber: version.versionNumber,
      missingCodes: wanted.filter((code) => !codes.has(code.toLowerCase())).sort(),
    }
  })
  const { councils, questionnaire, ...rest } = baseline
  return {
    baseline: {
      ...rest,
      councils: councils.map((link) => link.organisation).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      questionnaire: {
        id: questionnaire.id,
        name: questionnaire.name,
        versionNumber: questionnaire.versionNumber,
      },
    },
    complete: options.filter((option) => option.missingCodes.length === 0),
    incomplete: options.filter((option) => option.missingCodes.length > 0),
  }
}

// Starts a re-scan: a new CONCEPT scan for the baseline's municipality and councils, with
// baselineId set, the chosen questionnaire version (one that has every item code of the
// baseline) and the baseline's supporter (else the actor).
export async function startRescan({
  baselineId,
  actorId,
  ...fields
}: RescanInput & { baselineId: string; actorId: string }): Promise<ScanWriteResult> {
  const options = await getRescanOptions(baselineId)
  if (!options) return { ok: false, reason: 'notFound' }
  if (!canRescan(options.baseline.status)) {
    return invalid([{ field: 'form', message: 'quickscan.rescan.notYet' }])
  }
  if (!options.complete.some((option) => option.id === fields.questionnaireId)) {
    return invalid([{ field: 'questionnaireId', message: 'quickscan.rescan.questionnaireNotComparable' }])
  }
  return refusable(async (tx): Promise<ScanWriteResult> => {
    const baseline = await tx.quickScan.findUnique({
      where: { id: baselineId },
      select: {
        municipalityId: true,
        supporterId: true,
        councils: { select: { organisationId: true } },
      },
    })
    if (!baseline) return { ok: false, reason: 'notFound' }
    const scan = await tx.quickScan.create({
      data: {
        title: fields.title,
        municipalityId: baseline.municipalityId,
        questionnaireId: fields.questionnaireId,
        opensOn: fields.opensOn,
        closesOn: fields.closesOn,
        minGroupSize: fields.minGroupSize,
        status: 'CONCEPT',
        baselineId,
        supporterId: baseline.supporterId ?? actorId,
        createdById: actorId,
        councils: { create: baseline.councils.map((link) => ({ organisationId: link.organisationId })) },
      },
      select: { id: true },
    })
    await recordAudit(
      {
        actorId,
        action: 'quickScan.rescan',
        entityType: 'QuickScan',
        entityId: scan.id,
        summary: fields.title,
      },
      tx,
    )
    return { ok: true, scanId: scan.id }
  })
}
