// The forms of the questionnaire page for coordinators: each change is a small form of its
// own with an intent, so the page works without JavaScript. Every form carries the
// questionnaire's version; a stale one is answered with what changed meanwhile.
import { Form } from '@remix-run/react'
import type { ButtonHTMLAttributes, ReactNode } from 'react'
import { Button } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextAreaField, TextField } from '~/components/ui/field.tsx'
import { itemKindOptions } from '~/models/quickscan/questionnaire-options.ts'
import {
  DIMENSION_CODE_MAX,
  DIMENSION_NAME_MAX,
  ITEM_CODE_MAX,
  ITEM_TEXT_MAX,
  QUESTIONNAIRE_DESCRIPTION_MAX,
  QUESTIONNAIRE_NAME_MAX,
} from '~/models/quickscan/questionnaire-structure.ts'
import type { ItemKind } from '~/models/quickscan/quickscan-constants.ts'
import { formatDateTime } from '~/utils/dates.ts'
import type { FieldErrors } from '~/utils/forms.ts'
import { t, translateRef } from '~/utils/i18n/index.ts'

// What a form shows after a refused submit: its messages and the user's input.
export type FormState = { errors?: FieldErrors; values?: Record<string, string> }

// Returns the value to show in a field: the user's input after a refused submit, else `fallback`.
const inputOf = (state: FormState, name: string, fallback = '') => state.values?.[name] ?? fallback

function Hidden({ fields }: { fields: Record<string, string | number> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  )
}

// The messages of a form that belong to no field ("this question is gone"), beside it.
function FormMessages({ errors }: { errors?: FieldErrors }) {
  const messages = errors?.form ?? []
  if (messages.length === 0) return null
  return (
    <ul role="alert" className="text-sm font-medium text-red-700">
      {messages.map((message) => (
        <li key={message}>{translateRef(message)}</li>
      ))}
    </ul>
  )
}

// A folded part with a form; open when the form has something to show after a submit.
function Fold({ summary, open, children }: { summary: string; open: boolean; children: ReactNode }) {
  return (
    <details open={open}>
      <summary className="cursor-pointer text-sm font-semibold text-brand-700 underline">{summary}</summary>
      <div className="mt-2 rounded-md border border-slate-300 bg-white p-3">{children}</div>
    </details>
  )
}

// A small secondary button for the controls beside each item and dimension.
function SmallButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="submit"
      className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100"
      {...props}
    />
  )
}

const hasState = (state: FormState) => Boolean(state.errors || state.values)

// "Omhoog" and "Omlaag" for an item or a dimension; an end of the list has only one.
function MoveForm({
  intent,
  fields,
  first,
  last,
  upLabel,
  downLabel,
}: {
  intent: string
  fields: Record<string, string | number>
  first: boolean
  last: boolean
  upLabel: string
  downLabel: string
}) {
  if (first && last) return null
  return (
    <Form method="post" className="inline-flex gap-2">
      <Hidden fields={{ intent, ...fields }} />
      {first ? null : (
        <SmallButton name="direction" value="up" aria-label={upLabel}>
          {t('questionnaire.moveUp')}
        </SmallButton>
      )}
      {last ? null : (
        <SmallButton name="direction" value="down" aria-label={downLabel}>
          {t('questionnaire.moveDown')}
        </SmallButton>
      )}
    </Form>
  )
}

// The controls of one item: move, remove, and reword (with the warning that rewording
// changes what a re-scan compares).
export function ItemControls({
  item,
  version,
  first,
  last,
  stateOf,
}: {
  item: { id: string; code: string; kind: ItemKind; text: string; choices: string[] }
  version: number
  first: boolean
  last: boolean
  stateOf: (intent: string) => FormState
}) {
  const update = stateOf('update-item')
  const move = stateOf('move-item')
  const remove = stateOf('remove-item')
  return (
    <div className="mt-3 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <MoveForm
          intent="move-item"
          fields={{ itemId: item.id, version }}
          first={first}
          last={last}
          upLabel={t('questionnaire.moveItemUp', { code: item.code })}
          downLabel={t('questionnaire.moveItemDown', { code: item.code })}
        />
        <Form method="post">
          <Hidden fields={{ itemId: item.id, version }} />
          <SmallButton
            name="intent"
            value="remove-item"
            aria-label={t('questionnaire.removeItemLabel', { code: item.code })}
          >
            {t('questionnaire.removeItem')}
          </SmallButton>
        </Form>
      </div>
      <FormMessages errors={move.errors ?? remove.errors} />
      <Fold summary={t('questionnaire.rewordItem', { code: item.code })} open={hasState(update)}>
        <Form method="post" noValidate className="space-y-3">
          <ErrorSummary errors={update.errors} />
          <Hidden fields={{ itemId: item.id, version }} />
          <p className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-2 text-sm text-amber-950">
            {t('questionnaire.rewordWarning', { code: item.code })}
          </p>
          <TextAreaField
            label={t('questionnaire.itemTextOf', { code: item.code })}
            name="text"
            required
            rows={3}
            maxLength={ITEM_TEXT_MAX}
            defaultValue={inputOf(update, 'text', item.text)}
            errors={update.errors?.text}
          />
          {item.kind === 'LADDER' ? (
            <TextAreaField
              label={t('questionnaire.choices')}
              hint={t('questionnaire.choicesHint')}
              name="choices"
              required
              rows={5}
              defaultValue={inputOf(update, 'choices', item.choices.join('\n'))}
              errors={update.errors?.choices}
            />
          ) : null}
          <Button name="intent" value="update-item">
            {t('questionnaire.saveItem')}
          </Button>
        </Form>
      </Fold>
    </div>
  )
}

