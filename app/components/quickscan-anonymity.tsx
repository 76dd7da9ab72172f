import { t } from '~/utils/i18n/index.ts'

// The promise made to respondents, as staff read it on the scan page: what is stored with
// an answer, what is not, and that nobody can link an answer to a person.
export function QuickScanAnonymity({ minGroupSize }: { minGroupSize: number }) {
  return (
    <section
      aria-labelledby="quickscan-anonymity"
      className="space-y-2 rounded-md border-2 border-brand-700 bg-brand-50 p-4 text-slate-900"
    >
      <h2 id="quickscan-anonymity" className="text-lg font-semibold">
        {t('quickscan.anonymity.title')}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>{t('quickscan.anonymity.stored')}</li>
        <li>{t('quickscan.anonymity.notStored')}</li>
        <li>{t('quickscan.anonymity.invitation')}</li>
        <li className="font-semibold">{t('quickscan.anonymity.nobody')}</li>
        <li>{t('quickscan.anonymity.smallGroups', { min: minGroupSize })}</li>
      </ul>
    </section>
  )
}
