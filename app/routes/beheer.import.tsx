import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  MaxPartSizeExceededError,
  type MetaFunction,
  redirect,
  type UploadHandler,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { ImportMappingForm } from '~/components/import-mapping-form.tsx'
import { ImportPreview } from '~/components/import-preview.tsx'
import { ImportReport } from '~/components/import-report.tsx'
import { ImportUploadForm } from '~/components/import-upload-form.tsx'
import { Button } from '~/components/ui/button.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { type CsvTable, MAX_ROWS, MAX_UPLOAD_BYTES } from '~/models/import/csv-table.ts'
import { readChosenColumns, readDecisions, readUploadId } from '~/models/import/import.schema.ts'
import {
  getRememberedMapping,
  importUpload,
  previewImport,
  storeUpload,
} from '~/models/import/import.server.ts'
import {
  checkMapping,
  guessMapping,
  IMPORT_KINDS,
  type ImportKind,
  isImportKind,
} from '~/models/import/import-fields.ts'
import {
  describeFile,
  describePreviewRow,
  importFieldOptions,
  rowCount,
  rowList,
} from '~/models/import/import-options.ts'
import { deleteUpload, readUpload } from '~/models/import/import-upload.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { revalidateAfterConflict } from '~/utils/conflict.ts'
import { formatDateTime } from '~/utils/dates.ts'
import { submittedValues } from '~/utils/forms.ts'
import { messageRef, t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

const PATH = '/beheer/import'
const MAX_SIZE_TEXT = `${MAX_UPLOAD_BYTES / 1024 / 1024} MB`

export const meta: MetaFunction = () => [{ title: `${t('import.title')} · ${t('app.name')}` }]

// After "the data changed" (409) the preview is read again, also with JavaScript.
export const shouldRevalidate = revalidateAfterConflict

// Returns the page of an upload's step: the mapping form, and the preview once a mapping
// was chosen (voorbeeld=1) and is complete.
async function mappingStep(
  url: URL,
  upload: { id: string; kind: ImportKind; fileName: string; table: CsvTable },
) {
  const { kind, table } = upload
  const showPreview = url.searchParams.get('voorbeeld') === '1'
  const chosen = readChosenColumns(kind, url.searchParams)
  const checked = showPreview ? checkMapping({ kind, header: table.header, chosen }) : null
  const mapping =
    checked?.mapping ??
    guessMapping({ kind, header: table.header, remembered: await getRememberedMapping(kind) })
  const errors = checked?.errors ?? {}
  const preview =
    checked && Object.keys(errors).length === 0 ? await previewImport({ kind, table, mapping }) : null
  return {
    step: preview ? ('preview' as const) : ('map' as const),
    uploadId: upload.id,
    kind,
    fileSummary: describeFile({
      fileName: upload.fileName,
      rows: table.rows.length,
      separator: table.separator,
      encoding: table.encoding,
    }),
    header: table.header,
    sample: table.rows.slice(0, 3).map(({ row, cells }) => ({ row, cells })),
    fields: importFieldOptions(kind),
    selected: showPreview ? chosen : mapping,
    mappingErrors: errors as Record<string, string>,
    mapping: mapping as Record<string, string>,
    preview: preview && {
      fingerprint: preview.fingerprint,
      summary: t('import.preview.summary', {
        rows: rowCount(preview.rows.length),
        new: preview.counts.new.toLocaleString('nl'),
        duplicate: preview.counts.duplicate.toLocaleString('nl'),
        error: preview.counts.error.toLocaleString('nl'),
      }),
      rows: preview.rows.map((row) => describePreviewRow(kind, row)),
    },
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'coordinator' })
  const url = new URL(request.url)
  const requested = url.searchParams.has('bestand')
  const uploadId = readUploadId(url.searchParams)
  const upload = uploadId ? await readUpload({ id: uploadId, userId: user.id }) : null
  if (!upload) return { step: 'upload' as const, gone: requested }
  if (upload.state === 'imported') {
    const { report } = upload
    return {
      step: 'report' as const,
      intro: t('import.report.intro', { file: upload.fileName, date: formatDateTime(report.importedAt) }),
      lines: [
        { label: t(`import.report.created.${report.kind}`), count: report.created },
        { label: t('import.report.merged'), count: report.merged },
        { label: t('import.report.skippedDuplicates'), count: report.skippedDuplicates },
        { label: t('import.report.skippedErrors'), count: report.skippedErrors },
        ...(report.kind === 'PEOPLE'
          ? [{ label: t('import.report.membershipsAdded'), count: report.membershipsAdded }]
          : []),
      ],
      list: {
        href: report.kind === 'ORGANISATIONS' ? '/organisaties' : '/personen',
        label: t(`import.report.toList.${report.kind}`),
      },
    }
  }
  return mappingStep(url, upload)
}

