import { describe, expect, it } from 'vitest'
import { INVITATION_LINES_MAX, readInvitationLines } from './invitation-lines.ts'

describe('people typed one per line', () => {
  it('reads "Naam <e-mail>", comma, semicolon and tab separated lines, and names alone', () => {
    const { people, errors } = readInvitationLines(
      [
        'Anna de Vries <Anna@Voorbeeld.NL>',
        '"Bram Bakker" <bram@gemeente.nl>',
        '',
        'Carla Smit, carla@gemeente.nl',
        'Dirk Jansen; dirk@gemeente.nl',
        'Eva Mulder\teva@gemeente.nl',
        '  Frans zonder mail  ',
      ].join('\r\n'),
    )
    expect(errors).toEqual([])
    expect(people).toEqual([
      { line: 1, name: 'Anna de Vries', email: 'anna@voorbeeld.nl' },
      { line: 2, name: 'Bram Bakker', email: 'bram@gemeente.nl' },
      { line: 4, name: 'Carla Smit', email: 'carla@gemeente.nl' },
      { line: 5, name: 'Dirk Jansen', email: 'dirk@gemeente.nl' },
      { line: 6, name: 'Eva Mulder', email: 'eva@gemeente.nl' },
      { line: 7, name: 'Frans zonder mail', email: null },
    ])
  })

  it('reports lines without a name or with a broken address, with their line number', () => {
    const { people, errors } = readInvitationLines(
      'anna@voorbeeld.nl\n<bram@gemeente.nl>\nCarla <carla@>\nDirk',
    )
    expect(people).toEqual([{ line: 4, name: 'Dirk', email: null }])
    expect(errors).toEqual([
      { line: 1, text: 'anna@voorbeeld.nl', message: 'quickscan.invite.lineNeedsName' },
      { line: 2, text: '<bram@gemeente.nl>', message: 'quickscan.invite.lineNeedsName' },
      { line: 3, text: 'Carla <carla@>', message: 'quickscan.invite.lineBadEmail' },
    ])
  })

  it('stops after the most lines one round may have', () => {
    const text = Array.from({ length: INVITATION_LINES_MAX + 5 }, (_, i) => `Persoon ${i}`).join('\n')
    const { people, errors } = readInvitationLines(text)
    expect(people).toHaveLength(INVITATION_LINES_MAX)
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toMatch(/^quickscan\.invite\.tooManyLines/)
  })
})
