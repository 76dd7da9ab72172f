import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { QuickScanAnonymity } from '~/components/quickscan-anonymity.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { Detail, Section } from '~/components/ui/detail-page.tsx'
import { ErrorSummary } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { calendarDay } from '~/models/person/membership-term.ts'
import { RESPONDENT_GROUPS } from '~/models/quickscan/quickscan-constants.ts'
import { ScanTransitionSchema } from '~/models/quickscan/scan.schema.ts'
import { canRescan, changeScanStatus, getScan, scanExists } from '~/models/quickscan/scan.server.ts'
import {
  canInvite,
  isAnswerable,
  scanStatusLabel,
  scanStatusTone,
  transitionRefusal,
  transitionsFrom,
} from '~/models/quickscan/scan-status.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly, formatDateTime } from '~/utils/dates.ts'
import { type FieldErrors, parseForm } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, error }) => [
  {
    title: `${
      loaderData
        ? loaderData.scan.title
        : isRouteErrorResponse(error) && error.status === 404
          ? t('error.404.title')
          : t('quickscan.listTitle')
    } · ${t('app.name')}`,
  },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const scan = await getScan(requireParam(params, 'scanId'))
  invariantResponse(scan, 404)
  const today = calendarDay()
  const invitationCount = scan._count.invitations
  return {
    scan: {
      id: scan.id,
      title: scan.title,
      status: scan.status,
      municipality: scan.municipality,
      councils: scan.councils,
      questionnaire: t('quickscan.questionnaireVersion', {
        name: scan.questionnaire.name,
        version: scan.questionnaire.versionNumber,
      }),
      period: t('quickscan.period', {
        from: formatDateOnly(scan.opensOn),
        to: formatDateOnly(scan.closesOn),
      }),
      opensOn: formatDateOnly(scan.opensOn),
      closesOn: formatDateOnly(scan.closesOn),
      minGroupSize: scan.minGroupSize,
      supporter: scan.supporter?.name ?? null,
      notes: scan.notes,
      baseline: scan.baseline,
      rescans: scan.rescans,
      createdBy: scan.createdBy.name,
      createdAt: formatDateTime(scan.createdAt),
      invitations: scan.invitations,
      responses: scan.responses,
    },
    answerable: isAnswerable(scan, today),
    transitions: transitionsFrom(scan.status).map((transition) => ({
      transition,
      refusal: transitionRefusal(transition, { ...scan, invitationCount }, today),
    })),
    canManage: hasRole(user.role, 'opbouwwerker'),
    canInvite: canInvite(scan.status),
    canRescan: canRescan(scan.status),
  }
}

type Reply = { errors: FieldErrors }

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const scanId = requireParam(params, 'scanId')
  invariantResponse(await scanExists({ scanId }), 404)
  const formData = await request.formData()
  if (formData.get('intent') !== 'transition') throw new Response(null, { status: 400 })
  const form = parseForm(formData, ScanTransitionSchema)
  if (!form.success) return data<Reply>({ errors: form.errors }, { status: 400 })
  const result = await changeScanStatus({ scanId, transition: form.value.transition, actorId: user.id })
  if (!result.ok) {
    invariantResponse(result.reason !== 'notFound', 404)
    const errors: FieldErrors = {}
    for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return data<Reply>({ errors }, { status: 400 })
  }
  return redirectWithToast(request, `/quickscans/${scanId}`, {
    type: 'success',
    message: t('quickscan.transitioned', { status: scanStatusLabel(result.status) }),
  })
}

