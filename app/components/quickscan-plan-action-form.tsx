import { t } from '~/utils/i18n/index.ts'
import { actionStatusLabel } from './quickscan-plan-action-card.tsx'
import { SelectField, TextAreaField, TextField } from './ui/field.tsx'

type Option = { value: string; label: string; group?: string }

export type ActionFormOptions = { topics: Option[]; owners: Option[]; statuses: readonly string[] }

// The fields of an action of the plan van aanpak (add and edit share them): what, the
// explanation, the topic from the scan, who carries it out, by when and how far it is.
// `values` are the form's values (the stored action, or what the user typed).
export function ActionFormFields({
  options,
  values,
  errors,
  maxLengths,
}: {
  options: ActionFormOptions
  values: Record<string, string>
  errors?: Record<string, string[]>
  maxLengths: { title: number; description: number }
}) {
  return (
    <>
      <TextField
        label={t('quickscanPlan.action.title')}
        name="title"
        required
        maxLength={maxLengths.title}
        autoComplete="off"
        hint={t('quickscanPlan.action.titleHint')}
        defaultValue={values.title ?? ''}
        errors={errors?.title}
      />
      <TextAreaField
        label={t('quickscanPlan.action.description')}
        name="description"
        rows={3}
        maxLength={maxLengths.description}
        defaultValue={values.description ?? ''}
        errors={errors?.description}
      />
      <SelectField
        label={t('quickscanPlan.action.topic')}
        name="topic"
        defaultValue={values.topic ?? ''}
        options={[{ value: '', label: t('quickscanPlan.action.noTopic') }, ...options.topics]}
        errors={errors?.topic}
      />
      <SelectField
        label={t('quickscanPlan.action.owner')}
        name="owner"
        hint={t('quickscanPlan.action.ownerHint')}
        defaultValue={values.owner ?? ''}
        options={[{ value: '', label: t('quickscanPlan.action.noOwner') }, ...options.owners]}
        errors={errors?.owner}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('quickscanPlan.action.dueOn')}
          name="dueOn"
          type="date"
          defaultValue={values.dueOn ?? ''}
          errors={errors?.dueOn}
        />
        <SelectField
          label={t('quickscanPlan.action.status')}
          name="status"
          defaultValue={values.status || 'OPEN'}
          options={options.statuses.map((status) => ({ value: status, label: actionStatusLabel(status) }))}
          errors={errors?.status}
        />
      </div>
    </>
  )
}
