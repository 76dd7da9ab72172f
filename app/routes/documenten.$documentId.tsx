import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData } from '@remix-run/react'
import { DocumentFileField } from '~/components/document-form.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { Detail, Section } from '~/components/ui/detail-page.tsx'
import { ErrorSummary } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { localToday } from '~/models/activity/occurred-at.ts'
import { adviceStatusLabel } from '~/models/advice/advice-options.ts'
import {
  addDocumentVersion,
  deleteDocument,
  getDocument,
  getMaxUploadBytes,
} from '~/models/documents/document.server.ts'
import {
  documentKindLabel,
  extractionStatusLabel,
  extractionStatusTone,
  formatFileSize,
  mediaTypeLabel,
} from '~/models/documents/document-options.ts'
import { parseDocumentForm } from '~/models/documents/upload-form.server.ts'
import { themeLabel } from '~/models/theme/theme-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly, formatDateTime } from '~/utils/dates.ts'
import type { FieldErrors } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, error }) => [
  {
    title: `${
      loaderData
        ? loaderData.document.title
        : isRouteErrorResponse(error) && error.status === 404
          ? t('error.404.title')
          : t('document.listTitle')
    } · ${t('app.name')}`,
  },
]

const MB = 1024 * 1024

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const document = await getDocument({ documentId: requireParam(params, 'documentId') })
  invariantResponse(document, 404)
  const canEdit = hasRole(user.role, 'opbouwwerker')
  const canDelete = hasRole(user.role, 'coordinator')
  return {
    document,
    maxMb: canEdit ? (await getMaxUploadBytes()) / MB : 0,
    canEdit,
    canDelete,
    // The second step of deleting: the page asks for confirmation (works without JavaScript).
    confirmDelete: canDelete && new URL(request.url).searchParams.has('verwijderen'),
  }
}

