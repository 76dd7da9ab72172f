import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { DocumentForm } from '~/components/document-form.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { DocumentCreateSchema } from '~/models/documents/document.schema.ts'
import {
  checkUpload,
  createDocument,
  getDocumentFormOptions,
  getDocumentPrefill,
  getMaxUploadBytes,
} from '~/models/documents/document.server.ts'
import { documentFormOptions } from '~/models/documents/document-options.ts'
import { parseDocumentForm } from '~/models/documents/upload-form.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, type SubmittedValues, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('document.new')} · ${t('app.name')}` }]

const MB = 1024 * 1024

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const search = new URL(request.url).searchParams
  // Meeting, advice and organisation pages link here with ?bijeenkomst=, ?advies=,
  // ?organisatie=; an unknown id is ignored.
  const prefill = await getDocumentPrefill({
    meetingId: search.get('bijeenkomst')?.slice(0, 64) || null,
    adviceId: search.get('advies')?.slice(0, 64) || null,
    organisationId: search.get('organisatie')?.slice(0, 64) || null,
  })
  const [choices, maxBytes] = await Promise.all([getDocumentFormOptions(), getMaxUploadBytes()])
  const initial: SubmittedValues = {
    values: { kind: prefill.kind, title: prefill.title },
    lists: {
      meetingIds: prefill.meetingIds,
      adviceIds: prefill.adviceIds,
      authorOrganisationIds: prefill.authorOrganisationIds,
      themeIds: prefill.themeIds,
    },
  }
  return {
    options: documentFormOptions(choices),
    initial,
    maxMb: maxBytes / MB,
    cancelTo: prefill.back ?? '/documenten',
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const maxBytes = await getMaxUploadBytes()
  const { formData, file } = await parseDocumentForm(request, maxBytes)
  const reply = (errors: FieldErrors) => data({ errors, ...submittedValues(formData) }, { status: 400 })
  const form = parseForm(formData, DocumentCreateSchema)
  if (!form.success) {
    // The file is checked too, so that every problem shows at once.
    const refusal = await checkUpload({ upload: file, maxBytes })
    return reply(refusal ? { ...form.errors, [refusal.field]: [refusal.message] } : form.errors)
  }
  const result = await createDocument({ ...form.value, upload: file, maxBytes, actorId: user.id })
  if (!result.ok) {
    const errors: FieldErrors = {}
    if (result.reason === 'invalid') {
      for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    }
    return reply(errors)
  }
  return redirectWithToast(request, `/documenten/${result.documentId}`, {
    type: 'success',
    message: t('document.created', { title: form.value.title }),
  })
}

export default function NewDocument() {
  const { options, initial, maxMb, cancelTo } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <>
      <PageHeader title={t('document.new')} intro={t('document.newIntro')} />
      <DocumentForm
        options={options}
        submitted={actionData ? { values: actionData.values, lists: actionData.lists } : initial}
        errors={actionData?.errors}
        submitLabel={t('document.create')}
        cancelTo={cancelTo}
        maxMb={maxMb}
        refused={Boolean(actionData)}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
