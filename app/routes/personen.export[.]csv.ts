import type { LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { MEMBERSHIP_ROLES } from '~/models/organisation/organisation-types.ts'
import { listOrganisationChoices } from '~/models/person/membership.server.ts'
import { membershipRoleLabel } from '~/models/person/membership-roles.ts'
import { listPeople } from '~/models/person/person.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { allPages, csvFilename, csvResponse } from '~/utils/csv.ts'
import { t } from '~/utils/i18n/index.ts'
import { formatPhone } from '~/utils/validation.ts'

// The people list's filters in the URL, as personen._index.tsx reads them.
const PeopleSearchSchema = z.object({
  q: z
    .string()
    .catch('')
    .transform((q) => q.trim().slice(0, 100)),
  organisatie: z.string().trim().max(64).catch(''),
  rol: z.enum(MEMBERSHIP_ROLES).optional().catch(undefined),
})

// The people the list shows for the filters in the URL (every page) as CSV, with their
// current organisations and roles. Sensitive flags (ervaringsdeskundige, cliënt) and notes
// stay out.
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
    const items = list.people.map((person) => [
      person.name,
      person.email,
      person.phone ? formatPhone(person.phone) : null,
      person.memberships
        .map((membership) =>
          t('export.person.organisationWithRole', {
            organisation: membership.organisation.name,
            role: membershipRoleLabel(membership.role),
          }),
        )
        .join(', '),
    ])
    return { items, pageCount: list.pageCount }
  })
  return csvResponse({
    filename: csvFilename(t('export.person.filename')),
    header: [
      t('export.person.name'),
      t('export.person.email'),
      t('export.person.phone'),
      t('export.person.currentOrganisations'),
    ],
    rows,
  })
}
