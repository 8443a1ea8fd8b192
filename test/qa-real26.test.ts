/**
 * Releases of the kinds a twenty-sixth QA round read on a broad random sample of real 2025–2026 releases of
 * Canadian-listed mining issuers. The cases below are invented issuers in our own words, each reproducing the shape
 * of a defect the document model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('offering: a financing named only as a condition of the transaction the release announces', () => {
  const conditions = [
    'Larkspur Gold Options the Pika Creek Property\n\nLarkspur Gold Corp. (TSX-V: LKG) has entered into an option ' +
      'agreement to earn a 60% interest in the Pika Creek property by issuing 3,000,000 shares to the vendor over ' +
      'four years. The transaction is conditional on Exchange approval and completion of a financing which is still ' +
      'pending.',
    'Larkspur Gold to Acquire Pika Creek\n\nLarkspur Gold Corp. (TSX-V: LKG) has agreed to acquire the Pika Creek ' +
      'property for 2,000,000 shares. Closing is subject to the approval of the TSX Venture Exchange and the closing ' +
      'of a concurrent private placement.',
    'Or Larkspur acquiert la propriété Pika\n\nOr Larkspur inc. (TSX-V : LKG) a conclu une entente visant ' +
      'l’acquisition de la propriété Pika en contrepartie de 2 000 000 d’actions. L’acquisition est conclue sous ' +
      'réserve de l’approbation de la Bourse et de la clôture d’un placement privé.'
  ]
  it.each(conditions)('%s', async (text) => {
    expect(await messages('us-distribution-legend', text)).toEqual([])
    expect(await messages('us-securities-act', text)).toEqual([])
  })

  it('a condition that states the placement’s terms still announces it', async () => {
    const text =
      'Larkspur Gold to Acquire Pika Creek\n\nLarkspur Gold Corp. (TSX-V: LKG) has agreed to acquire the Pika Creek ' +
      'property. Closing is subject to the completion of a private placement of 5,000,000 units at a price of $0.20 ' +
      'per unit.'
    expect((await messages('us-distribution-legend', text)).length).toBe(1)
  })

  it('an offering announced subject to approval is still an offering', async () => {
    const text =
      'Larkspur Gold Announces Private Placement\n\nLarkspur Gold Corp. (TSX-V: LKG) announces, subject to TSX ' +
      'Venture Exchange approval, a non-brokered private placement of up to $1,000,000.'
    expect((await messages('us-distribution-legend', text)).length).toBe(1)
  })

  it('a closing announced with its own conditions met is still an offering', async () => {
    const text =
      'Larkspur Gold Closes Financing\n\nLarkspur Gold Corp. (TSX-V: LKG) announces the completion of a financing ' +
      'of 4,000,000 units for gross proceeds of $800,000, subject to final acceptance of the TSX Venture Exchange.'
    expect((await messages('us-distribution-legend', text)).length).toBe(1)
  })
})
