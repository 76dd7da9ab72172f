import { t } from './i18n/index.ts'

// Returns a number of minutes as Dutch text: "1 uur en 30 minuten", "2 uur", "45 minuten".
export function formatDuration(totalMinutes: number) {
  const hours = Math.floor(totalMinutes / 60)
  const minutes = totalMinutes % 60
  if (hours === 0) return t('timeline.minutes', { minutes })
  if (minutes === 0) return t('timeline.hours', { hours })
  return t('timeline.hoursMinutes', { hours, minutes })
}