export default function QuickScanPage() {
  const { scan, answerable, transitions, canManage, canInvite, canRescan } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const base = `/quickscans/${scan.id}`
  return (
    <>
      <PageHeader
        title={scan.title}
        intro={`${scan.municipality.name} · ${scan.period}`}
        actions={
          <>
            <Link to="/quickscans" className={buttonClass('secondary')}>
              {t('quickscan.backToList')}
            </Link>
            {canManage ? (
              <Link to={`${base}/bewerken`} className={buttonClass('secondary')}>
                {t('quickscan.links.edit')}
              </Link>
            ) : null}
          </>
        }
      />
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <Section id="scan-status" title={t('quickscan.statusTitle')}>
            <p>
              <Badge tone={scanStatusTone(scan.status)}>{scanStatusLabel(scan.status)}</Badge>
            </p>
            <p>
              {answerable
                ? t('quickscan.answerableNow', { to: scan.closesOn })
                : t('quickscan.answerableLater', { from: scan.opensOn, to: scan.closesOn })}
            </p>
            <ErrorSummary errors={actionData?.errors} />
            {canManage && transitions.length > 0 ? (
              <ul className="space-y-3">
                {transitions.map(({ transition, refusal }) => (
                  <li key={transition}>
                    <Form method="post" className="flex flex-wrap items-center gap-3">
                      <input type="hidden" name="intent" value="transition" />
                      <input type="hidden" name="transition" value={transition} />
                      <Button
                        variant={transition === 'open' || transition === 'close' ? 'primary' : 'secondary'}
                        disabled={refusal !== null}
                        aria-describedby={`transition-${transition}-hint`}
                      >
                        {t(`quickscan.transition.${transition}`)}
                      </Button>
                      <span id={`transition-${transition}-hint`} className="text-sm text-slate-700">
                        {refusal ? t(refusal) : t(`quickscan.transitionHint.${transition}`)}
                      </span>
                    </Form>
                  </li>
                ))}
              </ul>
            ) : null}
          </Section>

          <Section
            id="scan-counts"
            title={t('quickscan.countsTitle')}
            actions={
              canManage && canInvite ? (
                <Link to={`${base}/uitnodigen`} className={buttonClass('primary')}>
                  {t('quickscan.links.invite')}
                </Link>
              ) : null
            }
          >
            <p className="text-sm text-slate-700">{t('quickscan.countsIntro')}</p>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">{t('quickscan.countsTitle')}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    <th scope="col" className="py-2 pr-4">
                      {t('quickscan.columnGroup')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('quickscan.columnInvitations')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('quickscan.columnResponseCount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {RESPONDENT_GROUPS.map((group) => (
                    <tr key={group} className="border-b border-slate-200">
                      <th scope="row" className="py-2 pr-4 font-medium">
                        {t(`quickscan.group.${group}`)}
                      </th>
                      <td className="py-2 pr-4">
                        {t('quickscan.invitedAnswered', {
                          invited: scan.invitations[group].invited,
                          answered: scan.invitations[group].answered,
                        })}
                      </td>
                      <td className="py-2 pr-4">
                        {t('quickscan.responseCount', { count: scan.responses[group] })}
                        {scan.responses[group] < scan.minGroupSize ? (
                          <span className="block text-sm text-slate-600">
                            {t('quickscan.belowMinimum', { min: scan.minGroupSize })}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>

          <Section id="scan-links" title={t('quickscan.linksTitle')}>
            <ul className="flex flex-wrap gap-3">
              <li>
                <Link to={`${base}/uitslag`} className={buttonClass('secondary')}>
                  {t('quickscan.links.results')}
                </Link>
              </li>
              <li>
                <Link to={`${base}/gesprek`} className={buttonClass('secondary')}>
                  {t('quickscan.links.conversation')}
                </Link>
              </li>
              <li>
                <Link to={`${base}/plan`} className={buttonClass('secondary')}>
                  {t('quickscan.links.plan')}
                </Link>
              </li>
              {scan.baseline ? (
                <li>
                  <Link to={`${base}/vergelijking`} className={buttonClass('secondary')}>
                    {t('quickscan.links.comparison')}
                  </Link>
                </li>
              ) : null}
              {canManage && canRescan ? (
                <li>
                  <Link to={`${base}/opnieuw`} className={buttonClass('secondary')}>
                    {t('quickscan.links.rescan')}
                  </Link>
                </li>
              ) : null}
            </ul>
          </Section>

          <QuickScanAnonymity minGroupSize={scan.minGroupSize} />
        </div>

        <Section id="scan-details" title={t('quickscan.details')}>
          <dl className="divide-y divide-slate-200">
            <Detail label={t('quickscan.form.municipality')}>
              <Link to={`/gemeenten/${scan.municipality.id}`} className="text-brand-700 underline">
                {scan.municipality.name}
              </Link>
            </Detail>
            <Detail label={t('quickscan.form.councils')}>
              <ul>
                {scan.councils.map((council) => (
                  <li key={council.id}>
                    <Link to={`/organisaties/${council.id}`} className="text-brand-700 underline">
                      {council.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </Detail>
            <Detail label={t('quickscan.form.questionnaire')}>{scan.questionnaire}</Detail>
            <Detail label={t('quickscan.columnPeriod')}>{scan.period}</Detail>
            <Detail label={t('quickscan.form.minGroupSize')}>{scan.minGroupSize}</Detail>
            <Detail label={t('quickscan.form.supporter')}>{scan.supporter}</Detail>
            {scan.baseline ? (
              <Detail label={t('quickscan.baseline')}>
                <Link to={`/quickscans/${scan.baseline.id}`} className="text-brand-700 underline">
                  {scan.baseline.title}
                </Link>
              </Detail>
            ) : null}
            {scan.rescans.length > 0 ? (
              <Detail label={t('quickscan.rescans')}>
                <ul>
                  {scan.rescans.map((rescan) => (
                    <li key={rescan.id}>
                      <Link to={`/quickscans/${rescan.id}`} className="text-brand-700 underline">
                        {rescan.title}
                      </Link>{' '}
                      ({scanStatusLabel(rescan.status)})
                    </li>
                  ))}
                </ul>
              </Detail>
            ) : null}
            <Detail label={t('quickscan.createdBy')}>
              {scan.createdBy}, {scan.createdAt}
            </Detail>
            {scan.notes ? (
              <Detail label={t('quickscan.form.notes')}>
                <span className="whitespace-pre-line">{scan.notes}</span>
              </Detail>
            ) : null}
          </dl>
        </Section>
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
