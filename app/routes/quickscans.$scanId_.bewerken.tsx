import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { isRouteErrorResponse, useActionData, useLoaderData } from '@remix-run/react'
import { type ConflictChange, ConflictNotice } from '~/components/conflict-notice.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { ScanForm, SHOW_COUNCILS } from '~/components/quickscan-scan-form.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { toDateInputValue } from '~/models/person/membership-term.ts'
import { ScanUpdateSchema } from '~/models/quickscan/scan.schema.ts'
import {
  getScan,
  getScanFormOptions,
  type Keep,
  type ScanDetail,
  scanExists,
  updateScan,
} from '~/models/quickscan/scan.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { changedFields, decodeSnapshot, encodeSnapshot, revalidateAfterConflict } from '~/utils/conflict.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { type FieldErrors, parseForm, type SubmittedValues, submittedValues } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

// An unknown scan is titled like every page that is not found.
export const meta: MetaFunction<typeof loader> = ({ data: loaderData, error }) => [
  {
    title: `${
      loaderData
        ? t('quickscan.editTitle', { title: loaderData.scan.title })
        : isRouteErrorResponse(error) && error.status === 404
          ? t('error.404.title')
          : t('quickscan.edit')
    } · ${t('app.name')}`,
  },
]

// After a 409 the form must get the new version and snapshot, or every save conflicts again.
export const shouldRevalidate = revalidateAfterConflict

// The labels of the fields a conflict message can name.
const FIELD_LABELS = {
  title: 'quickscan.form.title',
  municipality: 'quickscan.form.municipality',
  councils: 'quickscan.form.councils',
  questionnaire: 'quickscan.form.questionnaire',
  opensOn: 'quickscan.form.opensOn',
  closesOn: 'quickscan.form.closesOn',
  minGroupSize: 'quickscan.form.minGroupSize',
  supporter: 'quickscan.form.supporter',
  notes: 'quickscan.form.notes',
} as const satisfies Record<string, MessageKey>

type EditableField = keyof typeof FIELD_LABELS

// Returns the scan as the user reads it, for telling what changed meanwhile.
function snapshot(scan: ScanDetail): Record<EditableField, string> {
  return {
    title: scan.title,
    municipality: scan.municipality.name,
    councils: scan.councils.map((council) => council.name).join(', '),
    questionnaire: t('quickscan.questionnaireVersion', {
      name: scan.questionnaire.name,
      version: scan.questionnaire.versionNumber,
    }),
    opensOn: formatDateOnly(scan.opensOn),
    closesOn: formatDateOnly(scan.closesOn),
    minGroupSize: String(scan.minGroupSize),
    supporter: scan.supporter?.name ?? '',
    notes: scan.notes ?? '',
  }
}

// Returns the form's values for a stored scan.
function formValues(scan: ScanDetail): SubmittedValues {
  return {
    values: {
      title: scan.title,
      municipalityId: scan.municipality.id,
      questionnaireId: scan.questionnaire.id,
      opensOn: toDateInputValue(scan.opensOn),
      closesOn: toDateInputValue(scan.closesOn),
      minGroupSize: String(scan.minGroupSize),
      supporterId: scan.supporter?.id ?? '',
      notes: scan.notes ?? '',
    },
    lists: { councilIds: scan.councils.map((council) => council.id) },
  }
}

// Returns what the scan has already, so that the form keeps offering it.
const keepOf = (scan: ScanDetail): Keep => ({
  councilIds: scan.councils.map((council) => council.id),
  supporterId: scan.supporter?.id ?? null,
  municipalityId: scan.municipality.id,
})

// Returns a form text value, or null when it is empty or not text.
const textOf = (value: FormDataEntryValue | null) =>
  typeof value === 'string' && value.trim() ? value.trim() : null

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const scan = await getScan(requireParam(params, 'scanId'))
  invariantResponse(scan, 404)
  return {
    scan: { id: scan.id, title: scan.title, version: scan.version, locked: scan._count.responses > 0 },
    base: encodeSnapshot(snapshot(scan)),
    current: formValues(scan),
    options: await getScanFormOptions({ municipalityId: scan.municipality.id, keep: keepOf(scan) }),
  }
}

type Councils = Awaited<ReturnType<typeof getScanFormOptions>>['councils']
type ActionReply = SubmittedValues & {
  errors: FieldErrors
  councils: Councils
  conflict?: { changes: ConflictChange[]; version: number; base: string }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const scanId = requireParam(params, 'scanId')
  // An unknown scan is 404 whatever was sent, not a form with messages.
  invariantResponse(await scanExists({ scanId }), 404)
  const formData = await request.formData()
  const submitted = submittedValues(formData)
  const councilsOf = async () => {
    const scan = await getScan(scanId)
    invariantResponse(scan, 404)
    return (
      await getScanFormOptions({ municipalityId: textOf(formData.get('municipalityId')), keep: keepOf(scan) })
    ).councils
  }
  if (formData.get('intent') === SHOW_COUNCILS) {
    return data<ActionReply>({ errors: {}, ...submitted, councils: await councilsOf() })
  }
  const form = parseForm(formData, ScanUpdateSchema)
  if (!form.success) {
    return data<ActionReply>(
      { errors: form.errors, ...submitted, councils: await councilsOf() },
      { status: 400 },
    )
  }
  const result = await updateScan({ scanId, ...form.value, actorId: user.id })
  if (result.ok) {
    return redirectWithToast(request, `/quickscans/${scanId}`, {
      type: 'success',
      message: t('quickscan.saved'),
    })
  }
  invariantResponse(result.reason !== 'notFound', 404)
  if (result.reason === 'conflict') {
    // Someone else saved first: show what they changed, keep this user's input, and let the
    // next save overwrite the new version deliberately.
    const scan = await getScan(scanId)
    invariantResponse(scan, 404)
    const current = snapshot(scan)
    const changes = changedFields(decodeSnapshot(formData.get('base')), current).map((change) => ({
      label: t(FIELD_LABELS[change.field as EditableField]),
      before: change.before,
      after: change.after,
    }))
    return data<ActionReply>(
      {
        errors: {},
        ...submitted,
        councils: await councilsOf(),
        conflict: { changes, version: scan.version, base: encodeSnapshot(current) },
      },
      { status: 409 },
    )
  }
  const errors: FieldErrors = {}
  for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
  return data<ActionReply>({ errors, ...submitted, councils: await councilsOf() }, { status: 400 })
}

export default function EditQuickScan() {
  const { scan, base, current, options } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const conflict = actionData?.conflict
  return (
    <>
      <PageHeader title={t('quickscan.editTitle', { title: scan.title })} />
      {conflict ? <ConflictNotice changes={conflict.changes} /> : null}
      <ScanForm
        // After a conflict the form starts again from the user's input on the new version.
        key={
          actionData
            ? `${conflict?.version ?? scan.version}-${actionData.values.municipalityId ?? ''}-${JSON.stringify(actionData.errors)}`
            : scan.version
        }
        options={actionData ? { ...options, councils: actionData.councils } : options}
        submitted={actionData ? { values: actionData.values, lists: actionData.lists } : current}
        errors={conflict ? undefined : actionData?.errors}
        submitLabel={t('quickscan.form.save')}
        cancelTo={`/quickscans/${scan.id}`}
        hidden={{ version: String(conflict?.version ?? scan.version), base: conflict?.base ?? base }}
        questionnaireLocked={scan.locked}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
