import type { LoaderFunctionArgs } from '@remix-run/node'
import { AdviceListQuerySchema } from '~/models/advice/advice.schema.ts'
import { getAdvice, listAdvices } from '~/models/advice/advice.server.ts'
import {
  addresseeText,
  adviceStatusLabel,
  adviceTypeLabel,
  responseOutcomeLabel,
} from '~/models/advice/advice-options.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { allPages, type CsvRow, csvDay, csvFilename, csvResponse } from '~/utils/csv.ts'
import { t } from '~/utils/i18n/index.ts'

// The advices the overview shows for the filters in the URL (every page, newest first) as
// CSV. The texts themselves (summary, body, the college's reasoning) stay out.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const query = AdviceListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const rows = await allPages(async (pagina) => {
    const list = await listAdvices({ ...query, pagina })
    // The overview holds what its rows show; the advice itself adds the addressees.
    const advices = await Promise.all(list.advices.map(({ id }) => getAdvice({ adviceId: id })))
    const items = advices.flatMap((advice): CsvRow[] =>
      advice
        ? [
            [
              advice.title,
              adviceTypeLabel(advice.type),
              adviceStatusLabel(advice.status),
              advice.councils.map((council) => council.name).join(', '),
              advice.joint,
              advice.addressees.map(addresseeText).join(', '),
              csvDay(advice.sentOn),
              csvDay(advice.responseOn),
              advice.responseOutcome ? responseOutcomeLabel(advice.responseOutcome) : null,
            ],
          ]
        : [],
    )
    return { items, pageCount: list.pageCount }
  })
  return csvResponse({
    filename: csvFilename(t('export.advice.filename')),
    header: [
      t('export.advice.title'),
      t('export.advice.type'),
      t('export.advice.status'),
      t('export.advice.councils'),
      t('export.advice.joint'),
      t('export.advice.addressees'),
      t('export.advice.sentOn'),
      t('export.advice.responseOn'),
      t('export.advice.outcome'),
    ],
    rows,
  })
}
