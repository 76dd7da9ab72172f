import type { LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { MEMBERSHIP_ROLES } from '~/models/organisation/organisation-types.ts'
import { listOrganisationChoices } from '~/models/person/membership.server.ts'
import { compareNames, membershipRoleLabel } from '~/models/person/membership-roles.ts'
import { getPerson, listPeople } from '~/models/person/person.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { allPages, type CsvRow, csvDay, csvFilename, csvResponse } from '~/utils/csv.ts'
import { t } from '~/utils/i18n/index.ts'

// The people list's filters in the URL, as personen._index.tsx reads them.
const PeopleSearchSchema = z.object({
  q: z
    .string()
    .catch('')
    .transform((q) => q.trim().slice(0, 100)),
  organisatie: z.string().trim().max(64).catch(''),
  rol: z.enum(MEMBERSHIP_ROLES).optional().catch(undefined),
})

// Returns the order of one person's memberships: by start (unknown first), then organisation.
function byStart(
  a: { startDate: Date | null; organisation: { name: string } },
  b: { startDate: Date | null; organisation: { name: string } },
) {
  return (
    (a.startDate?.getTime() ?? 0) - (b.startDate?.getTime() ?? 0) ||
    compareNames(a.organisation.name, b.organisation.name)
  )
}

// Every membership, current and past, of the people the list shows for the filters in the
// URL (every page) as CSV: one line per membership. The filters choose the people, so a
// person found through a current membership also shows their earlier ones. Sensitive
// flags (ervaringsdeskundige, cliënt) and their consent stay out.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const search = PeopleSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  // As on the list: an organisation the filter does not offer filters nothing.
  const organisations = await listOrganisationChoices()
  const organisationId = organisations.some((organisation) => organisation.id === search.organisatie)
    ? search.organisatie
    : null
  const rows = await allPages(async (page) => {
    const list = await listPeople({ q: search.q, organisationId, role: search.rol ?? null, page })
    const people = await Promise.all(list.people.map(({ id }) => getPerson({ personId: id })))
    const items = people.flatMap((person): CsvRow[] =>
      person
        ? [...person.memberships]
            .sort(byStart)
            .map((membership) => [
              person.name,
              membership.organisation.name,
              membershipRoleLabel(membership.role),
              csvDay(membership.startDate),
              csvDay(membership.endDate),
            ])
        : [],
    )
    return { items, pageCount: list.pageCount }
  })
  return csvResponse({
    filename: csvFilename(t('export.membership.filename')),
    header: [
      t('export.membership.person'),
      t('export.membership.organisation'),
      t('export.membership.role'),
      t('export.membership.start'),
      t('export.membership.end'),
    ],
    rows,
  })
}
