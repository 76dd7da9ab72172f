import type { LoaderFunctionArgs } from '@remix-run/node'
import { OrganisationListQuerySchema } from '~/models/organisation/organisation.schema.ts'
import { getOrganisations, listOrganisations } from '~/models/organisation/organisation.server.ts'
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { allPages, type CsvRow, csvDay, csvFilename, csvResponse } from '~/utils/csv.ts'
import { t } from '~/utils/i18n/index.ts'
import { formatPhone } from '~/utils/validation.ts'

// The organisations the list shows for the filters in the URL (every page) as CSV. Notes
// stay out: they are working notes, not contact data.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const query = OrganisationListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const rows = await allPages(async (pagina) => {
    const list = await listOrganisations({ ...query, pagina })
    // The list holds what the page shows; the organisations themselves add contact data and themes.
    const organisations = await getOrganisations({ organisationIds: list.organisations.map(({ id }) => id) })
    const items = organisations.flatMap((organisation): CsvRow[] =>
      organisation
        ? [
            [
              organisation.name,
              organisationTypeLabel(organisation.type),
              organisation.municipalities.map((municipality) => municipality.name).join(', '),
              organisation.active,
              csvDay(organisation.activeFrom),
              csvDay(organisation.activeTo),
              organisation.address,
              organisation.postcode,
              organisation.city,
              organisation.email,
              organisation.phone ? formatPhone(organisation.phone) : null,
              organisation.website,
              organisation.responsibleUser?.name,
              organisation.themes.map((theme) => theme.name).join(', '),
            ],
          ]
        : [],
    )
    return { items, pageCount: list.pageCount }
  })
  return csvResponse({
    filename: csvFilename(t('export.organisation.filename')),
    header: [
      t('export.organisation.name'),
      t('export.organisation.type'),
      t('export.organisation.municipalities'),
      t('export.organisation.active'),
      t('export.organisation.activeFrom'),
      t('export.organisation.activeTo'),
      t('export.organisation.address'),
      t('export.organisation.postcode'),
      t('export.organisation.city'),
      t('export.organisation.email'),
      t('export.organisation.phone'),
      t('export.organisation.website'),
      t('export.organisation.worker'),
      t('export.organisation.themes'),
    ],
    rows,
  })
}