type UploadReply = { errors: Record<string, string[]>; values: Record<string, string> }

// A form at most this much larger than the size limit is read whole (see handleUpload).
const FORM_OVERHEAD_BYTES = 64 * 1024

// Reads the upload form (multipart/form-data) with the file held in memory up to the size
// limit, and keeps the file for the next steps. A form of known length within the limit is
// read whole by the platform's parser, which reads every file name a browser sends (Remix's
// streaming parser refuses "leden; 2026.csv"); a larger one is streamed, so a file far over
// the limit is never held whole. A body that is no form at all is a 400.
async function handleUpload(request: Request, userId: string) {
  const fields: Record<string, string> = {}
  const memory = unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES })
  const handler: UploadHandler = async (part) => {
    const value = await memory(part)
    if (typeof value === 'string') fields[part.name] = value
    return value
  }
  const reply = (errors: Record<string, string[]>) =>
    data<UploadReply>({ errors, values: { soort: fields.soort ?? '' } }, { status: 400 })
  const tooLarge = () => reply({ bestand: [messageRef('import.error.tooLarge', { size: MAX_SIZE_TEXT })] })
  const length = Number(request.headers.get('Content-Length') ?? Number.NaN)
  const whole = Number.isFinite(length) && length <= MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES
  let formData: FormData
  try {
    formData = whole ? await request.formData() : await unstable_parseMultipartFormData(request, handler)
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return tooLarge()
    if (error instanceof Response) throw error
    throw new Response('Malformed form data', { status: 400 })
  }
  if (whole) {
    const soort = formData.get('soort')
    if (typeof soort === 'string') fields.soort = soort
    const chosen = formData.get('bestand')
    if (chosen instanceof File && chosen.size > MAX_UPLOAD_BYTES) return tooLarge()
  }
  const kind = formData.get('soort')
  const file = formData.get('bestand')
  const errors: Record<string, string[]> = {}
  if (!isImportKind(kind)) errors.soort = ['import.error.kindRequired']
  if (!(file instanceof File) || file.name === '') errors.bestand = ['import.error.fileRequired']
  if (!isImportKind(kind) || !(file instanceof File) || file.name === '') return reply(errors)
  const stored = await storeUpload({
    userId,
    kind,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
  })
  if (!stored.ok) return reply({ bestand: [stored.error] })
  return redirect(`${PATH}?bestand=${stored.uploadId}`)
}

type ImportReply = { error: string; values: Record<string, string> }

