/**
 * Releases that are neither a financing nor a technical report (warrants amended, property bought for shares,
 * shares for debt or services, an acquirer's early warning, meeting results) get exactly the duties their kind and
 * speaker carry. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

describe('an amendment of outstanding warrants whose opening names the placement they came from', () => {
  const REPRICING = [
    '# Pellworth Metals Announces Amendment of Warrant Terms',
    '',
    'PENTICTON, BC, November 25, 2026 – Pellworth Metals Corp. (TSXV: PWM) (the "Company") proposes, subject to the ' +
      'acceptance of the TSX Venture Exchange, to reduce the exercise price of 7,500,000 outstanding common share ' +
      'purchase warrants from $0.30 to $0.12 per share. The warrants were issued on June 30, 2025 in the Company’s ' +
      'private placement and expire on June 30, 2027; the expiry date is not amended.'
  ].join('\n')

  it.each(['us-distribution-legend', 'us-securities-act'] as const)(
    'no %s finding: nothing is offered',
    async (rule) => {
      expect(await found(rule, REPRICING)).toEqual([])
    }
  )

  it('a release that closes a placement and names it in the same words still owes the legend', async () => {
    const closing = [
      'PENTICTON, BC, November 25, 2026 – Pellworth Metals Corp. (TSXV: PWM) has closed its private placement of ' +
        '7,500,000 units at $0.10 per unit for gross proceeds of $750,000.',
      '',
      'The units were issued in the Company’s private placement to 31 subscribers.'
    ].join('\n')
    expect((await found('us-distribution-legend', closing)).some((m) => m.includes('error'))).toBe(true)
  })
})
