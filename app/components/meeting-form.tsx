import { Form, Link } from '@remix-run/react'
import { t } from '~/utils/i18n/index.ts'
import { Button, buttonClass } from './ui/button.tsx'
import {
  CheckboxGroup,
  type CheckboxOption,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from './ui/field.tsx'

type Option = { value: string; label: string; group?: string }

export type MeetingFormOptions = {
  kinds: Option[]
  statuses: Option[]
  themes: CheckboxOption[]
  agendaThemes: Option[]
  organisers: CheckboxOption[]
  partners: CheckboxOption[]
}

export type MeetingFormValues = { values: Record<string, string>; lists: Record<string, string[]> }

// The submit button's value that asks for more agenda rows instead of saving.
export const MORE_AGENDA_ROWS = 'more-agenda-rows'
// How many empty agenda rows the form offers, and how many "more rows" adds.
const EMPTY_AGENDA_ROWS = 3
const MINIMUM_AGENDA_ROWS = 5
const MORE_ROWS = 5
const AGENDA_ROWS_MAX = 40

// Returns how many agenda rows to show: every submitted row (so that a row's message stays
// beside it), and a few empty ones more than are filled in.
export function agendaRowCount(lists: Record<string, string[]>, asked = 0) {
  const titles = lists.agendaTitle ?? []
  const filled = titles.filter((title) => title.trim() !== '').length
  return Math.min(
    Math.max(MINIMUM_AGENDA_ROWS, filled + EMPTY_AGENDA_ROWS, titles.length, asked),
    AGENDA_ROWS_MAX,
  )
}

// Returns the row count after "more rows": the rows submitted plus a few empty ones.
export const moreAgendaRows = (lists: Record<string, string[]>) =>
  Math.min(agendaRowCount(lists) + MORE_ROWS, AGENDA_ROWS_MAX)

// The create and edit form of a meeting: what the user typed (`submitted`) and the errors
// next to their fields. The agenda is a list of numbered rows that works without
// JavaScript: empty rows are ignored, the numbers set the order, and "more rows" sends the
// form back with more empty rows without saving.
export function MeetingForm({
  options,
  submitted,
  errors,
  submitLabel,
  cancelTo,
  hidden,
  agendaRows = 0,
}: {
  options: MeetingFormOptions
  submitted: MeetingFormValues
  errors?: Record<string, string[]>
  submitLabel: string
  cancelTo: string
  hidden?: Record<string, string>
  agendaRows?: number
}) {
  const { values, lists } = submitted
  const rows = agendaRowCount(lists, agendaRows)
  return (
    <Form method="post" className="max-w-3xl space-y-8" noValidate>
      <ErrorSummary errors={errors} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('meeting.kind')}
          name="kind"
          required
          defaultValue={values.kind ?? ''}
          options={options.kinds}
          errors={errors?.kind}
        />
        <SelectField
          label={t('meeting.status')}
          name="status"
          required
          hint={t('meeting.statusHint')}
          defaultValue={values.status ?? 'PLANNED'}
          options={options.statuses}
          errors={errors?.status}
        />
        <div className="sm:col-span-2">
          <TextField
            label={t('meeting.title')}
            name="title"
            required
            maxLength={200}
            autoComplete="off"
            defaultValue={values.title}
            errors={errors?.title}
          />
        </div>
        <TextField
          label={t('meeting.date')}
          name="date"
          type="date"
          required
          defaultValue={values.date}
          errors={errors?.date}
        />
        <div className="grid grid-cols-2 gap-4">
          <TextField
            label={t('meeting.startTime')}
            name="startTime"
            type="time"
            required
            defaultValue={values.startTime}
            errors={errors?.startTime}
          />
          <TextField
            label={t('meeting.endTime')}
            name="endTime"
            type="time"
            required
            defaultValue={values.endTime}
            errors={errors?.endTime}
          />
        </div>
        <p className="-mt-2 text-sm text-slate-600 sm:col-span-2">{t('meeting.timeHint')}</p>
        <div className="sm:col-span-2">
          <TextField
            label={t('meeting.location')}
            name="location"
            maxLength={200}
            defaultValue={values.location}
            errors={errors?.location}
          />
        </div>
      </div>

      <TextAreaField
        label={t('meeting.description')}
        name="description"
        rows={4}
        defaultValue={values.description}
        errors={errors?.description}
      />

      <CheckboxGroup
        label={t('meeting.themes')}
        name="themeIds"
        options={options.themes}
        selected={lists.themeIds ?? []}
        errors={errors?.themeIds}
        columns={3}
      />

      <CheckboxGroup
        label={t('meeting.organisers')}
        name="organiserIds"
        options={options.organisers}
        selected={lists.organiserIds ?? []}
        errors={errors?.organiserIds}
        columns={3}
      />

      {/* Checkboxes rather than a multiple select: dozens of organisations, grouped by type
          and sorted by name, are easier to go through with a keyboard or screen reader. */}
      <CheckboxGroup
        label={t('meeting.partners')}
        name="partnerIds"
        options={options.partners}
        selected={lists.partnerIds ?? []}
        errors={errors?.partnerIds}
        columns={3}
      />

      <fieldset className="space-y-3" aria-describedby="meeting-agenda-hint">
        <legend className="text-lg font-semibold text-slate-900">{t('meeting.agenda')}</legend>
        <p id="meeting-agenda-hint" className="text-sm text-slate-600">
          {t('meeting.agendaHint')}
        </p>
        {Array.from({ length: rows }, (_, index) => (
          <fieldset
            // The rows are positional: the index is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no other identity
            key={index}
            className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[6rem_1fr_1fr]"
          >
            <legend className="px-1 text-sm text-slate-700">
              {t('meeting.agendaRow', { number: index + 1 })}
            </legend>
            <TextField
              label={t('meeting.agendaPosition')}
              name="agendaPosition"
              type="number"
              min={1}
              max={999}
              inputMode="numeric"
              defaultValue={lists.agendaPosition?.[index] ?? String(index + 1)}
            />
            <div className="sm:col-span-2">
              <TextField
                label={t('meeting.agendaTitle')}
                name="agendaTitle"
                autoComplete="off"
                defaultValue={lists.agendaTitle?.[index] ?? ''}
                errors={errors?.[`agenda${index}`]}
              />
            </div>
            <div className="sm:col-start-2">
              <TextField
                label={t('meeting.agendaPresenter')}
                name="agendaPresenter"
                autoComplete="off"
                defaultValue={lists.agendaPresenter?.[index] ?? ''}
              />
            </div>
            <SelectField
              label={t('meeting.agendaTheme')}
              name="agendaThemeId"
              defaultValue={lists.agendaThemeId?.[index] ?? ''}
              options={options.agendaThemes}
            />
          </fieldset>
        ))}
      </fieldset>

      {/* Save comes first: Enter in a field submits the form with the first button. */}
      <div className="flex flex-wrap gap-3">
        <Button>{submitLabel}</Button>
        {rows < AGENDA_ROWS_MAX ? (
          <Button name="intent" value={MORE_AGENDA_ROWS} variant="secondary">
            {t('meeting.agendaMore')}
          </Button>
        ) : null}
        <Link to={cancelTo} className={buttonClass('link')}>
          {t('meeting.cancel')}
        </Link>
      </div>
    </Form>
  )
}