// Imports an upload with the mapping and choices of the preview form.
async function handleImport(request: Request, formData: FormData, userId: string) {
  const uploadId = readUploadId(formData)
  const upload = uploadId ? await readUpload({ id: uploadId, userId }) : null
  if (!upload)
    return redirectWithToast(request, PATH, { type: 'error', message: t('import.error.uploadGone') })
  const reportPath = `${PATH}?bestand=${upload.id}`
  if (upload.state === 'imported') return redirect(reportPath)
  const { mapping, errors } = checkMapping({
    kind: upload.kind,
    header: upload.table.header,
    chosen: readChosenColumns(upload.kind, formData),
  })
  if (Object.keys(errors).length > 0) throw new Response(null, { status: 400 })
  const fingerprint = formData.get('controle')
  const result = await importUpload({
    upload,
    mapping,
    decisions: readDecisions(formData),
    fingerprint: typeof fingerprint === 'string' && fingerprint !== '' ? fingerprint : null,
    actorId: userId,
  })
  const values = submittedValues(formData).values
  const reply = (error: string, status: number) => data<ImportReply>({ error, values }, { status })
  if (result.ok) {
    const { created, merged, skippedDuplicates, skippedErrors } = result.report
    return redirectWithToast(request, reportPath, {
      type: 'success',
      message: t('import.done', { created, merged, skipped: skippedDuplicates + skippedErrors }),
    })
  }
  switch (result.reason) {
    case 'gone':
      return redirectWithToast(request, PATH, { type: 'error', message: t('import.error.uploadGone') })
    case 'errors':
      return reply(t('import.error.rowsWithErrors', { rows: rowList(result.rows) }), 400)
    case 'undecided':
      return reply(t('import.error.undecided', { rows: rowList(result.rows) }), 400)
    case 'changed':
      return reply(t('import.error.changed'), 409)
    case 'busy':
      return reply(t('import.error.busy'), 409)
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'coordinator' })
  const contentType = request.headers.get('Content-Type') ?? ''
  if (contentType.startsWith('multipart/form-data')) return handleUpload(request, user.id)
  const formData = await request.formData()
  switch (formData.get('intent')) {
    case 'import':
      return handleImport(request, formData, user.id)
    case 'restart': {
      const uploadId = readUploadId(formData)
      if (uploadId && (await readUpload({ id: uploadId, userId: user.id }))) await deleteUpload(uploadId)
      return redirect(PATH)
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

// Returns the step number and name shown under the title.
function stepLine(step: 'upload' | 'map' | 'preview') {
  const number = { upload: 1, map: 2, preview: 3 }[step]
  return t('import.stepLabel', { step: number, title: t(`import.step.${step}`) })
}

export default function ImportPage() {
  const loaderData = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  if (loaderData.step === 'report') {
    return (
      <>
        <PageHeader title={t('import.title')} />
        <ImportReport intro={loaderData.intro} lines={loaderData.lines} list={loaderData.list} />
      </>
    )
  }
  if (loaderData.step === 'upload') {
    const reply = actionData && 'errors' in actionData ? actionData : undefined
    const errors = reply?.errors ?? (loaderData.gone ? { bestand: ['import.error.uploadGone'] } : undefined)
    return (
      <>
        <PageHeader title={t('import.title')} intro={t('import.intro')} />
        <p className="mb-4 font-medium text-slate-800">{stepLine('upload')}</p>
        <ImportUploadForm
          kinds={IMPORT_KINDS.map((kind) => ({
            value: kind,
            label: t(`import.kind.${kind}`),
            hint: t(`import.kindHint.${kind}`),
          }))}
          kind={reply?.values.soort}
          fileHint={t('import.fileHint', { size: MAX_SIZE_TEXT, rows: MAX_ROWS.toLocaleString('nl') })}
          errors={errors}
        />
      </>
    )
  }
  const reply = actionData && 'error' in actionData ? actionData : undefined
  const mappingForm = (
    <ImportMappingForm
      uploadId={loaderData.uploadId}
      formKey={JSON.stringify(loaderData.selected)}
      header={loaderData.header}
      sample={loaderData.sample}
      fields={loaderData.fields}
      selected={loaderData.selected as Record<string, string>}
      errors={loaderData.mappingErrors}
    />
  )
  return (
    <>
      <PageHeader
        title={t('import.title')}
        intro={t(`import.kind.${loaderData.kind}`)}
        actions={
          <Form method="post">
            <input type="hidden" name="bestand" value={loaderData.uploadId} />
            <Button variant="secondary" name="intent" value="restart">
              {t('import.restart')}
            </Button>
          </Form>
        }
      />
      <p className="mb-2 font-medium text-slate-800">{stepLine(loaderData.step)}</p>
      <p className="mb-6 text-slate-700">{loaderData.fileSummary}</p>
      {loaderData.preview ? (
        <div className="space-y-8">
          <details className="rounded-md border border-slate-300 p-4">
            <summary className="cursor-pointer font-semibold">{t('import.mapping.change')}</summary>
            <div className="mt-4">{mappingForm}</div>
          </details>
          <ImportPreview
            uploadId={loaderData.uploadId}
            mapping={loaderData.mapping}
            fingerprint={loaderData.preview.fingerprint}
            rows={loaderData.preview.rows}
            summary={loaderData.preview.summary}
            duplicatesIntro={t(`import.preview.duplicatesIntro.${loaderData.kind}`)}
            error={reply?.error}
            values={reply?.values ?? {}}
          />
        </div>
      ) : (
        mappingForm
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
