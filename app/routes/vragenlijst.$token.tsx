// The questionnaire of a quick scan, for respondents without an account. The secret token in
// the address is the key: a wrong or unknown token, a closed scan and a day outside the
// period all get one neutral page with status 404 that says nothing about any scan; many
// failed look-ups from one address get a neutral 429. Each step is a plain POST form that
// saves the answers so far and redirects to the next step (works without JavaScript).
//
// Anonymity: no cookie, no log line, no audit event; the page is never cached. The server's
// Referrer-Policy (same-origin, scripts/server.mjs) keeps the address with the token from
// other sites; "no-referrer" would also blank the Origin of the form posts, which the
// server's cross-site check then refuses.
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from '@remix-run/node'
import { Form, isRouteErrorResponse, useActionData, useLoaderData, useRouteError } from '@remix-run/react'
import { type ReactNode, useEffect, useRef } from 'react'
import {
  AnswerErrorSummary,
  AnswerProgress,
  ChoiceQuestion,
  ERROR_SUMMARY_ID,
  OpenQuestion,
} from '~/components/quickscan-answer-questions.tsx'
import {
  type AnswerDimension,
  answerSteps,
  backgroundFields,
  type Draft,
  itemFields,
  mergeStep,
  missingAnswers,
  readBackgroundStep,
  readDimensionStep,
  type Step,
  stepNumber,
  stepValues,
} from '~/models/quickscan/answer-form.ts'
import {
  answerText,
  backgroundLabel,
  backgroundOptions,
  ladderOptions,
  likertOptions,
} from '~/models/quickscan/answer-labels.ts'
import {
  answerAttempts,
  type OpenQuestionnaire,
  openQuestionnaire,
  saveDraft,
  submitQuestionnaire,
} from '~/models/quickscan/answering.server.ts'
import { OPEN_ANSWER_MAX, type RespondentGroup } from '~/models/quickscan/quickscan-constants.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'

const PRIVATE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
}

export const meta: MetaFunction = () => [
  { title: `${t('quickscan.answer.pageTitle')} · ${t('app.name')}` },
  { name: 'robots', content: 'noindex, nofollow' },
]

export const headers = () => PRIVATE_HEADERS

// The answer for a token that does not (or no longer) work: the same for every reason.
const unavailable = () => new Response(null, { status: 404, headers: PRIVATE_HEADERS })
const tooManyAttempts = () => new Response(null, { status: 429, headers: PRIVATE_HEADERS })

// Returns the questionnaire for the request's token, or throws the neutral 404 (counting a
// failed look-up) or 429 (too many failures from this address).
async function requireSession(token: string, clientIp: string) {
  if (answerAttempts.isBlocked(clientIp)) throw tooManyAttempts()
  const session = await openQuestionnaire({ token })
  if (session.state === 'unavailable') {
    answerAttempts.recordFailure(clientIp)
    throw unavailable()
  }
  return session
}

// Returns the address of a step (1-based) of this questionnaire.
const stepUrl = (token: string, step: number) => `/vragenlijst/${encodeURIComponent(token)}?stap=${step}`

// Returns what the page of one step shows.
function stepView(session: OpenQuestionnaire, step: Step) {
  const { group, draft, dimensions } = session
  switch (step.kind) {
    case 'intro':
      return { kind: 'intro' as const, resume: resumeStep(session) }
    case 'background':
      return {
        kind: 'background' as const,
        questions: backgroundFields(group).map((field) => ({
          field,
          legend: t(`quickscan.answer.background.${field as 'role' | 'years' | 'experience'}`),
          optional: field === 'experience',
          options: backgroundOptions(field, group),
        })),
      }
    case 'dimension':
      return { kind: 'dimension' as const, dimension: step.dimension }
    case 'review':
      return { kind: 'review' as const, ...reviewOf(draft, dimensions, group) }
  }
}

// Returns where a respondent who answered before goes on: the first step that lacks an
// answer, else the review; null for someone who has not started.
function resumeStep({ draft, dimensions, group }: OpenQuestionnaire) {
  const started = Object.keys(draft.background).length > 0 || Object.keys(draft.answers).length > 0
  if (!started) return null
  return missingAnswers(draft, dimensions, group)[0]?.step ?? dimensions.length + 3
}

