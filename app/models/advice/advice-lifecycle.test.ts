import { describe, expect, it } from 'vitest'
import { translateRef } from '~/utils/i18n/index.ts'
import {
  addWeeks,
  canMove,
  checkMove,
  checkStep,
  closesEarly,
  defaultDeadline,
  initialStatus,
  isDeadlineOverdue,
  lifecycleOf,
  nextStatus,
  type StepInput,
} from './advice-lifecycle.ts'
import { ADVICE_STATUSES } from './advice-types.ts'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

// Returns the Dutch messages of a step, per field.
function messages(input: Partial<StepInput> & Pick<StepInput, 'to'>) {
  const refusals = checkStep({
    advice: { status: 'IN_PREPARATION', requestReceivedOn: null, adoptedOn: null, sentOn: null },
    today: day('2026-06-01'),
    responseWeeks: 8,
    ...input,
  })
  return refusals.map((refusal) => [refusal.field, translateRef(refusal.message)])
}

describe('the lifecycle of an advice', () => {
  it('starts a requested advice at the request, every other one in preparation', () => {
    expect(initialStatus('REQUESTED')).toBe('RECEIVED')
    expect(initialStatus('UNREQUESTED')).toBe('IN_PREPARATION')
    expect(initialStatus('SIGNAL_LETTER')).toBe('IN_PREPARATION')
    expect(lifecycleOf('LETTER')).not.toContain('RECEIVED')
    expect(lifecycleOf('REQUESTED')).toEqual(ADVICE_STATUSES)
  })

  it('names the next step of every status, and none after closing', () => {
    expect(ADVICE_STATUSES.map(nextStatus)).toEqual([
      'IN_PREPARATION',
      'ADOPTED',
      'SENT',
      'RESPONDED',
      'CLOSED',
      null,
    ])
  })

  it('moves forward one step at a time', () => {
    expect(canMove('RECEIVED', 'IN_PREPARATION')).toBe(true)
    expect(canMove('IN_PREPARATION', 'ADOPTED')).toBe(true)
    expect(canMove('ADOPTED', 'SENT')).toBe(true)
    expect(canMove('SENT', 'RESPONDED')).toBe(true)
    expect(canMove('RESPONDED', 'CLOSED')).toBe(true)
  })

  it('refuses a skipped step or a step back, naming the allowed next one', () => {
    expect(checkMove('IN_PREPARATION', 'SENT')).toEqual({ ok: false, reason: 'skip', next: 'ADOPTED' })
    expect(checkMove('ADOPTED', 'RESPONDED')).toEqual({ ok: false, reason: 'skip', next: 'SENT' })
    expect(checkMove('SENT', 'ADOPTED')).toEqual({ ok: false, reason: 'backward', next: 'RESPONDED' })
    expect(checkMove('SENT', 'SENT')).toEqual({ ok: false, reason: 'same', next: 'RESPONDED' })
    expect(checkMove('CLOSED', 'RESPONDED')).toEqual({ ok: false, reason: 'closed', next: null })
  })

  it('closes an advice that was never sent early, with a note; a sent one waits for its response', () => {
    for (const status of ['RECEIVED', 'IN_PREPARATION', 'ADOPTED'] as const) {
      expect(canMove(status, 'CLOSED'), status).toBe(true)
      expect(closesEarly(status)).toBe(true)
    }
    expect(checkMove('SENT', 'CLOSED')).toEqual({ ok: false, reason: 'skip', next: 'RESPONDED' })
    expect(closesEarly('RESPONDED')).toBe(false)
    expect(messages({ to: 'CLOSED' })).toEqual([
      ['note', 'Leg uit waarom het advies wordt afgesloten zonder dat het is verzonden.'],
    ])
    expect(messages({ to: 'CLOSED', note: 'Aanvraag ingetrokken' })).toEqual([])
  })
})

