import { Form } from '@remix-run/react'
import { useId } from 'react'
import { Button } from '~/components/ui/button.tsx'
import { CheckboxGroup, type CheckboxOption, ErrorSummary, TextField } from '~/components/ui/field.tsx'
import { t, translateRef } from '~/utils/i18n/index.ts'

export type InviteChoiceValues = {
  raden: string[]
  alleRaden: boolean
  selectie: string
  rollen: string[]
  extra: string
  personen: string[]
  zoek: string
}

export type PersonOption = {
  /// "personId:organisationId", the value the form sends.
  value: string
  name: string
  organisationName: string | null
  role: string | null
  hasEmail: boolean
}

// One choice of "who per organisation".
function Radio({
  id,
  value,
  checked,
  label,
}: {
  id: string
  value: string
  checked: boolean
  label: string
}) {
  return (
    <div className="flex min-h-11 items-start gap-2">
      <input
        type="radio"
        id={id}
        name="selectie"
        value={value}
        defaultChecked={checked}
        className="mt-1 h-5 w-5 accent-brand-700"
      />
      <label htmlFor={id}>{label}</label>
    </div>
  )
}

// Step 1 of inviting: which councils (and which of their members) and which individual people.
// A GET form, so that the choice lives in the URL and the preview works without JavaScript.
export function InvitationChoice({
  values,
  errors,
  councilOptions,
  allCouncilsCount,
  roleOptions,
  people,
  morePeople,
  hiddenPicks,
  extraMax,
}: {
  values: InviteChoiceValues
  errors: Record<string, string[]>
  councilOptions: CheckboxOption[]
  /// How many active councils with members "Alle actieve raden" chooses.
  allCouncilsCount: number
  roleOptions: CheckboxOption[]
  /// The people to choose from (filtered by the search words), grouped by organisation.
  people: PersonOption[]
  /// How many more people match the search than are shown.
  morePeople: number
  /// Chosen people the search hides: kept as hidden fields.
  hiddenPicks: string[]
  extraMax: number
}) {
  const selectionId = useId()
  const chosen = new Set(values.personen)
  const groups = [...new Set(people.map((person) => person.organisationName ?? ''))]
  return (
    <Form method="get" className="space-y-6" aria-labelledby={`${selectionId}-title`} noValidate>
      <h2 id={`${selectionId}-title`} className="text-lg font-semibold">
        {t('attendance.invite.step1')}
      </h2>
      <ErrorSummary errors={errors} />

      {allCouncilsCount > 0 ? (
        <div className="rounded-md border border-slate-300 bg-slate-50 p-3">
          <div className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              id={`${selectionId}-all-councils`}
              name="alleRaden"
              value="on"
              defaultChecked={values.alleRaden}
              aria-describedby={`${selectionId}-all-councils-hint`}
              className="h-5 w-5 accent-brand-700"
            />
            <label htmlFor={`${selectionId}-all-councils`} className="font-medium">
              {t('attendance.invite.allCouncils', { count: allCouncilsCount })}
            </label>
          </div>
          <p id={`${selectionId}-all-councils-hint`} className="ml-7 text-sm text-slate-700">
            {t('attendance.invite.allCouncilsHint')}
          </p>
        </div>
      ) : null}

      <CheckboxGroup
        label={t('attendance.invite.councils')}
        hint={t('attendance.invite.councilsHint')}
        name="raden"
        options={councilOptions}
        selected={values.raden}
        errors={errors.raden}
        columns={2}
      />

      <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-medium text-slate-900">{t('attendance.invite.whoPerCouncil')}</legend>
        <Radio
          id={`${selectionId}-roles`}
          value="rollen"
          checked={values.selectie !== 'alle'}
          label={t('attendance.invite.selectionRoles')}
        />
        <div className="ml-7 space-y-3">
          <CheckboxGroup
            label={t('attendance.invite.roles')}
            name="rollen"
            options={roleOptions}
            selected={values.rollen}
            errors={errors.rollen}
            columns={3}
          />
          <div className="max-w-xs">
            <TextField
              label={t('attendance.invite.extra')}
              hint={t('attendance.invite.extraHint')}
              name="extra"
              type="number"
              inputMode="numeric"
              min={0}
              max={extraMax}
              defaultValue={values.extra}
              errors={errors.extra}
            />
          </div>
        </div>
        <Radio
          id={`${selectionId}-all`}
          value="alle"
          checked={values.selectie === 'alle'}
          label={t('attendance.invite.selectionAll')}
        />
      </fieldset>

      <details
        className="rounded-md border border-slate-300 p-4"
        open={values.personen.length > 0 || values.zoek !== ''}
      >
        <summary className="cursor-pointer font-medium">
          {t('attendance.invite.individuals', { count: values.personen.length })}
        </summary>
        <div className="mt-3 space-y-3">
          <p className="text-sm text-slate-700">{t('attendance.invite.individualsHint')}</p>
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1">
              <TextField
                label={t('attendance.invite.search')}
                name="zoek"
                type="search"
                defaultValue={values.zoek}
              />
            </div>
            <Button variant="secondary" name="zoeken" value="1">
              {t('attendance.invite.searchButton')}
            </Button>
          </div>
          {hiddenPicks.map((value) => (
            <input key={value} type="hidden" name="personen" value={value} />
          ))}
          {errors.personen ? (
            <p className="text-sm font-medium text-red-700">{errors.personen.map(translateRef).join(' ')}</p>
          ) : null}
          {people.length === 0 ? (
            <p>{t('attendance.invite.noPeopleFound')}</p>
          ) : (
            <fieldset className="space-y-3">
              <legend className="sr-only">{t('attendance.invite.individualsLegend')}</legend>
              {groups.map((group) => (
                <div key={group || 'none'}>
                  <p className="text-sm font-semibold text-slate-700">
                    {group || t('attendance.invite.noOrganisation')}
                  </p>
                  <ul className="grid grid-cols-1 gap-x-4 sm:grid-cols-2">
                    {people
                      .filter((person) => (person.organisationName ?? '') === group)
                      .map((person) => {
                        const id = `${selectionId}-p-${person.value}`
                        return (
                          <li key={person.value} className="flex min-h-11 items-center gap-2">
                            <input
                              type="checkbox"
                              id={id}
                              name="personen"
                              value={person.value}
                              defaultChecked={chosen.has(person.value)}
                              className="h-5 w-5 accent-brand-700"
                            />
                            <label htmlFor={id}>
                              {person.name}
                              {person.role ? (
                                <span className="text-sm text-slate-600"> · {person.role}</span>
                              ) : null}
                              {person.hasEmail ? null : (
                                <span className="text-sm text-amber-800">
                                  {' '}
                                  · {t('attendance.invite.noEmail')}
                                </span>
                              )}
                            </label>
                          </li>
                        )
                      })}
                  </ul>
                </div>
              ))}
              {morePeople > 0 ? (
                <p className="text-sm text-slate-700">
                  {t('attendance.invite.morePeople', { count: morePeople })}
                </p>
              ) : null}
            </fieldset>
          )}
        </div>
      </details>

      <Button name="voorbeeld" value="1">
        {t('attendance.invite.preview')}
      </Button>
    </Form>
  )
}
