import { Form, Link } from '@remix-run/react'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { SelectField, TextField } from '~/components/ui/field.tsx'
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import { COUNCIL_TYPES } from '~/models/organisation/organisation-types.ts'
import { MIN_EVIDENCE_OPTIONS, OVERLAP_VIEWS, type OverlapView } from '~/models/theme/theme-overlap.ts'
import { t } from '~/utils/i18n/index.ts'

export type OverlapFilterValues = {
  weergave: OverlapView
  gemeente?: string
  soort?: string
  van: string
  tot: string
  minimaal: number
  vastgelegd: boolean
}

// The filters of the overlap page as a GET form, so that they live in the URL and work
// without JavaScript. The view is kept in a hidden field; the view switch sets it.
export function ThemeOverlapFilters({
  values,
  municipalities,
}: {
  values: OverlapFilterValues
  municipalities: { id: string; name: string }[]
}) {
  return (
    <Form
      method="get"
      className="mb-6 rounded-md border border-slate-300 bg-slate-50 p-4"
      aria-label={t('overlap.filters')}
    >
      <input type="hidden" name="weergave" value={values.weergave} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField
          label={t('overlap.filterMunicipality')}
          name="gemeente"
          defaultValue={values.gemeente ?? ''}
          options={[
            { value: '', label: t('overlap.anyMunicipality') },
            ...municipalities.map((municipality) => ({ value: municipality.id, label: municipality.name })),
          ]}
        />
        <SelectField
          label={t('overlap.filterType')}
          name="soort"
          defaultValue={values.soort ?? ''}
          options={[
            { value: '', label: t('overlap.anyType') },
            ...COUNCIL_TYPES.map((type) => ({ value: type, label: organisationTypeLabel(type) })),
          ]}
        />
        <SelectField
          label={t('overlap.filterMinimum')}
          name="minimaal"
          hint={t('overlap.filterMinimumHint')}
          defaultValue={String(values.minimaal)}
          options={MIN_EVIDENCE_OPTIONS.map((count) => ({
            value: String(count),
            label: count === 1 ? t('overlap.minimum.one') : t('overlap.minimum.other', { count }),
          }))}
        />
        <TextField label={t('overlap.filterFrom')} name="van" type="date" defaultValue={values.van} />
        <TextField label={t('overlap.filterTo')} name="tot" type="date" defaultValue={values.tot} />
        <div className="flex items-start gap-2 sm:pt-7">
          <input
            type="checkbox"
            id="overlap-explicit-only"
            name="vastgelegd"
            value="ja"
            defaultChecked={values.vastgelegd}
            className="mt-1 h-4 w-4 accent-brand-700"
          />
          <label htmlFor="overlap-explicit-only">{t('overlap.filterExplicitOnly')}</label>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button>{t('overlap.apply')}</Button>
        <Link to={`/themas/overlap?weergave=${values.weergave}`} className={buttonClass('link')}>
          {t('overlap.reset')}
        </Link>
      </div>
    </Form>
  )
}

// The switch between the two views, as links that keep the filters (`hrefFor`).
export function ThemeOverlapViewSwitch({
  current,
  hrefFor,
}: {
  current: OverlapView
  hrefFor: (view: OverlapView) => string
}) {
  return (
    <nav aria-label={t('overlap.view')} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {OVERLAP_VIEWS.map((view) => (
          <li key={view}>
            <Link
              to={hrefFor(view)}
              aria-current={view === current ? 'page' : undefined}
              className={buttonClass(view === current ? 'primary' : 'secondary')}
            >
              {t(`overlap.view.${view}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