type Reply = { intent: string; errors: FieldErrors }

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const documentId = requireParam(params, 'documentId')
  const maxBytes = await getMaxUploadBytes()
  const { formData, file } = await parseDocumentForm(request, maxBytes)
  const intent = String(formData.get('intent') ?? '')
  const reply = (errors: FieldErrors) => data<Reply>({ intent, errors }, { status: 400 })
  const here = `/documenten/${documentId}`

  switch (intent) {
    case 'upload-version': {
      const result = await addDocumentVersion({ documentId, upload: file, maxBytes, actorId: user.id })
      if (!result.ok) {
        invariantResponse(result.reason !== 'notFound', 404)
        const errors: FieldErrors = {}
        for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
        return reply(errors)
      }
      return redirectWithToast(request, here, {
        type: 'success',
        message: t('document.versionAdded', { version: result.versionNumber }),
      })
    }
    case 'delete': {
      await requireUser(request, { role: 'coordinator' })
      const document = await getDocument({ documentId })
      invariantResponse(document, 404)
      invariantResponse(await deleteDocument({ documentId, actorId: user.id }), 404)
      return redirectWithToast(request, '/documenten', {
        type: 'success',
        message: t('document.deleted', { title: document.title }),
      })
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

const linkClass = 'text-brand-700 underline'

// Returns linked records as a list of links, or null (shown as "—") when there are none.
function linkList(items: { id: string; label: string }[], to: string) {
  if (items.length === 0) return null
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <Link to={`${to}/${item.id}`} className={linkClass}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}

export default function DocumentPage() {
  const { document, maxMb, canEdit, canDelete, confirmDelete } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const uploadErrors = actionData?.intent === 'upload-version' ? actionData.errors : undefined
  const current = document.currentFile
  const download = (fileId: string) => `/documenten/${document.id}/bestand/${fileId}`
  const organisations = (items: { id: string; name: string }[]) =>
    linkList(
      items.map((item) => ({ id: item.id, label: item.name })),
      '/organisaties',
    )
  return (
    <>
      <PageHeader
        title={document.title}
        intro={
          <>
            {documentKindLabel(document.kind)}
            {document.documentDate ? ` · ${formatDateOnly(document.documentDate)}` : ''}
          </>
        }
        actions={
          canEdit ? (
            <Link to={`/documenten/${document.id}/bewerken`} className={buttonClass('primary')}>
              {t('document.edit')}
            </Link>
          ) : undefined
        }
      />

      <div className="grid gap-10 lg:grid-cols-3">
        <div className="min-w-0 space-y-10 lg:col-span-2">
          <Section id="file" title={t('document.currentFile')}>
            {current ? (
              <dl className="divide-y divide-slate-200">
                <Detail label={t('document.fileName')}>
                  {/* A file download: a plain link, not a client-side navigation. */}
                  <a href={download(current.id)} className={linkClass}>
                    {current.originalName}
                  </a>
                </Detail>
                <Detail label={t('document.fileType')}>{mediaTypeLabel(current.mediaType)}</Detail>
                <Detail label={t('document.fileSize')}>{formatFileSize(current.size)}</Detail>
                <Detail label={t('document.extractionStatus')}>
                  <Badge tone={extractionStatusTone(current.extractionStatus)}>
                    {extractionStatusLabel(current.extractionStatus)}
                  </Badge>
                </Detail>
                <Detail label={t('document.versionLabel')}>
                  {t('document.versionLine', {
                    version: current.versionNumber,
                    name: current.uploadedBy.name,
                    date: formatDateTime(current.uploadedAt),
                  })}
                </Detail>
              </dl>
            ) : (
              <p className="text-slate-700">{t('document.noFile')}</p>
            )}
            {current ? (
              <p>
                <a href={download(current.id)} className={buttonClass('secondary')}>
                  {t('document.download')}
                </a>
              </p>
            ) : null}
          </Section>

          <Section id="details" title={t('document.details')}>
            <dl className="divide-y divide-slate-200">
              <Detail label={t('document.kind')}>{documentKindLabel(document.kind)}</Detail>
              <Detail label={t('document.documentDate')}>
                {document.documentDate ? formatDateOnly(document.documentDate) : null}
              </Detail>
              <Detail label={t('document.authorOrganisations')}>
                {organisations(document.authorOrganisations)}
              </Detail>
              <Detail label={t('document.authorPeople')}>
                {linkList(
                  document.authorPeople.map((person) => ({ id: person.id, label: person.name })),
                  '/personen',
                )}
              </Detail>
              <Detail label={t('document.subjectOrganisations')}>
                {organisations(document.subjectOrganisations)}
              </Detail>
              <Detail label={t('document.themes')}>
                {document.themes.length > 0 ? (
                  <ul className="flex flex-wrap gap-2">
                    {document.themes.map((theme) => (
                      <li key={theme.id}>
                        <Link
                          to={`/themas/${theme.id}`}
                          className="inline-block rounded-full border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50"
                        >
                          {themeLabel(theme)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Detail>
              <Detail label={t('document.meetings')}>
                {linkList(
                  document.meetings.map((meeting) => ({
                    id: meeting.id,
                    label: t('document.linkedOption', {
                      title: meeting.title,
                      date: formatDateOnly(localToday(new Date(meeting.startsAt))),
                    }),
                  })),
                  '/bijeenkomsten',
                )}
              </Detail>
              <Detail label={t('document.advices')}>
                {linkList(
                  document.advices.map((advice) => ({
                    id: advice.id,
                    label: `${advice.title} (${adviceStatusLabel(advice.status)})`,
                  })),
                  '/adviezen',
                )}
              </Detail>
              <Detail label={t('document.description')}>
                {document.description ? (
                  <p className="max-w-prose whitespace-pre-line break-words">{document.description}</p>
                ) : null}
              </Detail>
              <Detail label={t('document.recordedBy')}>
                {t('document.recordedByLine', {
                  name: document.createdBy.name,
                  date: formatDateTime(document.createdAt),
                })}
              </Detail>
            </dl>
          </Section>

          <Section id="versions" title={t('document.versions')}>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">{t('document.versions')}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    <th scope="col" className="py-2 pr-4">
                      {t('document.versionLabel')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('document.fileName')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('document.fileSize')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('document.uploaded')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {document.files.map((file) => (
                    <tr key={file.id} className="border-b border-slate-200 align-top">
                      <td className="py-2 pr-4">
                        {file.versionNumber}
                        {file.id === current?.id ? (
                          <span className="ml-2">
                            <Badge tone="success">{t('document.currentVersion')}</Badge>
                          </span>
                        ) : null}
                      </td>
                      <td className="py-2 pr-4">
                        <a
                          href={download(file.id)}
                          className={linkClass}
                          aria-label={t('document.downloadVersion', {
                            version: file.versionNumber,
                            name: file.originalName,
                          })}
                        >
                          {file.originalName}
                        </a>
                        <span className="block text-sm text-slate-700">
                          {mediaTypeLabel(file.mediaType)} · {extractionStatusLabel(file.extractionStatus)}
                        </span>
                      </td>
                      <td className="py-2 pr-4 whitespace-nowrap">{formatFileSize(file.size)}</td>
                      <td className="py-2 pr-4">
                        {t('document.uploadedLine', {
                          name: file.uploadedBy.name,
                          date: formatDateTime(file.uploadedAt),
                        })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
        </div>

        {canEdit ? (
          <aside className="min-w-0 space-y-6" aria-labelledby="document-actions">
            <h2 id="document-actions" className="text-lg font-semibold">
              {t('document.actions')}
            </h2>
            <Form
              method="post"
              encType="multipart/form-data"
              className="space-y-3 rounded-md border border-slate-300 p-4"
              noValidate
            >
              <h3 className="font-semibold">{t('document.uploadVersionTitle')}</h3>
              <p className="text-sm text-slate-700">{t('document.uploadVersionIntro')}</p>
              <ErrorSummary errors={uploadErrors} />
              <DocumentFileField
                label={t('document.newVersionFile')}
                maxMb={maxMb}
                errors={uploadErrors?.file}
                chooseAgain={Boolean(uploadErrors)}
              />
              <Button name="intent" value="upload-version">
                {t('document.uploadVersion')}
              </Button>
            </Form>

            {canDelete ? (
              <Section id="delete" title={t('document.deleteTitle')}>
                {confirmDelete ? (
                  <Form method="post" className="space-y-3 rounded-md border-2 border-red-700 bg-red-50 p-4">
                    <p className="font-semibold">{t('document.deleteConfirmTitle')}</p>
                    <p>
                      {t('document.deleteConfirmBody', {
                        title: document.title,
                        count: document.files.length,
                      })}
                    </p>
                    <div className="flex flex-wrap gap-3">
                      <Button name="intent" value="delete" variant="danger">
                        {t('document.deleteConfirm')}
                      </Button>
                      <Link to={`/documenten/${document.id}`} className={buttonClass('secondary')}>
                        {t('document.cancel')}
                      </Link>
                    </div>
                  </Form>
                ) : (
                  <div className="space-y-2">
                    <p className="text-sm text-slate-700">{t('document.deleteIntro')}</p>
                    <Link to={`/documenten/${document.id}?verwijderen`} className={buttonClass('secondary')}>
                      {t('document.delete')}
                    </Link>
                  </div>
                )}
              </Section>
            ) : null}
          </aside>
        ) : null}
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