// The controls of one dimension: move, rename, and remove while it has no items.
export function DimensionControls({
  dimension,
  version,
  first,
  last,
  stateOf,
}: {
  dimension: { id: string; code: string; name: string; itemCount: number }
  version: number
  first: boolean
  last: boolean
  stateOf: (intent: string) => FormState
}) {
  const rename = stateOf('rename-dimension')
  const move = stateOf('move-dimension')
  const remove = stateOf('remove-dimension')
  const label = `${dimension.code}. ${dimension.name}`
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <MoveForm
          intent="move-dimension"
          fields={{ dimensionId: dimension.id, version }}
          first={first}
          last={last}
          upLabel={t('questionnaire.moveDimensionUp', { name: label })}
          downLabel={t('questionnaire.moveDimensionDown', { name: label })}
        />
        {dimension.itemCount === 0 ? (
          <Form method="post">
            <Hidden fields={{ dimensionId: dimension.id, version }} />
            <SmallButton
              name="intent"
              value="remove-dimension"
              aria-label={t('questionnaire.removeDimensionLabel', { name: label })}
            >
              {t('questionnaire.removeDimension')}
            </SmallButton>
          </Form>
        ) : null}
      </div>
      <FormMessages errors={move.errors ?? remove.errors} />
      <Fold summary={t('questionnaire.renameDimension', { name: label })} open={hasState(rename)}>
        <Form method="post" noValidate className="space-y-3">
          <ErrorSummary errors={rename.errors} />
          <Hidden fields={{ dimensionId: dimension.id, version }} />
          <TextField
            label={t('questionnaire.dimensionNameOf', { code: dimension.code })}
            name="name"
            required
            maxLength={DIMENSION_NAME_MAX}
            defaultValue={inputOf(rename, 'name', dimension.name)}
            errors={rename.errors?.name}
          />
          <Button name="intent" value="rename-dimension">
            {t('questionnaire.saveDimension')}
          </Button>
        </Form>
      </Fold>
    </div>
  )
}

// The form that adds an item to a dimension; an empty code takes the proposed one.
export function AddItemForm({
  dimension,
  version,
  suggestions,
  state,
}: {
  dimension: { id: string; code: string; name: string }
  version: number
  suggestions: Record<ItemKind, string>
  state: FormState
}) {
  return (
    <Fold
      summary={t('questionnaire.addItemTo', { name: `${dimension.code}. ${dimension.name}` })}
      open={hasState(state)}
    >
      <Form method="post" noValidate className="space-y-3">
        <ErrorSummary errors={state.errors} />
        <Hidden fields={{ dimensionId: dimension.id, version }} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            label={t('questionnaire.kind')}
            name="kind"
            required
            defaultValue={inputOf(state, 'kind', 'LIKERT')}
            options={itemKindOptions()}
            errors={state.errors?.kind}
          />
          <TextField
            label={t('questionnaire.code')}
            hint={t('questionnaire.codeHint', {
              likert: suggestions.LIKERT,
              open: suggestions.OPEN,
            })}
            name="code"
            maxLength={ITEM_CODE_MAX}
            defaultValue={inputOf(state, 'code')}
            errors={state.errors?.code}
          />
        </div>
        <TextAreaField
          label={t('questionnaire.itemText')}
          hint={t('questionnaire.itemTextHint', { max: ITEM_TEXT_MAX })}
          name="text"
          required
          rows={3}
          maxLength={ITEM_TEXT_MAX}
          defaultValue={inputOf(state, 'text')}
          errors={state.errors?.text}
        />
        <TextAreaField
          label={t('questionnaire.choicesLadderOnly')}
          hint={t('questionnaire.choicesHint')}
          name="choices"
          rows={3}
          defaultValue={inputOf(state, 'choices')}
          errors={state.errors?.choices}
        />
        <p className="text-sm text-slate-700">{t('questionnaire.addItemPlacement')}</p>
        <Button name="intent" value="add-item">
          {t('questionnaire.addItem')}
        </Button>
      </Form>
    </Fold>
  )
}

