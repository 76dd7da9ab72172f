// The Dutch message catalog: every word a user sees. Keys are English and stable; an
// English catalog only has to satisfy `Messages` (app/utils/i18n/index.ts). One file per
// part of the app under nl/, so that work on different parts does not collide.
import { activities } from './nl/activities.ts'
import { advices } from './nl/advices.ts'
import { attendance } from './nl/attendance.ts'
import { calendar } from './nl/calendar.ts'
import { core } from './nl/core.ts'
import { dashboard } from './nl/dashboard.ts'
import { documents } from './nl/documents.ts'
import { domain } from './nl/domain.ts'
import { csvExports } from './nl/exports.ts'
import { csvImport } from './nl/import.ts'
import { meetings } from './nl/meetings.ts'
import { municipalities } from './nl/municipalities.ts'
import { network } from './nl/network.ts'
import { organisations } from './nl/organisations.ts'
import { outbox } from './nl/outbox.ts'
import { themeOverlap } from './nl/overlap.ts'
import { people } from './nl/people.ts'
import { questionnaires } from './nl/questionnaires.ts'
import { quickScanPlan } from './nl/quickscan-plan.ts'
import { quickScanResults } from './nl/quickscan-results.ts'
import { quickScans } from './nl/quickscans.ts'
import { reports } from './nl/reports.ts'
import { search } from './nl/search.ts'
import { meetingSeries } from './nl/series.ts'
import { settings } from './nl/settings.ts'
import { signals } from './nl/signals.ts'
import { themes } from './nl/themes.ts'
import { timeline } from './nl/timeline.ts'

export const catalogParts = {
  core,
  domain,
  organisations,
  people,
  themes,
  municipalities,
  activities,
  signals,
  timeline,
  advices,
  dashboard,
  csvExports,
  csvImport,
  reports,
  meetings,
  meetingSeries,
  attendance,
  outbox,
  calendar,
  settings,
  search,
  documents,
  themeOverlap,
  network,
  quickScans,
  questionnaires,
  quickScanResults,
  quickScanPlan,
}

export const nl = {
  ...core,
  ...domain,
  ...organisations,
  ...people,
  ...themes,
  ...municipalities,
  ...activities,
  ...signals,
  ...timeline,
  ...advices,
  ...dashboard,
  ...csvExports,
  ...csvImport,
  ...reports,
  ...meetings,
  ...meetingSeries,
  ...attendance,
  ...outbox,
  ...calendar,
  ...settings,
  ...search,
  ...documents,
  ...themeOverlap,
  ...network,
  ...quickScans,
  ...questionnaires,
  ...quickScanResults,
  ...quickScanPlan,
} as const
