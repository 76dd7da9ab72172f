import { Form } from '@remix-run/react'
import { Button } from '~/components/ui/button.tsx'
import { SelectField } from '~/components/ui/field.tsx'
import { t } from '~/utils/i18n/index.ts'

export type ImportFieldOption = { field: string; label: string; hint?: string; required: boolean }

// Step 2 of the import: per field the column of the file it comes from, and the first rows
// of the file to choose by. A GET form: the mapping travels in the URL, so the preview it
// leads to can be reloaded and needs no JavaScript.
export function ImportMappingForm({
  uploadId,
  formKey,
  header,
  sample,
  fields,
  selected,
  errors,
}: {
  uploadId: string
  formKey: string
  header: string[]
  sample: { row: number; cells: string[] }[]
  fields: ImportFieldOption[]
  selected: Record<string, string>
  errors: Record<string, string>
}) {
  const columns = [
    { value: '', label: t('import.mapping.none') },
    ...header.map((name) => ({ value: name, label: name })),
  ]
  return (
    <section aria-labelledby="import-kolommen" className="space-y-4">
      <h2 id="import-kolommen" className="text-lg font-semibold">
        {t('import.mapping.title')}
      </h2>
      <p className="max-w-prose text-slate-700">{t('import.mapping.intro')}</p>
      {/* Remounted for another URL, so the selects show the mapping of that URL. */}
      <Form key={formKey} method="get" className="space-y-4">
        <input type="hidden" name="bestand" value={uploadId} />
        <input type="hidden" name="voorbeeld" value="1" />
        <div className="grid max-w-4xl grid-cols-1 gap-4 sm:grid-cols-2">
          {fields.map((field) => {
            const error = errors[field.field]
            return (
              <SelectField
                key={field.field}
                label={field.label}
                name={`kolom.${field.field}`}
                required={field.required}
                hint={field.hint}
                options={columns}
                defaultValue={selected[field.field] ?? ''}
                errors={error ? [error] : undefined}
              />
            )
          })}
        </div>
        <Button>{t('import.mapping.submit')}</Button>
      </Form>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="py-2 text-left font-semibold text-slate-800">{t('import.sample')}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              {header.map((name) => (
                <th key={name} scope="col" className="py-2 pr-4">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.map(({ row, cells }) => (
              <tr key={row} className="border-b border-slate-200 align-top">
                {header.map((name, column) => (
                  <td key={name} className="whitespace-pre-line py-2 pr-4">
                    {cells[column]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