// Returns the answers as the review step repeats them, and what is still missing.
function reviewOf(draft: Draft, dimensions: AnswerDimension[], group: RespondentGroup) {
  return {
    background: backgroundFields(group).map((field) => {
      const value = draft.background[field as keyof Draft['background']]
      const optional = field === 'experience'
      return {
        question: t(`quickscan.answer.background.${field as 'role' | 'years' | 'experience'}`),
        // An optional question left open is no gap: it reads as "(niets ingevuld)".
        answer: value ? backgroundLabel(field, value) : optional ? t('quickscan.answer.noText') : null,
      }
    }),
    dimensions: dimensions.map((dimension, index) => ({
      name: dimension.name,
      step: index + 3,
      answers: dimension.items.map((item) => ({
        id: item.id,
        question: item.text,
        answer: answerText(item, draft.answers[item.id]),
      })),
    })),
    missing: missingAnswers(draft, dimensions, group).map((entry) => ({
      ...entry,
      name: entry.name || t('quickscan.answer.backgroundHeading'),
    })),
  }
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const token = params.token ?? ''
  const session = await requireSession(token, context.clientIp)
  const url = new URL(request.url)
  if (session.state === 'answered') {
    return data(
      { page: 'answered' as const, justSubmitted: url.searchParams.has('verstuurd') },
      { headers: PRIVATE_HEADERS },
    )
  }
  const steps = answerSteps(session.dimensions)
  const number = stepNumber(url.searchParams.get('stap'), steps.length)
  const step = steps[number - 1] ?? { kind: 'intro' as const }
  return data(
    {
      page: 'step' as const,
      scan: {
        title: session.scan.title,
        municipality: session.scan.municipalityName,
        closesOn: formatDateOnly(session.scan.closesOn),
      },
      group: session.group,
      step: number,
      stepCount: steps.length,
      view: stepView(session, step),
      values: stepValues(session.draft, step),
    },
    { headers: PRIVATE_HEADERS },
  )
}

type Reply = { step: number; errors: Record<string, string>; values: Record<string, string> }

// The messages for a question left open (going back does not ask for them).
const MISSING_MESSAGES = new Set(['quickscan.answer.missing', 'quickscan.answer.missingChoice'])

// Returns the text fields of a form (the last value of each name).
function fieldsOf(formData: FormData) {
  const fields: Record<string, string> = {}
  for (const [name, value] of formData) if (typeof value === 'string') fields[name] = value
  return fields
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? ''
  const session = await requireSession(token, context.clientIp)
  if (session.state === 'answered') return redirect(`/vragenlijst/${encodeURIComponent(token)}`)
  const formData = await request.formData()
  const fields = fieldsOf(formData)
  const intent = fields.intent
  const steps = answerSteps(session.dimensions)
  const number = stepNumber(fields.stap, steps.length)
  const step = steps[number - 1] ?? { kind: 'intro' as const }
  const reply = (errors: Record<string, string>, values: Record<string, string> = {}) =>
    data<Reply>({ step: number, errors, values }, { status: 400, headers: PRIVATE_HEADERS })

  if (intent === 'submit') {
    const result = await submitQuestionnaire({ token })
    if (result.state === 'unavailable') throw unavailable()
    if (result.state === 'incomplete') return reply({ form: 'quickscan.answer.incomplete' })
    return redirect(
      `/vragenlijst/${encodeURIComponent(token)}${result.state === 'submitted' ? '?verstuurd=1' : ''}`,
    )
  }
  if (intent !== 'next' && intent !== 'back') return reply({ form: 'quickscan.answer.invalidValue' })
  const back = intent === 'back'
  if (step.kind === 'intro' || step.kind === 'review') {
    return redirect(stepUrl(token, back ? Math.max(1, number - 1) : Math.min(steps.length, number + 1)))
  }
  const reading =
    step.kind === 'background'
      ? readBackgroundStep(session.group, fields)
      : readDimensionStep(step.dimension, fields)
  // A value outside the scale or the choices is not a slip of the finger: nothing of the
  // step is stored.
  if (reading.invalid) return reply({ form: 'quickscan.answer.invalidValue' })
  const saved = await saveDraft({ token, draft: mergeStep(session.draft, step, reading) })
  if (saved === 'unavailable') throw unavailable()
  if (saved === 'answered') return redirect(`/vragenlijst/${encodeURIComponent(token)}`)
  // Going back keeps what was given without asking for the rest; a text that is too long
  // is never dropped without a word.
  const errors = back
    ? Object.fromEntries(
        Object.entries(reading.errors).filter(([, message]) => !MISSING_MESSAGES.has(message)),
      )
    : reading.errors
  if (Object.keys(errors).length > 0) return reply(errors, fields)
  return redirect(stepUrl(token, back ? number - 1 : number + 1))
}

// A calm page for respondents: narrow, large text, nothing else to click.
function AnswerPage({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl space-y-6 text-base leading-relaxed text-slate-900">{children}</div>
  )
}

// The page after submitting, or for a link that was used: thanks, nothing about the scan.
function AnsweredPage({ justSubmitted }: { justSubmitted: boolean }) {
  return (
    <AnswerPage>
      <h1 className="text-2xl font-bold">{t('quickscan.answer.answeredTitle')}</h1>
      <p className="text-lg">
        {justSubmitted ? t('quickscan.answer.submittedBody') : t('quickscan.answer.answeredBody')}
      </p>
      <p>{t('quickscan.answer.canClose')}</p>
    </AnswerPage>
  )
}

