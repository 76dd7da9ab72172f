import { formatPhone } from '~/utils/validation.ts'

type Editable = {
  name: string
  type: string
  siteKind: string | null
  activeFrom: Date | null
  activeTo: Date | null
  predecessorId: string | null
  address: string | null
  postcode: string | null
  city: string | null
  email: string | null
  phone: string | null
  website: string | null
  responsibleUserId: string | null
  legalBasis: string | null
  workingGroups: string | null
  notes: string | null
  municipalities: { id: string }[]
  themes: { id: string }[]
}

// Returns a stored date-only value as the yyyy-mm-dd a date input shows.
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '')

// Returns an organisation as the edit form shows it: text values and the checked lists.
export function organisationFormValues(organisation: Editable) {
  return {
    values: {
      name: organisation.name,
      type: organisation.type,
      siteKind: organisation.siteKind ?? '',
      activeFrom: day(organisation.activeFrom),
      activeTo: day(organisation.activeTo),
      predecessorId: organisation.predecessorId ?? '',
      address: organisation.address ?? '',
      postcode: organisation.postcode ?? '',
      city: organisation.city ?? '',
      email: organisation.email ?? '',
      phone: organisation.phone ? formatPhone(organisation.phone) : '',
      website: organisation.website ?? '',
      responsibleUserId: organisation.responsibleUserId ?? '',
      legalBasis: organisation.legalBasis ?? '',
      workingGroups: organisation.workingGroups ?? '',
      notes: organisation.notes ?? '',
    },
    lists: {
      municipalityIds: organisation.municipalities.map((municipality) => municipality.id),
      themeIds: organisation.themes.map((theme) => theme.id),
    },
  }
}
