import { Form } from '@remix-run/react'
import { t } from '~/utils/i18n/index.ts'
import { Button } from './ui/button.tsx'
import { CheckboxGroup, type CheckboxOption, ErrorSummary, TextAreaField, TextField } from './ui/field.tsx'

export type InvitationChoiceValues = {
  raadLeden: string[]
  alleLeden: boolean
  raadExtra: string
  gemeentePersonen: string[]
  gemeenteExtra: string
  zoek: string
}

// Step 1 of inviting (a GET form, so it works without JavaScript and the preview has its own
// address): council members ticked one by one or all at once, others typed in; municipal
// staff proposed from the councils' contacts, found in the person registry or typed in.
export function InvitationChoiceForm({
  values,
  errors,
  members,
  staff,
  found,
  foundMore,
  hiddenPeople,
}: {
  values: InvitationChoiceValues
  errors: Record<string, string[]>
  members: CheckboxOption[]
  staff: CheckboxOption[]
  found: CheckboxOption[] | null
  foundMore: number
  /// People chosen earlier who are not among the options shown now: kept as they are.
  hiddenPeople: string[]
}) {
  return (
    <Form method="get" className="space-y-8" noValidate>
      <ErrorSummary errors={errors} />
      {hiddenPeople.map((id) => (
        <input key={id} type="hidden" name="gemeentePersonen" value={id} />
      ))}
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t('quickscan.invite.councilTitle')}</legend>
        {members.length === 0 ? (
          <p>{t('quickscan.invite.noMembers')}</p>
        ) : (
          <>
            <div className="flex items-center gap-2">
              <input
                type="checkbox"
                id="alleLeden"
                name="alleLeden"
                defaultChecked={values.alleLeden}
                className="h-5 w-5 accent-brand-700"
              />
              <label htmlFor="alleLeden" className="font-medium">
                {t('quickscan.invite.allMembers', { count: members.length })}
              </label>
            </div>
            <CheckboxGroup
              label={t('quickscan.invite.members')}
              name="raadLeden"
              options={members}
              selected={values.raadLeden}
              errors={errors.raadLeden}
              columns={2}
            />
          </>
        )}
        <TextAreaField
          label={t('quickscan.invite.councilTyped')}
          hint={t('quickscan.invite.typedHint')}
          name="raadExtra"
          rows={4}
          defaultValue={values.raadExtra}
          errors={errors.raadExtra}
          placeholder={t('quickscan.invite.councilExtraExample')}
        />
      </fieldset>
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t('quickscan.invite.municipalityTitle')}</legend>
        {staff.length > 0 ? (
          <CheckboxGroup
            label={t('quickscan.invite.staffSuggestions')}
            name="gemeentePersonen"
            options={staff}
            selected={values.gemeentePersonen}
            columns={2}
          />
        ) : null}
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <TextField
              label={t('quickscan.invite.search')}
              name="zoek"
              type="search"
              defaultValue={values.zoek}
              autoComplete="off"
            />
          </div>
          <Button variant="secondary">{t('quickscan.invite.searchButton')}</Button>
        </div>
        {found ? (
          found.length === 0 ? (
            <p>{t('quickscan.invite.searchNone', { query: values.zoek })}</p>
          ) : (
            <>
              <CheckboxGroup
                label={t('quickscan.invite.searchResults')}
                name="gemeentePersonen"
                options={found}
                selected={values.gemeentePersonen}
                columns={2}
              />
              {foundMore > 0 ? (
                <p className="text-sm text-slate-700">
                  {t('quickscan.invite.searchMore', { count: foundMore })}
                </p>
              ) : null}
            </>
          )
        ) : null}
        <TextAreaField
          label={t('quickscan.invite.municipalityTyped')}
          hint={t('quickscan.invite.typedHint')}
          name="gemeenteExtra"
          rows={4}
          defaultValue={values.gemeenteExtra}
          errors={errors.gemeenteExtra}
          placeholder={t('quickscan.invite.municipalityExtraExample')}
        />
      </fieldset>
      <Button name="voorbeeld" value="1">
        {t('quickscan.invite.preview')}
      </Button>
    </Form>
  )
}
