import { Form } from '@remix-run/react'
import { Button } from '~/components/ui/button.tsx'
import { ErrorSummary, TextField } from '~/components/ui/field.tsx'
import { t } from '~/utils/i18n/index.ts'
import { ImportRadioGroup, type ImportRadioOption } from './import-radio-group.tsx'

// Step 1 of the import: what is imported, and the file. Posted as multipart/form-data, so
// it works without JavaScript.
export function ImportUploadForm({
  kinds,
  kind,
  fileHint,
  errors,
}: {
  kinds: ImportRadioOption[]
  kind?: string
  fileHint: string
  errors?: Record<string, string[]>
}) {
  return (
    <Form method="post" encType="multipart/form-data" noValidate className="max-w-2xl space-y-6">
      <ErrorSummary errors={errors} />
      <ImportRadioGroup
        label={t('import.kind')}
        name="soort"
        options={kinds}
        defaultValue={kind}
        errors={errors?.soort}
      />
      <TextField
        label={t('import.file')}
        name="bestand"
        type="file"
        accept=".csv,.txt,text/csv"
        required
        hint={fileHint}
        errors={errors?.bestand}
      />
      <Button name="intent" value="upload">
        {t('import.upload')}
      </Button>
    </Form>
  )
}
