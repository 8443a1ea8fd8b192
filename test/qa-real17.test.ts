/**
 * Releases of Canadian-listed mining issuers that also list or report abroad (ASX, AIM, NYSE American, OTCQX,
 * Frankfurt), of the shapes real ones take, and the news services' write-ups of them. The issuers, people and
 * properties are invented, in our own words; each case reproduces the shape of a text the document model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('layout: a body sentence that opens on a date is no dateline', () => {
  // A news service's write-up has no dateline; its second paragraph opens "As announced <date>, the company …".
  const story = (second: string) =>
    'Tarrant Gold drilling the Wexley prospect in Peru\n\n' +
    'Tarrant Gold Inc. [TSXV, AIM: TGI] provided an update on the purchase of its partner and the progress of ' +
    'work at the company’s Wexley project in Peru.\n\n' +
    `${second}\n\n` +
    'The drilling contractor mobilized last week, and drilling is expected to continue into the new year.'

  it.each([
    'As announced March 4, 2026, the company signed a binding agreement to buy its partner’s interest.',
    'On March 4, 2026, the company signed a binding agreement to buy its partner’s interest.',
    'Further to the news dated March 4, 2026, the company signed a binding agreement to buy its partner’s interest.'
  ])('a news service speaks: no TSX-V disclaimer owed (%#)', async (second) => {
    expect(await messages('exchange-disclaimer', story(second))).toEqual([])
  })

  it('the issuer’s own release, with its dateline, still owes the disclaimer', async () => {
    const release =
      'LONDON, March 9, 2026 – Tarrant Gold Inc. (TSXV/AIM: TGI) ("Tarrant" or the "Company") is pleased to give an ' +
      'update on work at the Wexley project.\n\nOn March 4, 2026, the Company signed a binding agreement to buy its ' +
      'partner’s interest.'
    expect(await messages('exchange-disclaimer', release)).toHaveLength(1)
  })
})
