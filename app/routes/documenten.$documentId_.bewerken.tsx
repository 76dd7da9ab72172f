import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { type ConflictChange, ConflictNotice } from '~/components/conflict-notice.tsx'
import { DocumentForm } from '~/components/document-form.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { DocumentUpdateSchema } from '~/models/documents/document.schema.ts'
import {
  type DocumentDetail,
  getDocument,
  getDocumentFormOptions,
  updateDocument,
} from '~/models/documents/document.server.ts'
import { documentFormOptions, documentKindLabel } from '~/models/documents/document-options.ts'
import { dayInputValue } from '~/models/signal/signal-dates.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { changedFields, decodeSnapshot, encodeSnapshot, revalidateAfterConflict } from '~/utils/conflict.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { type FieldErrors, parseForm, type SubmittedValues, submittedValues } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  {
    title: `${loaderData ? t('document.editTitle', { title: loaderData.document.title }) : t('document.edit')} · ${t('app.name')}`,
  },
]

// After a 409 the form must get the new version and snapshot, or every save conflicts again.
export const shouldRevalidate = revalidateAfterConflict

type EditableField =
  | 'kind'
  | 'title'
  | 'documentDate'
  | 'description'
  | 'authorOrganisations'
  | 'authorPeople'
  | 'subjectOrganisations'
  | 'themes'
  | 'meetings'
  | 'advices'

// The labels of the fields a conflict message can name.
const FIELD_LABELS: Record<EditableField, MessageKey> = {
  kind: 'document.kind',
  title: 'document.title',
  documentDate: 'document.documentDate',
  description: 'document.description',
  authorOrganisations: 'document.authorOrganisations',
  authorPeople: 'document.authorPeople',
  subjectOrganisations: 'document.subjectOrganisations',
  themes: 'document.themes',
  meetings: 'document.meetings',
  advices: 'document.advices',
}

// Returns a short fingerprint of a long text (its length and a hash), so that the snapshot
// in the form stays small and a change of the text is still noticed.
function fingerprint(text: string | null) {
  if (!text) return ''
  let hash = 5381
  for (let index = 0; index < text.length; index++) hash = (hash * 33 + text.charCodeAt(index)) >>> 0
  return `${text.length}:${hash.toString(36)}`
}

const names = (items: { name: string }[]) => items.map((item) => item.name).join(', ')
const titles = (items: { title: string }[]) => items.map((item) => item.title).join(', ')

// Returns the document as the user reads it, for telling what changed meanwhile. The
// description is a fingerprint: a conflict names it as changed without quoting it.
function snapshot(document: DocumentDetail): Record<EditableField, string> {
  return {
    kind: documentKindLabel(document.kind),
    title: document.title,
    documentDate: document.documentDate ? formatDateOnly(document.documentDate) : '',
    description: fingerprint(document.description),
    authorOrganisations: names(document.authorOrganisations),
    authorPeople: names(document.authorPeople),
    subjectOrganisations: names(document.subjectOrganisations),
    themes: names(document.themes),
    meetings: titles(document.meetings),
    advices: titles(document.advices),
  }
}

// Returns the form's values for a stored document.
function formValues(document: DocumentDetail): SubmittedValues {
  const ids = (items: { id: string }[]) => items.map((item) => item.id)
  return {
    values: {
      kind: document.kind,
      title: document.title,
      documentDate: document.documentDate ? dayInputValue(document.documentDate) : '',
      description: document.description ?? '',
    },
    lists: {
      authorOrganisationIds: ids(document.authorOrganisations),
      authorPersonIds: ids(document.authorPeople),
      subjectOrganisationIds: ids(document.subjectOrganisations),
      themeIds: ids(document.themes),
      meetingIds: ids(document.meetings),
      adviceIds: ids(document.advices),
    },
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const document = await getDocument({ documentId: requireParam(params, 'documentId') })
  invariantResponse(document, 404)
  const choices = await getDocumentFormOptions({
    keepOrganisationIds: [...document.authorOrganisations, ...document.subjectOrganisations].map(
      (organisation) => organisation.id,
    ),
    keepThemeIds: document.themes.map((theme) => theme.id),
  })
  return {
    document: { id: document.id, title: document.title, version: document.version },
    base: encodeSnapshot(snapshot(document)),
    current: formValues(document),
    options: documentFormOptions(choices),
  }
}

type ActionReply = SubmittedValues & {
  errors: FieldErrors
  conflict?: { changes: ConflictChange[]; version: number; base: string }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const documentId = requireParam(params, 'documentId')
  const formData = await request.formData()
  const form = parseForm(formData, DocumentUpdateSchema)
  if (!form.success) {
    return data<ActionReply>({ errors: form.errors, values: form.values, lists: form.lists }, { status: 400 })
  }
  const result = await updateDocument({ documentId, ...form.value, actorId: user.id })
  if (result.ok) {
    return redirectWithToast(request, `/documenten/${documentId}`, {
      type: 'success',
      message: t('document.saved'),
    })
  }
  invariantResponse(result.reason !== 'notFound', 404)
  if (result.reason === 'conflict') {
    // Someone else saved first: show what they changed, keep this user's input, and let the
    // next save overwrite the new version deliberately.
    const document = await getDocument({ documentId })
    invariantResponse(document, 404)
    const current = snapshot(document)
    const changes = changedFields(decodeSnapshot(formData.get('base')), current).map((change) => {
      const long = change.field === 'description'
      return {
        label: t(FIELD_LABELS[change.field as EditableField]),
        before: long && change.before ? t('document.conflictTextBefore') : change.before,
        after: long && change.after ? t('document.conflictTextAfter') : change.after,
      }
    })
    return data<ActionReply>(
      {
        errors: {},
        ...submittedValues(formData),
        conflict: { changes, version: document.version, base: encodeSnapshot(current) },
      },
      { status: 409 },
    )
  }
  const errors: FieldErrors = {}
  for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
  return data<ActionReply>({ errors, ...submittedValues(formData) }, { status: 400 })
}

export default function EditDocument() {
  const { document, base, current, options } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const conflict = actionData?.conflict
  return (
    <>
      <PageHeader
        title={t('document.editTitle', { title: document.title })}
        intro={t('document.editIntro')}
      />
      {conflict ? <ConflictNotice changes={conflict.changes} /> : null}
      <DocumentForm
        // After a conflict the form starts again from the user's input on the new version.
        key={conflict?.version ?? document.version}
        options={options}
        submitted={actionData ? { values: actionData.values, lists: actionData.lists } : current}
        errors={conflict ? undefined : actionData?.errors}
        submitLabel={t('document.save')}
        cancelTo={`/documenten/${document.id}`}
        hidden={{ version: String(conflict?.version ?? document.version), base: conflict?.base ?? base }}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
