import { Form, Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { Badge } from '~/components/ui/badge.tsx'
import { Button } from '~/components/ui/button.tsx'
import { t } from '~/utils/i18n/index.ts'
import { ImportRadioGroup } from './import-radio-group.tsx'

export type ImportPreviewRow = {
  row: number
  status: 'new' | 'duplicate' | 'error'
  name: string
  details: string[]
  matches: { text: string; reason: string; href: string | null }[]
  errors: string[]
}

const CHOICES = ['skip', 'merge', 'create'] as const

const cell = 'py-2 pr-4 align-top'

// A table of preview rows with a caption and the given columns; `render` gives a row's cells
// after its row number.
function RowTable({
  caption,
  columns,
  rows,
  render,
}: {
  caption: string
  columns: string[]
  rows: ImportPreviewRow[]
  render: (row: ImportPreviewRow) => ReactNode
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="w-16 py-2 pr-4">
              {t('import.preview.column.row')}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="py-2 pr-4">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} className="border-b border-slate-200">
              <th scope="row" className={`${cell} font-normal tabular-nums`}>
                {row.row}
              </th>
              {render(row)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

// A row's name with what else identifies it below it.
function NameCell({ row }: { row: ImportPreviewRow }) {
  return (
    <td className={cell}>
      <span className="font-medium">{row.name || t('common.notSet')}</span>
      {row.details.map((detail) => (
        <span key={detail} className="block text-slate-700">
          {detail}
        </span>
      ))}
    </td>
  )
}

// A titled part of the preview.
function PreviewSection({
  id,
  title,
  intro,
  children,
}: {
  id: string
  title: string
  intro?: string
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h3 id={id} className="text-base font-semibold">
        {title}
      </h3>
      {intro ? <p className="max-w-prose text-slate-700">{intro}</p> : null}
      {children}
    </section>
  )
}

// Step 3 of the import: every row with its result — errors, likely duplicates with a choice
// each, new records — and the button that imports them all, or nothing.
export function ImportPreview({
  uploadId,
  mapping,
  fingerprint,
  rows,
  summary,
  duplicatesIntro,
  error,
  values,
}: {
  uploadId: string
  mapping: Record<string, string>
  fingerprint: string
  rows: ImportPreviewRow[]
  summary: string
  duplicatesIntro: string
  error?: string
  values: Record<string, string>
}) {
  const errorRows = rows.filter((row) => row.status === 'error')
  const duplicateRows = rows.filter((row) => row.status === 'duplicate')
  const newRows = rows.filter((row) => row.status === 'new')
  const choiceLabel = (choice: (typeof CHOICES)[number]) => t(`import.choice.${choice}`)
  return (
    <section aria-labelledby="import-voorbeeld" className="space-y-6">
      <div className="space-y-1">
        <h2 id="import-voorbeeld" className="text-lg font-semibold">
          {t('import.preview.title')}
        </h2>
        <p className="text-slate-800">{summary}</p>
      </div>
      {error ? (
        <div role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
          {error}
        </div>
      ) : null}
      <Form method="post" noValidate className="space-y-8">
        <input type="hidden" name="bestand" value={uploadId} />
        <input type="hidden" name="controle" value={fingerprint} />
        {Object.entries(mapping).map(([field, column]) => (
          <input key={field} type="hidden" name={`kolom.${field}`} value={column} />
        ))}
        {errorRows.length > 0 ? (
          <PreviewSection
            id="import-fouten"
            title={t('import.preview.errorsTitle')}
            intro={t('import.preview.errorsIntro')}
          >
            <RowTable
              caption={t('import.preview.errorsTitle')}
              columns={[t('import.preview.column.name'), t('import.preview.column.errors')]}
              rows={errorRows}
              render={(row) => (
                <>
                  <NameCell row={row} />
                  <td className={cell}>
                    <ul className="list-disc space-y-1 pl-4 text-red-800">
                      {row.errors.map((message) => (
                        <li key={message}>{message}</li>
                      ))}
                    </ul>
                  </td>
                </>
              )}
            />
            <div className="flex items-center gap-2">
              <input
                type="checkbox"
                id="import-fouten-overslaan"
                name="foutenOverslaan"
                defaultChecked={values.foutenOverslaan === 'on'}
                className="h-4 w-4 accent-brand-700"
              />
              <label htmlFor="import-fouten-overslaan" className="font-medium">
                {t('import.skipErrors', { count: errorRows.length })}
              </label>
            </div>
          </PreviewSection>
        ) : null}
        {duplicateRows.length > 0 ? (
          <PreviewSection
            id="import-dubbelen"
            title={t('import.preview.duplicatesTitle')}
            intro={duplicatesIntro}
          >
            <ImportRadioGroup
              label={t('import.choice.all')}
              name="dubbelen"
              defaultValue={values.dubbelen ?? 'skip'}
              options={CHOICES.map((choice) => ({ value: choice, label: choiceLabel(choice) }))}
            />
            <RowTable
              caption={t('import.preview.duplicatesTitle')}
              columns={[
                t('import.preview.column.name'),
                t('import.preview.column.matches'),
                t('import.preview.column.choice'),
              ]}
              rows={duplicateRows}
              render={(row) => (
                <>
                  <NameCell row={row} />
                  <td className={cell}>
                    <ul className="space-y-1">
                      {row.matches.map((match) => (
                        <li key={match.href ?? match.text}>
                          {match.href ? (
                            <Link to={match.href} className="text-brand-700 underline">
                              {match.text}
                            </Link>
                          ) : (
                            match.text
                          )}{' '}
                          <Badge tone="warning">{match.reason}</Badge>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className={cell}>
                    <select
                      name={`keuze.${row.row}`}
                      aria-label={t('import.choice.rowLabel', { row: row.row, name: row.name })}
                      defaultValue={values[`keuze.${row.row}`] ?? ''}
                      className="rounded-md border border-slate-500 bg-white px-2 py-1"
                    >
                      <option value="">{t('import.choice.asAll')}</option>
                      {CHOICES.map((choice) => (
                        <option key={choice} value={choice}>
                          {choiceLabel(choice)}
                        </option>
                      ))}
                    </select>
                  </td>
                </>
              )}
            />
          </PreviewSection>
        ) : null}
        {newRows.length > 0 ? (
          <PreviewSection id="import-nieuw" title={t('import.preview.newTitle')}>
            <RowTable
              caption={t('import.preview.newTitle')}
              columns={[t('import.preview.column.name')]}
              rows={newRows}
              render={(row) => <NameCell row={row} />}
            />
          </PreviewSection>
        ) : null}
        <Button name="intent" value="import">
          {t('import.submit')}
        </Button>
      </Form>
    </section>
  )
}