// The form that adds a dimension at the end; an empty code takes the next free letter.
export function AddDimensionForm({
  version,
  suggestion,
  state,
}: {
  version: number
  suggestion: string
  state: FormState
}) {
  return (
    <Fold summary={t('questionnaire.addDimension')} open={hasState(state)}>
      <Form method="post" noValidate className="space-y-3">
        <ErrorSummary errors={state.errors} />
        <Hidden fields={{ version }} />
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField
            label={t('questionnaire.dimensionCode')}
            hint={t('questionnaire.dimensionCodeHint', { code: suggestion })}
            name="code"
            maxLength={DIMENSION_CODE_MAX}
            defaultValue={inputOf(state, 'code')}
            errors={state.errors?.code}
          />
          <div className="sm:col-span-2">
            <TextField
              label={t('questionnaire.dimensionName')}
              name="name"
              required
              maxLength={DIMENSION_NAME_MAX}
              defaultValue={inputOf(state, 'name')}
              errors={state.errors?.name}
            />
          </div>
        </div>
        <Button name="intent" value="add-dimension">
          {t('questionnaire.addDimensionSubmit')}
        </Button>
      </Form>
    </Fold>
  )
}

// The form for the questionnaire's own name and description.
export function QuestionnaireDetailsForm({
  name,
  description,
  version,
  state,
}: {
  name: string
  description: string | null
  version: number
  state: FormState
}) {
  return (
    <Fold summary={t('questionnaire.editDetails')} open={hasState(state)}>
      <Form method="post" noValidate className="space-y-3">
        <ErrorSummary errors={state.errors} />
        <Hidden fields={{ version }} />
        <TextField
          label={t('questionnaire.name')}
          name="name"
          required
          maxLength={QUESTIONNAIRE_NAME_MAX}
          defaultValue={inputOf(state, 'name', name)}
          errors={state.errors?.name}
        />
        <TextAreaField
          label={t('questionnaire.description')}
          hint={t('questionnaire.descriptionHint')}
          name="description"
          rows={3}
          maxLength={QUESTIONNAIRE_DESCRIPTION_MAX}
          defaultValue={inputOf(state, 'description', description ?? '')}
          errors={state.errors?.description}
        />
        <Button name="intent" value="update">
          {t('questionnaire.saveDetails')}
        </Button>
      </Form>
    </Fold>
  )
}

// The form that copies the questionnaire: as the next version of this one, or as a new
// questionnaire of its own.
export function CopyForm({
  name,
  nextVersion,
  state,
}: {
  name: string
  nextVersion: number
  state: FormState
}) {
  const mode = inputOf(state, 'mode', 'version')
  return (
    <Form
      method="post"
      noValidate
      id="kopie"
      className="space-y-3 rounded-md border border-slate-300 p-4"
      aria-labelledby="copy-title"
    >
      <h2 id="copy-title" className="text-lg font-semibold">
        {t('questionnaire.copyTitle')}
      </h2>
      <p className="text-sm text-slate-700">{t('questionnaire.copyIntro')}</p>
      <ErrorSummary errors={state.errors} />
      <fieldset className="space-y-1">
        <legend className="font-medium text-slate-900">{t('questionnaire.copyMode')}</legend>
        {(
          [
            ['version', t('questionnaire.copyAsVersion', { number: nextVersion })],
            ['new', t('questionnaire.copyAsNew')],
          ] as const
        ).map(([value, label]) => (
          <div key={value} className="flex items-center gap-2">
            <input
              type="radio"
              id={`copy-mode-${value}`}
              name="mode"
              value={value}
              defaultChecked={mode === value}
              className="h-4 w-4 accent-brand-700"
            />
            <label htmlFor={`copy-mode-${value}`}>{label}</label>
          </div>
        ))}
        {state.errors?.mode ? (
          <p className="text-sm font-medium text-red-700">{translateRef(state.errors.mode[0] ?? '')}</p>
        ) : null}
      </fieldset>
      <TextField
        label={t('questionnaire.copyName')}
        hint={t('questionnaire.copyNameHint')}
        name="name"
        required
        maxLength={QUESTIONNAIRE_NAME_MAX}
        defaultValue={inputOf(state, 'name', name)}
        errors={state.errors?.name}
      />
      <Button name="intent" value="copy">
        {t('questionnaire.copySubmit')}
      </Button>
    </Form>
  )
}

export type MissedChange = { id: string; at: Date | string; summary: string; actor: { name: string } | null }

// The message after a change that lost a race: what others changed since the page was
// opened, and that the user's input is still in the form.
export function QuestionnaireConflictNotice({ changes }: { changes: MissedChange[] }) {
  return (
    <div role="alert" className="mb-4 rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold">{t('conflict.title')}</p>
      <p>{t('questionnaire.conflictBody')}</p>
      {changes.length > 0 ? (
        <>
          <p className="mt-2 font-medium">{t('conflict.changesIntro')}</p>
          <ul className="mt-1 list-disc pl-5">
            {changes.map((change) => (
              <li key={change.id}>
                {t('questionnaire.conflictChange', {
                  summary: change.summary,
                  name: change.actor?.name ?? t('questionnaire.someone'),
                  at: formatDateTime(change.at),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
