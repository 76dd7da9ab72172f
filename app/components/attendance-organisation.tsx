import { Link } from '@remix-run/react'
import { Badge } from '~/components/ui/badge.tsx'
import { Section } from '~/components/ui/detail-page.tsx'
import { formatDateTime } from '~/utils/dates.ts'
import { isMessageKey, t } from '~/utils/i18n/index.ts'

type YearFigures = { year: number; meetings: number; attended: number }

export type OrganisationMeetingItem = {
  meetingId: string
  title: string
  kind: string
  startsAt: Date | string
  status: string
  present: number
}

// Returns the catalog text of `prefix.value`, or the value itself when there is none.
const label = (prefix: string, value: string) => {
  const key = `${prefix}.${value}`
  return isMessageKey(key) ? t(key) : value
}

function MeetingItems({ items }: { items: OrganisationMeetingItem[] }) {
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={item.meetingId}>
          <Link to={`/bijeenkomsten/${item.meetingId}`} className="font-medium text-brand-700 underline">
            {item.title}
          </Link>
          <span className="block text-sm text-slate-700">
            {formatDateTime(item.startsAt)} · {label('meetingKind', item.kind)}
          </span>
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={item.status === 'PRESENT' ? 'success' : 'neutral'}>
              {label('attendanceStatus', item.status)}
            </Badge>
            {item.present > 0 ? t('attendance.org.peoplePresent', { count: item.present }) : null}
          </span>
        </li>
      ))}
    </ul>
  )
}

// "Bijeenkomsten" on an organisation's page: meetings attended this and last year, the
// latest meetings with how the organisation took part, and the ones to come.
export function OrganisationAttendanceSection({
  thisYear,
  lastYear,
  recent,
  upcoming,
}: {
  thisYear: YearFigures
  lastYear: YearFigures
  recent: OrganisationMeetingItem[]
  upcoming: OrganisationMeetingItem[]
}) {
  const nothing = recent.length === 0 && upcoming.length === 0
  return (
    <Section id="meetings" title={t('attendance.org.title')}>
      {nothing ? (
        <p className="text-slate-700">{t('attendance.org.none')}</p>
      ) : (
        <>
          <dl className="space-y-1">
            {[thisYear, lastYear].map((figures) => (
              <div key={figures.year} className="flex flex-wrap gap-x-2">
                <dt className="font-medium">{t('attendance.org.year', { year: figures.year })}</dt>
                <dd>
                  {t('attendance.org.attended', { attended: figures.attended, meetings: figures.meetings })}
                </dd>
              </div>
            ))}
          </dl>
          {recent.length > 0 ? (
            <>
              <h3 className="font-semibold">{t('attendance.org.recent')}</h3>
              <MeetingItems items={recent} />
            </>
          ) : null}
          {upcoming.length > 0 ? (
            <>
              <h3 className="font-semibold">{t('attendance.org.upcoming')}</h3>
              <MeetingItems items={upcoming} />
            </>
          ) : null}
        </>
      )}
    </Section>
  )
}
