import { Form, useFetcher } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { Badge } from '~/components/ui/badge.tsx'
import { Button } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextField } from '~/components/ui/field.tsx'
import { t, translateRef } from '~/utils/i18n/index.ts'

export type ChecklistRow = {
  invitationId: string
  personName: string
  organisationName: string | null
  status: string
  walkIn: boolean
}

export type StatusChoice = { value: string; label: string }

// The status a person counts as "there": one tap on the big button.
const PRESENT = 'PRESENT'

const tapTarget =
  'inline-flex min-h-11 items-center justify-center rounded-md border-2 px-3 py-2 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700'

// Returns true once the page runs with JavaScript (false while rendering on the server).
function useHydrated() {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}

// One person on the door checklist: name, organisation, status, a big "Aanwezig" button and
// the other statuses behind "Andere status". Each button saves on its own: without
// JavaScript as a plain form post, with it through a fetcher that keeps the page in place.
export function AttendanceChecklistRow({
  row,
  statuses,
  canEdit,
}: {
  row: ChecklistRow
  statuses: StatusChoice[]
  canEdit: boolean
}) {
  const fetcher = useFetcher<{ errors?: Record<string, string[]> }>({ key: `attendance-${row.invitationId}` })
  const hydrated = useHydrated()
  const pending = fetcher.formData?.get('status')
  const status = typeof pending === 'string' ? pending : row.status
  const label = (value: string) => statuses.find((choice) => choice.value === value)?.label ?? value
  const nameId = `person-${row.invitationId}`
  const errors = fetcher.data?.errors ? Object.values(fetcher.data.errors).flat() : []
  const button = (value: string, extra = '') => {
    const current = status === value
    return (
      <button
        key={value}
        type="submit"
        name="status"
        value={value}
        aria-pressed={current}
        className={`${tapTarget} ${
          current ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-400 bg-white text-slate-900'
        } ${extra}`}
      >
        {current && value === PRESENT ? '✓ ' : ''}
        {label(value)}
        <span className="sr-only"> ({row.personName})</span>
      </button>
    )
  }
  return (
    <li
      id={`row-${row.invitationId}`}
      aria-labelledby={nameId}
      className={`rounded-md border p-3 ${status === PRESENT ? 'border-green-700 bg-green-50' : 'border-slate-300 bg-white'}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p id={nameId} className="font-semibold text-slate-900">
            {row.personName}
          </p>
          <p className="text-sm text-slate-700">{row.organisationName ?? t('attendance.ownBehalf')}</p>
          <p className="mt-1 flex flex-wrap gap-1">
            <Badge tone={status === PRESENT ? 'success' : 'neutral'}>{label(status)}</Badge>
            {row.walkIn ? <Badge tone="warning">{t('attendance.walkIn.badge')}</Badge> : null}
          </p>
        </div>
        {canEdit ? (
          <fetcher.Form method="post" className="w-full sm:w-auto">
            <input type="hidden" name="intent" value="status" />
            <input type="hidden" name="invitationId" value={row.invitationId} />
            {hydrated ? <input type="hidden" name="stay" value="1" /> : null}
            {button(PRESENT, 'w-full sm:w-40')}
          </fetcher.Form>
        ) : null}
      </div>
      {canEdit ? (
        <details className="mt-2">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm text-brand-700 underline">
            {t('attendance.otherStatus')}
            <span className="sr-only"> ({row.personName})</span>
          </summary>
          <fetcher.Form method="post" className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
            <input type="hidden" name="intent" value="status" />
            <input type="hidden" name="invitationId" value={row.invitationId} />
            {hydrated ? <input type="hidden" name="stay" value="1" /> : null}
            {statuses.filter((choice) => choice.value !== PRESENT).map((choice) => button(choice.value))}
          </fetcher.Form>
        </details>
      ) : null}
      {errors.length > 0 ? (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          {errors.map(translateRef).join(' ')}
        </p>
      ) : null}
    </li>
  )
}

// The counts at the top of the checklist, announced when they change.
export function AttendanceCounts({
  present,
  total,
  councils,
  counts,
}: {
  present: number
  total: number
  councils: number
  counts: StatusChoice[]
}) {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label={t('attendance.countsLabel')}
      className="rounded-md border border-slate-300 bg-slate-50 p-3"
    >
      <p className="flex flex-wrap gap-x-6 gap-y-1 text-lg">
        <span>
          <strong>{present}</strong> {t('attendance.presentOf', { total })}
        </span>
        <span>
          <strong>{councils}</strong>{' '}
          {councils === 1 ? t('attendance.councilRepresented') : t('attendance.councilsRepresented')}
        </span>
      </p>
      <p className="mt-1 text-sm text-slate-700">{counts.map((count) => count.label).join(' · ')}</p>
    </div>
  )
}

// Registers someone at the door who is not in Raadnet yet: a name and, optionally, the
// organisation they represent — nothing more (AVG). A plain form post, so it works without
// JavaScript; after "someone with this name exists" it offers to confirm a namesake.
export function NewWalkInForm({
  organisations,
  values,
  errors,
  submitting,
}: {
  organisations: StatusChoice[]
  values: Record<string, string>
  errors: Record<string, string[]>
  submitting: boolean
}) {
  const askNamesake = errors.name?.includes('attendance.walkIn.nameExists') ?? false
  return (
    <Form method="post" className="space-y-3" aria-labelledby="walk-in-new" noValidate>
      <h3 id="walk-in-new" className="font-semibold">
        {t('attendance.walkIn.newTitle')}
      </h3>
      <p className="text-sm text-slate-700">{t('attendance.walkIn.newIntro')}</p>
      <input type="hidden" name="intent" value="walk-in-new" />
      <ErrorSummary errors={errors} />
      <TextField
        label={t('attendance.walkIn.name')}
        name="name"
        required
        autoComplete="off"
        defaultValue={values.name ?? ''}
        errors={errors.name}
      />
      {askNamesake ? (
        <div className="flex min-h-11 items-center gap-2">
          <input
            type="checkbox"
            id="walk-in-namesake"
            name="namesake"
            value="on"
            className="h-5 w-5 accent-brand-700"
          />
          <label htmlFor="walk-in-namesake">{t('attendance.walkIn.namesake')}</label>
        </div>
      ) : null}
      <SelectField
        label={t('attendance.walkIn.organisation')}
        hint={t('attendance.walkIn.organisationHint')}
        name="organisationId"
        defaultValue={values.organisationId ?? ''}
        errors={errors.organisationId}
        options={[{ value: '', label: t('attendance.ownBehalf') }, ...organisations]}
      />
      <Button className="min-h-11" disabled={submitting}>
        {t('attendance.walkIn.newSubmit')}
      </Button>
    </Form>
  )
}