const buttonBase =
  'inline-flex min-h-12 items-center justify-center rounded-md px-6 py-3 text-base font-semibold focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700'
const primaryButton = `${buttonBase} bg-brand-700 text-white hover:bg-brand-800`
const secondaryButton = `${buttonBase} border border-slate-500 bg-white text-slate-900 hover:bg-slate-100`

export default function Questionnaire() {
  const loaderData = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const heading = useRef<HTMLHeadingElement>(null)
  const step = loaderData.page === 'step' ? loaderData.step : 0
  // A new step takes the focus, so a screen reader starts reading at its heading.
  useEffect(() => {
    if (step > 1) heading.current?.focus()
  }, [step])
  // A refused step renders the form anew (its key changes), which drops the focus on the
  // page; the message at the top takes it, so the keyboard goes on from there.
  useEffect(() => {
    if (actionData && Object.keys(actionData.errors).length > 0) {
      document.getElementById(ERROR_SUMMARY_ID)?.focus()
    }
  }, [actionData])
  if (loaderData.page === 'answered') return <AnsweredPage justSubmitted={loaderData.justSubmitted} />

  const { scan, group, stepCount, view } = loaderData
  // After a refused step the form shows what was sent, with the messages beside it.
  const current = actionData && actionData.step === step ? actionData : null
  const errors = current?.errors ?? {}
  const values = current && Object.keys(current.values).length > 0 ? current.values : loaderData.values
  const isFirst = view.kind === 'intro'
  const isReview = view.kind === 'review'

  return (
    <AnswerPage>
      <AnswerProgress step={step} total={stepCount} />
      <Form method="post" className="space-y-8" noValidate key={`${step}-${JSON.stringify(errors)}`}>
        {/* Enter in a field goes forward: the first submit button is the form's default. */}
        <button
          type="submit"
          name="intent"
          value={isReview ? 'submit' : 'next'}
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
        >
          {t(isReview ? 'quickscan.answer.submit' : 'quickscan.answer.next')}
        </button>
        <input type="hidden" name="stap" value={step} />
        <AnswerErrorSummary errors={errors} />

        {view.kind === 'intro' ? (
          <section className="space-y-4">
            <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold">
              {t('quickscan.answer.introHeading')}
            </h1>
            <p>{t('quickscan.answer.introAbout', { title: scan.title, municipality: scan.municipality })}</p>
            <p>{t('quickscan.answer.introTime', { closesOn: scan.closesOn })}</p>
            {view.resume ? (
              <p className="rounded-md border border-slate-300 bg-slate-50 p-4">
                {t('quickscan.answer.resumeIntro')}{' '}
                <a href={stepHref(view.resume)} className="font-semibold text-brand-700 underline">
                  {t('quickscan.answer.resume', { step: view.resume })}
                </a>
              </p>
            ) : null}
            <div className="space-y-2 rounded-md border-2 border-brand-700 bg-brand-50 p-4">
              <h2 className="text-lg font-semibold">{t('quickscan.answer.anonymityTitle')}</h2>
              <ul className="list-disc space-y-1 pl-5">
                <li>{t('quickscan.answer.kept')}</li>
                <li>{t('quickscan.answer.notKept')}</li>
                <li>{t('quickscan.answer.nobody')}</li>
                <li>{t('quickscan.answer.smallGroups')}</li>
                <li>{t('quickscan.answer.noNames')}</li>
              </ul>
            </div>
          </section>
        ) : null}

        {view.kind === 'background' ? (
          <section className="space-y-6">
            <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold">
              {t('quickscan.answer.backgroundHeading')}
            </h1>
            <p>
              {t('quickscan.answer.backgroundIntro', { group: t(`quickscan.answer.groupWord.${group}`) })}
            </p>
            {view.questions.map((question) => (
              <ChoiceQuestion
                key={question.field}
                field={question.field}
                legend={question.legend}
                hint={question.optional ? t('quickscan.answer.optional') : undefined}
                options={question.options}
                value={values[question.field]}
                error={errors[question.field]}
              />
            ))}
          </section>
        ) : null}

        {view.kind === 'dimension' ? (
          <section className="space-y-8">
            <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold">
              {view.dimension.name}
            </h1>
            <p>{t('quickscan.answer.dimensionIntro')}</p>
            {view.dimension.items.map((item) => {
              if (item.kind === 'OPEN') {
                const field = itemFields(item)[0] ?? ''
                return (
                  <OpenQuestion
                    key={item.id}
                    field={field}
                    label={item.text}
                    hint={t('quickscan.answer.openHint', { max: OPEN_ANSWER_MAX })}
                    value={values[field]}
                    error={errors[field]}
                  />
                )
              }
              if (item.kind === 'LADDER') {
                const [now = '', desired = ''] = itemFields(item)
                return (
                  <div key={item.id} className="space-y-4">
                    <p className="text-lg font-semibold leading-snug">{item.text}</p>
                    <ChoiceQuestion
                      field={now}
                      legend={t('quickscan.answer.ladderNow')}
                      options={ladderOptions(item.choices)}
                      value={values[now]}
                      error={errors[now]}
                    />
                    <ChoiceQuestion
                      field={desired}
                      legend={t('quickscan.answer.ladderDesired')}
                      options={ladderOptions(item.choices)}
                      value={values[desired]}
                      error={errors[desired]}
                    />
                  </div>
                )
              }
              const field = itemFields(item)[0] ?? ''
              return (
                <ChoiceQuestion
                  key={item.id}
                  field={field}
                  legend={item.text}
                  options={likertOptions()}
                  value={values[field]}
                  error={errors[field]}
                />
              )
            })}
          </section>
        ) : null}

        {view.kind === 'review' ? (
          <section className="space-y-6">
            <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold">
              {t('quickscan.answer.reviewHeading')}
            </h1>
            <p>{t('quickscan.answer.reviewIntro')}</p>
            {view.missing.length > 0 ? (
              <div className="rounded-md border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
                <h2 className="font-semibold">{t('quickscan.answer.missingTitle')}</h2>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {view.missing.map((entry) => (
                    <li key={entry.step}>
                      <a href={stepHref(entry.step)} className="underline">
                        {entry.count === 1
                          ? t('quickscan.answer.missingStepOne', { name: entry.name })
                          : t('quickscan.answer.missingStep', { name: entry.name, count: entry.count })}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <ReviewBlock
              title={t('quickscan.answer.backgroundHeading')}
              step={2}
              rows={view.background.map((row) => ({ key: row.question, ...row }))}
            />
            {view.dimensions.map((dimension) => (
              <ReviewBlock
                key={dimension.step}
                title={dimension.name}
                step={dimension.step}
                rows={dimension.answers.map((row) => ({ key: row.id, ...row }))}
              />
            ))}
          </section>
        ) : null}

        <p className="text-sm text-slate-700">
          {isFirst || isReview ? null : t('quickscan.answer.savedNote')}
        </p>
        <div className="flex flex-wrap justify-between gap-3">
          {isFirst ? (
            <span />
          ) : (
            <button type="submit" name="intent" value="back" className={secondaryButton}>
              {t('quickscan.answer.previous')}
            </button>
          )}
          <button type="submit" name="intent" value={isReview ? 'submit' : 'next'} className={primaryButton}>
            {t(
              isFirst
                ? 'quickscan.answer.start'
                : isReview
                  ? 'quickscan.answer.submit'
                  : 'quickscan.answer.next',
            )}
          </button>
        </div>
      </Form>
    </AnswerPage>
  )
}

// Returns the address of a step relative to the current page (the token stays in the path).
const stepHref = (step: number) => `?stap=${step}`

// One part of the review: the questions of a step with the answers given, and a link back.
function ReviewBlock({
  title,
  step,
  rows,
}: {
  title: string
  step: number
  rows: { key: string; question: string; answer: string | null }[]
}) {
  return (
    <section className="space-y-2 rounded-md border border-slate-300 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{title}</h2>
        <a
          href={stepHref(step)}
          className="underline"
          aria-label={t('quickscan.answer.changeStep', { name: title })}
        >
          {t('quickscan.answer.change')}
        </a>
      </div>
      <dl className="space-y-2">
        {rows.map((row) => (
          <div key={row.key}>
            <dt className="text-slate-700">{row.question}</dt>
            <dd className={`whitespace-pre-line font-medium ${row.answer === null ? 'text-red-700' : ''}`}>
              {row.answer ?? t('quickscan.answer.noAnswer')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

// The neutral pages: a link that does not work (404) and too many attempts (429). They name
// no scan and no reason.
export function ErrorBoundary() {
  const error = useRouteError()
  const status = isRouteErrorResponse(error) ? error.status : 500
  const tooMany = status === 429
  const known = status === 404 || tooMany
  return (
    <AnswerPage>
      <h1 className="text-2xl font-bold">
        {tooMany
          ? t('quickscan.answer.tooManyTitle')
          : known
            ? t('quickscan.answer.unavailableTitle')
            : t('error.500.title')}
      </h1>
      <p className="text-lg">
        {tooMany
          ? t('quickscan.answer.tooManyBody')
          : known
            ? t('quickscan.answer.unavailableBody')
            : t('error.500')}
      </p>
    </AnswerPage>
  )
}
