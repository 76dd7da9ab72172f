import { describe, expect, it } from 'vitest'
import { parseDateOnly } from '~/utils/dates.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import { existingMoment, formatMeetingWhen, meetingTimeInputs, readMeetingTimes } from './meeting-times.ts'

const now = new Date('2026-05-01T10:00:00Z')
const day = (text: string) => parseDateOnly(text) ?? new Date(Number.NaN)

// Returns the Dutch messages per field of a refused set of times.
function messages(raw: { date: string; startTime: string; endTime: string }) {
  const result = readMeetingTimes(raw, now)
  return result.ok
    ? {}
    : Object.fromEntries(result.issues.map((issue) => [issue.field, translateRef(issue.message)]))
}

describe('the times of a meeting', () => {
  it('stores Dutch wall-clock times as UTC, in winter and in summer time', () => {
    expect(readMeetingTimes({ date: '2026-03-19', startTime: '19:30', endTime: '21:30' }, now)).toEqual({
      ok: true,
      startsAt: new Date('2026-03-19T18:30:00Z'),
      endsAt: new Date('2026-03-19T20:30:00Z'),
    })
    expect(readMeetingTimes({ date: '2026-05-21', startTime: '9:30', endTime: '12:00' }, now)).toEqual({
      ok: true,
      startsAt: new Date('2026-05-21T07:30:00Z'),
      endsAt: new Date('2026-05-21T10:00:00Z'),
    })
  })

  it('keeps the hours right on the days the clocks change', () => {
    const spring = readMeetingTimes({ date: '2026-03-29', startTime: '01:30', endTime: '03:30' }, now)
    // 01:30 winter time to 03:30 summer time is one hour.
    expect(spring).toEqual({
      ok: true,
      startsAt: new Date('2026-03-29T00:30:00Z'),
      endsAt: new Date('2026-03-29T01:30:00Z'),
    })
  })

  it('refuses a time that the clock skips when summer time starts', () => {
    expect(existingMoment(day('2026-03-29'), '02:30')).toBeNull()
    expect(existingMoment(day('2026-03-30'), '02:30')).toEqual(new Date('2026-03-30T00:30:00Z'))
    expect(messages({ date: '2026-03-29', startTime: '02:30', endTime: '04:00' })).toEqual({
      startTime:
        'Op 29 maart 2026 bestaat 02:30 niet: de klok gaat die nacht van 02:00 naar 03:00. Kies een andere tijd.',
    })
  })

  it('refuses an impossible day, a missing day and an end that is not after the start', () => {
    expect(messages({ date: '2026-02-30', startTime: '19:30', endTime: '21:30' })).toEqual({
      date: 'Vul een geldige datum in.',
    })
    expect(messages({ date: '', startTime: '', endTime: '' })).toEqual({
      date: 'Vul dit veld in.',
      startTime: 'Vul dit veld in.',
      endTime: 'Vul dit veld in.',
    })
    expect(messages({ date: '2026-06-11', startTime: '21:30', endTime: '19:30' })).toEqual({
      endTime: 'De eindtijd moet na de begintijd liggen.',
    })
    expect(messages({ date: '2026-06-11', startTime: '19:30', endTime: '19:30' })).toEqual({
      endTime: 'De eindtijd moet na de begintijd liggen.',
    })
    expect(messages({ date: '2026-06-11', startTime: '25:00', endTime: '19:30' })).toEqual({
      startTime: 'Vul een tijd in als 19:30.',
    })
  })

  it('accepts days from 1990 up to five years ahead', () => {
    expect(messages({ date: '1989-12-31', startTime: '10:00', endTime: '11:00' }).date).toBeDefined()
    expect(messages({ date: '2031-05-01', startTime: '10:00', endTime: '11:00' })).toEqual({})
    expect(messages({ date: '2031-05-02', startTime: '10:00', endTime: '11:00' })).toEqual({
      date: 'Plan een bijeenkomst hoogstens 5 jaar vooruit.',
    })
  })

  it('says when a meeting is in Dutch, and gives the form its day and times back', () => {
    const meeting = { startsAt: new Date('2026-03-19T18:30:00Z'), endsAt: new Date('2026-03-19T20:30:00Z') }
    expect(formatMeetingWhen(meeting.startsAt, meeting.endsAt)).toBe('donderdag 19 maart 2026, 19:30–21:30')
    expect(meetingTimeInputs(meeting)).toEqual({ date: '2026-03-19', startTime: '19:30', endTime: '21:30' })
  })
})
