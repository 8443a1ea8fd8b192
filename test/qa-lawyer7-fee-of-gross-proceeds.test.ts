/**
 * A finder's or agent's fee stated as a percentage "of gross proceeds", without the article, as term sheets and
 * counsel's drafts often write it: checked as "of the gross proceeds" is. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('offering-arithmetic', text + '\n')).messages.map(format)

const CLOSING =
  'VANCOUVER, BC, April 30, 2026 – Fernhollow Silver Corp. (CSE: FHS) (the "Company") has closed its brokered ' +
  'private placement of 9,000,000 units at $0.10 per unit for gross proceeds of $900,000.'

describe('offering-arithmetic: a fee "of gross proceeds" (no article)', () => {
  it('an error on a fee that is not the stated percentage of gross proceeds', async () => {
    const fee = 'The agent received a cash commission of 7% of gross proceeds ($36,000) and 630,000 broker warrants.'
    const messages = await found([CLOSING, '', fee].join('\n'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Unexpected fee for the stated 7%: expected $63,000')
  })

  it('an error in a term sheet a line a term', async () => {
    const sheet = [
      'Offering terms:',
      '',
      'Securities: 9,000,000 units at $0.10 per unit',
      'Gross proceeds: $900,000',
      "Agent's commission: a cash fee equal to 7% of aggregate gross proceeds ($36,000)"
    ].join('\n')
    const messages = await found([CLOSING, '', sheet].join('\n'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected $63,000')
  })

  it('no error when the fee agrees', async () => {
    const fee = 'The agent received a cash commission of 7% of gross proceeds ($63,000) and 630,000 broker warrants.'
    expect(await found([CLOSING, '', fee].join('\n'))).toEqual([])
  })

  it('no error on a fee of the gross proceeds raised from subscribers the finder introduced', async () => {
    const fee = 'A finder received a cash fee of $12,600, being 7% of gross proceeds from subscribers it introduced.'
    expect(await found([CLOSING, '', fee].join('\n'))).toEqual([])
  })
})
