/**
 * Outstanding warrants repriced, as TSX-V issuers announce it: the warrants' count and defined term may stand between
 * "exercise price" and the new price. The new price is one the warrants are exercisable at, floored at $0.05 (TSX-V
 * Policy 4.1).
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (text: string) => (await lintWith('tsxv-pricing', text + '\n')).messages.map(format)

const release = (sentence: string) =>
  'SUDBURY, Ontario, December 6, 2026 -- Pellham Nickel Corp. (TSXV: PNK) ("Pellham" or the "Company") ' +
  `announces that it ${sentence} The warrants were issued in a private placement that closed on June 3, 2025.`

describe('tsxv-pricing: a repricing of warrants named at length', () => {
  it.each([
    'proposes to reduce the exercise price of 12,600,000 outstanding common share purchase warrants (the "Warrants") ' +
      'from $0.45 to $0.04 per share.',
    'intends to amend the exercise price of the 4,100,000 share purchase warrants issued to subscribers (the ' +
      '"Placement Warrants") from $0.30 to $0.03.'
  ])('below the floor: %s', async (sentence) => {
    const found = await messages(release(sentence))
    expect(found.some((m) => m.includes('error') && m.includes('warrant exercise price'))).toBe(true)
  })

  it('at the floor or above: no error', async () => {
    const found = await messages(
      release(
        'proposes to reduce the exercise price of 12,600,000 outstanding common share purchase warrants (the ' +
          '"Warrants") from $0.45 to $0.15 per share.'
      )
    )
    expect(found).toEqual([])
  })
})
