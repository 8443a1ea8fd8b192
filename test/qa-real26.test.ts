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

describe('layout: a results table copied one cell per line, glued to the prose around it', () => {
  const cells = [
    'Hole',
    'From (m)',
    'To (m)',
    'Length (m)',
    'Cu (%)',
    'Au (g/t)',
    'LK-25-03',
    '212.0',
    '219.5',
    '7.5',
    '0.84',
    '0.31'
  ].join('\n')
  const prose =
    'Hole LK-25-03 was collared 800 metres east of the historically mined Pika pit and drilled at an azimuth of 090 ' +
    'and a dip of -55 degrees.'
  const glued = `Larkspur Gold Intersects Copper at Pika Creek\n${cells}\n${prose}`
  const separate = `Larkspur Gold Intersects Copper at Pika Creek\n\n${cells}\n${prose}`

  it.each([glued, separate])('reads the table as results: %s', async (text) => {
    const found = await messages('exploration-results', text)
    expect(found.some((message) => /Missing laboratory/.test(message))).toBe(true)
    const qp = await messages('qp-statement', text)
    expect(qp.length).toBe(1)
    expect(qp[0]).toMatch(/error/)
  })

  it('a contact block of short lines is no table', async () => {
    const text =
      'Larkspur Gold Closes Acquisition\n\nLarkspur Gold Corp. (TSX-V: LKG) has closed the acquisition of the Pika ' +
      'Creek property.\n\nFor further information:\nDana Whitlock\nPresident\nLarkspur Gold Corp.\n604-555-0147\n' +
      'info@larkspur.example\nwww.larkspur.example'
    expect(await messages('exploration-results', text)).toEqual([])
  })

  it('a sentence wrapped in a narrow column stays one sentence', async () => {
    const text =
      'Larkspur Gold Drills Pika Creek\n\nLarkspur Gold Corp. (TSX-V: LKG) reports 2.4 g/t Au over 6.0 metres in\n' +
      'hole LK-25-04 at Pika Creek.\n\nThe technical content of this\nnews release has been\nreviewed and approved by\n' +
      'Dana Whitlock, P.Geo., Vice\nPresident Exploration of\nthe Company and a Qualified\nPerson as defined by\n' +
      'NI 43-101.'
    expect(await messages('qp-statement', text)).toEqual([])
  })
})

describe('results: a drill program measured in metres is no interval over a width', () => {
  const program =
    'Larkspur Gold Starts Drilling at Pika Creek\n\nLarkspur Gold Corp. (CSE: LKG) has started the program:\n\n' +
    '1,500 metres of diamond drilling of the copper showings at Pika Creek, with surface values up to 2.6% copper.'
  it('owes no true widths', async () => {
    const found = await messages('exploration-results', program)
    expect(found.some((message) => /true widths/.test(message))).toBe(false)
  })

  it('an intercept given as metres of core grading a grade still owes them', async () => {
    const text =
      'Larkspur Gold Drills Pika Creek\n\nLarkspur Gold Corp. (CSE: LKG) reports that hole LK-25-05 returned 12.0 ' +
      'metres of 1.4% copper at Pika Creek.'
    const found = await messages('exploration-results', text)
    expect(found.some((message) => /true widths/.test(message))).toBe(true)
  })
})
