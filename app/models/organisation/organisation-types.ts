// The fixed lists of the network registry (../shared/data/domain.json). Labels live in the
// message catalog under organisationType.*, participationModel.*, relationType.*.

export const COUNCIL_TYPES = [
  'CLIENT_COUNCIL_WI',
  'WMO_COUNCIL',
  'SOCIAL_DOMAIN_COUNCIL',
  'YOUTH_COUNCIL',
  'WSW_COUNCIL',
  'CLIENT_PANEL',
  'UWV_COUNCIL',
] as const

export const OTHER_ORGANISATION_TYPES = [
  'SUPPORT_POINT',
  'SUPPORT_ORG',
  'PARTNER',
  'SITE',
  'MUNICIPALITY_OFFICE',
  'NATIONAL_BODY',
] as const

export const ORGANISATION_TYPES = [...COUNCIL_TYPES, ...OTHER_ORGANISATION_TYPES] as const

export type CouncilType = (typeof COUNCIL_TYPES)[number]
export type OrganisationType = (typeof ORGANISATION_TYPES)[number]

// The legal basis a council of each type usually has; the form proposes it.
export const DEFAULT_LEGAL_BASIS: Record<CouncilType, string[]> = {
  CLIENT_COUNCIL_WI: ['Participatiewet art. 47', 'IOAW art. 42', 'IOAZ art. 42'],
  WMO_COUNCIL: ['Wmo 2015 art. 2.1.3 lid 3'],
  SOCIAL_DOMAIN_COUNCIL: ['Participatiewet art. 47', 'Wmo 2015 art. 2.1.3 lid 3', 'Jeugdwet art. 2.10'],
  YOUTH_COUNCIL: ['Jeugdwet art. 2.10'],
  WSW_COUNCIL: ['Wsw art. 2 lid 3'],
  CLIENT_PANEL: ['Participatiewet art. 47'],
  UWV_COUNCIL: ['Wet SUWI art. 7', 'Regeling cliëntenparticipatie UWV'],
}

// Kinds of werkbezoek site (type SITE).
export const SITE_KINDS = [
  're-integratiebureau',
  'SW-bedrijf',
  'werkplein',
  'leer/werkproject',
  'banenmarkt',
  'uitzendbureau',
  'jongerencentrum',
  'hulpverleningsorganisatie',
  'vluchtelingenwerk',
] as const

export const PARTICIPATION_MODELS = [
  'SEPARATE_COUNCILS',
  'BROAD_COUNCIL',
  'BROAD_COUNCIL_WI_GROUP',
  'PANEL_OR_OTHER',
] as const
export type ParticipationModel = (typeof PARTICIPATION_MODELS)[number]

// Typed links between organisations, read "from <type> to". WORKS_WITH reads the same both
// ways. Succession is the organisation's own predecessor field, shown among the relations.
export const RELATION_TYPES = ['WORKS_WITH', 'FEEDS_SIGNALS_TO', 'PART_OF', 'SUPPORTED_BY'] as const
export type RelationType = (typeof RELATION_TYPES)[number]

export const MEMBERSHIP_ROLES = [
  'voorzitter',
  'vicevoorzitter',
  'secretaris',
  'penningmeester',
  'lid',
  'aspirant-lid',
  'notulist',
  'ambtelijk secretaris',
  'adviseur',
  'contactambtenaar',
  'wethouder / portefeuillehouder',
] as const
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number]

// Roles held by municipal staff rather than council members.
export const MUNICIPAL_ROLES: readonly MembershipRole[] = [
  'ambtelijk secretaris',
  'contactambtenaar',
  'wethouder / portefeuillehouder',
]

export const THEME_DOMAINS = ['WI', 'WMO', 'JEUGD', 'BREED'] as const
export type ThemeDomain = (typeof THEME_DOMAINS)[number]

// Returns true when `type` is one of the council types.
export function isCouncilType(type: string): type is CouncilType {
  return (COUNCIL_TYPES as readonly string[]).includes(type)
}
