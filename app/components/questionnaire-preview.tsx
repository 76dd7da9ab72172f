import { likertLabels } from '~/models/quickscan/questionnaire-options.ts'
import type { ItemKind } from '~/models/quickscan/quickscan-constants.ts'
import { t } from '~/utils/i18n/index.ts'

// How a respondent answers an item, shown without controls: the Likert scale, the ladder's
// steps (asked for now and desired) or a box for a free answer. "Weet ik niet" has a dashed
// border: it is no point of the scale.
export function QuestionnaireItemPreview({ kind, choices }: { kind: ItemKind; choices: string[] }) {
  if (kind === 'LIKERT') {
    const labels = likertLabels()
    return (
      <p className="mt-2 text-sm text-slate-700">
        <span className="sr-only">{t('questionnaire.preview.scale')} </span>
        {labels.map((label, index) => (
          <span
            key={label}
            className={`mr-1 mb-1 inline-block rounded border px-2 py-0.5 ${
              index === labels.length - 1 ? 'border-dashed border-slate-400' : 'border-slate-300'
            }`}
          >
            {label}
          </span>
        ))}
      </p>
    )
  }
  if (kind === 'LADDER') {
    return (
      <div className="mt-2 text-sm text-slate-700">
        <p>{t('questionnaire.preview.ladder')}</p>
        <ol className="mt-1 list-decimal pl-6">
          {choices.map((choice) => (
            <li key={choice}>{choice}</li>
          ))}
        </ol>
      </div>
    )
  }
  return (
    <p className="mt-2 rounded border border-dashed border-slate-400 px-3 py-2 text-sm text-slate-600">
      {t('questionnaire.preview.open')}
    </p>
  )
}