describe('the dates of the steps', () => {
  it('refuses "sent" before the advice was adopted, with the step to take instead', () => {
    expect(messages({ to: 'SENT', on: day('2026-05-01') })).toEqual([
      [
        'form',
        'Een advies gaat stap voor stap: "Verzonden" kan nog niet. De volgende stap is "Vastgesteld".',
      ],
    ])
    expect(
      messages({
        to: 'SENT',
        on: day('2026-04-30'),
        advice: { status: 'ADOPTED', requestReceivedOn: null, adoptedOn: day('2026-05-01'), sentOn: null },
      }),
    ).toEqual([['sentOn', 'Het advies kan niet zijn verzonden vóór het is vastgesteld (1 mei 2026).']])
  })

  it('refuses a response dated before sending, and a response before the advice was sent', () => {
    const sent = {
      status: 'SENT' as const,
      requestReceivedOn: null,
      adoptedOn: day('2026-03-01'),
      sentOn: day('2026-03-02'),
    }
    expect(messages({ to: 'RESPONDED', on: day('2026-03-01'), outcome: 'ADOPTED', advice: sent })).toEqual([
      ['responseOn', 'De reactie kan niet van vóór de verzending (2 maart 2026) zijn.'],
    ])
    expect(
      messages({
        to: 'RESPONDED',
        on: day('2026-05-01'),
        outcome: 'ADOPTED',
        advice: { ...sent, status: 'ADOPTED' },
      }),
    ).toEqual([
      [
        'form',
        'Een advies gaat stap voor stap: "Reactie ontvangen" kan nog niet. De volgende stap is "Verzonden".',
      ],
    ])
  })

  it('needs an outcome with the date of a response, and a date with an outcome', () => {
    const sent = {
      status: 'SENT' as const,
      requestReceivedOn: null,
      adoptedOn: day('2026-03-01'),
      sentOn: day('2026-03-02'),
    }
    expect(messages({ to: 'RESPONDED', outcome: 'ADOPTED', advice: sent })).toEqual([
      ['responseOn', 'Vul de datum van de reactie in; zonder datum kan de uitkomst niet worden vastgelegd.'],
    ])
    expect(messages({ to: 'RESPONDED', on: day('2026-04-01'), advice: sent })).toEqual([
      ['responseOutcome', 'Kies de uitkomst van de reactie.'],
    ])
    expect(
      messages({
        to: 'RESPONDED',
        on: day('2026-04-01'),
        outcome: 'PARTLY_ADOPTED',
        reasoning: 'Deels',
        advice: sent,
      }),
    ).toEqual([])
  })

  it('records "no response" only after the waiting weeks, and without a reasoning', () => {
    const sent = {
      status: 'SENT' as const,
      requestReceivedOn: null,
      adoptedOn: day('2026-03-01'),
      sentOn: day('2026-03-02'),
    }
    expect(
      messages({ to: 'RESPONDED', on: day('2026-04-27'), outcome: 'NO_RESPONSE', advice: sent }),
    ).toEqual([])
    expect(
      messages({ to: 'RESPONDED', on: day('2026-04-26'), outcome: 'NO_RESPONSE', advice: sent }),
    ).toEqual([
      [
        'responseOutcome',
        '"Geen reactie ontvangen" kan pas 8 weken na verzending worden vastgelegd, vanaf 27 april 2026.',
      ],
    ])
    expect(
      messages({
        to: 'RESPONDED',
        on: day('2026-05-01'),
        outcome: 'NO_RESPONSE',
        reasoning: 'Geen tijd',
        advice: sent,
      }),
    ).toEqual([
      [
        'responseReasoning',
        'Bij "Geen reactie ontvangen" hoort geen toelichting van het college. Maak de toelichting leeg of kies een andere uitkomst.',
      ],
    ])
  })

  it('refuses a step dated in the future or without a date', () => {
    expect(messages({ to: 'ADOPTED', on: day('2026-06-02') })).toEqual([
      ['adoptedOn', 'Deze datum ligt in de toekomst.'],
    ])
    expect(messages({ to: 'ADOPTED' })).toEqual([['adoptedOn', 'Vul dit veld in.']])
  })
})

describe('the deadline of a requested advice', () => {
  it('is the request date plus the term in weeks', () => {
    expect(defaultDeadline(day('2026-03-02'), 6)).toEqual(day('2026-04-13'))
    expect(addWeeks(day('2026-03-26'), 1)).toEqual(day('2026-04-02'))
  })

  it('is overdue only after its day, and only while the advice is not sent', () => {
    const today = day('2026-04-14')
    expect(isDeadlineOverdue({ status: 'IN_PREPARATION', deadline: day('2026-04-13') }, today)).toBe(true)
    expect(isDeadlineOverdue({ status: 'ADOPTED', deadline: day('2026-04-14') }, today)).toBe(false)
    expect(isDeadlineOverdue({ status: 'SENT', deadline: day('2026-04-01') }, today)).toBe(false)
    expect(isDeadlineOverdue({ status: 'IN_PREPARATION', deadline: null }, today)).toBe(false)
  })
})
