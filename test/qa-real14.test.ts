/**
 * Releases of CSE- and Cboe Canada-listed issuers as they reach readers, copies included: a mining news site's
 * rewrite tags the issuer in square brackets ("[ABC-CSE]"). The issuers, people and properties are invented, in our
 * own words; each case reproduces the shape of a release the document model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const story = (tag: string) =>
  `Pelletier Lake Uranium Corp. ${tag} (the "Company") is pleased to announce that it has started a 40-hole ` +
  'program at its Corbeau project in northern Saskatchewan.\n\nThe Company will report results as it receives them.'

describe('exchange-disclaimer: a news site’s ticker tags in square brackets state the issuer’s listing', () => {
  it.each(['[CSE-PLU; OTCQB-PLUUF]', '[PLU-CSE, PLUUF-OTC, 4PL-FRA]', '[PLU-NEO Exchange]', '[Cboe CA-PLU]'])(
    'no TSX-V disclaimer owed: %s',
    async (tag) => {
      expect(await messages('exchange-disclaimer', story(tag))).toEqual([])
    }
  )

  it.each(['[CSE-PLU; OTC-PLUUF; WKN-A1B2C3; FSE-4PL]', '(PLU-CSE)', '(PLU-Cse, PLUUF-OTC)'])(
    'an identifier beside the tags, or a forum’s tag in parentheses, symbol first: %s',
    async (tag) => {
      expect(await messages('exchange-disclaimer', story(tag))).toEqual([])
    }
  )

  it.each(['[TSXV-PLU; OTCQB-PLUUF]', '[PLU-TSXV, PLUUF-OTCQB]', '(PLU-TSXV)', '(TSXV-PLU; WKN-A1B2C3)'])(
    'a TSX-V tag still owes it: %s',
    async (tag) => {
      const found = await messages('exchange-disclaimer', story(tag))
      expect(found.some((m) => m.includes('Missing TSX Venture Exchange disclaimer'))).toBe(true)
    }
  )

  it.each(['[see CSE-PLU filings]', '(non-CSE)', '(CSE-listed)', '(PLU-CSE and others)'])(
    'a group that is not all tags states nothing: %s',
    async (tag) => {
      const found = await messages('exchange-disclaimer', story(tag))
      expect(found.some((m) => m.includes('Missing TSX Venture Exchange disclaimer'))).toBe(true)
    }
  )
})

describe('unfilled-placeholder: a ticker tag in square brackets is filled in', () => {
  it.each(['[PLU-NEO Exchange]', '[CSE-PLU; OTCQB-PLUUF]'])('no finding: %s', async (tag) => {
    expect(await messages('unfilled-placeholder', story(tag))).toEqual([])
  })

  it.each(['[Exchange]', '[Stock Exchange]', '[name of exchange]'])('still a blank: %s', async (tag) => {
    expect(await messages('unfilled-placeholder', story(tag))).toHaveLength(1)
  })
})

describe('mineral-resource: what a mine produced is history, however long the description before its verb', () => {
  const opening =
    'VANCOUVER, March 3, 2026 - Tamarack Antimony Corp. (CSE: TAC) (the "Company") reports on its Fenwick property.'

  it.each([
    'Between 1968 and 1979, 41,250 tonnes of concentrate grading 61% to 64% Sb was produced from the upper deposit.',
    'From 1984 to 1991, roughly 1.2 Mt of ore grading 3.8% Sb and 1.1 g/t Au were mined from the lower deposit.',
    'Some 640,000 tonnes grading 5.2 g/t Au were historically milled at the site before the deposit closed in 1962.'
  ])('no estimate: %s', async (line) => {
    expect(await messages('mineral-resource', `${opening}\n\n${line}`)).toEqual([])
  })

  it.each([
    'The deposit contains 2.1 Mt grading 3.4 g/t Au.',
    'The deposit contains 2.1 Mt grading 3.4 g/t Au, of which 0.3 Mt was mined in the 1930s.'
  ])('still an estimate: %s', async (line) => {
    const found = await messages('mineral-resource', `${opening}\n\n${line}`)
    expect(found.some((m) => m.includes('error'))).toBe(true)
  })
})

describe('pea-caution: a neighbour’s resource cited from its PEA report is not what the issuer’s PEA was based on', () => {
  const opening =
    'VANCOUVER, May 4, 2026 - Lindqvist Lithium Inc. (CSE: LLI) (the "Company") has optioned the Brisk property.'

  it('no finding: the adjoining project’s resource, cited from its owner’s PEA report', async () => {
    const line =
      'The Brisk property adjoins Halvard Lithium’s Tern project, which hosts an Indicated Mineral Resource of ' +
      '40.2 Mt at 1.21% Li2O (source: NI 43-101 Technical Report on the PEA and MRE for the Tern Project, filed on ' +
      'Halvard’s SEDAR+ profile).'
    expect(await messages('pea-caution', `${opening}\n\n${line}`)).toEqual([])
  })

  it('still the issuer’s PEA basis', async () => {
    const line =
      'The PEA is based on an Indicated Mineral Resource of 40.2 Mt at 1.21% Li2O at the Company’s Brisk project.'
    expect(await messages('pea-caution', `${opening}\n\n${line}`)).not.toEqual([])
  })
})

describe('forward-looking-caution: a symbol or a name changed on a date fixed is an event, not a forecast', () => {
  const release = (line: string) =>
    `Toronto, Ontario--(Newsfile Corp. - April 6, 2026) - Vireo Metals Corp. (Cboe CA: VMC) ${line}`

  it.each([
    'announces that, effective at market open on April 9, 2026, the trading symbol of its common shares will change to "VCM".',
    'announces that the Company’s name will change to Vireo Critical Metals Corp. effective April 9, 2026.'
  ])('no error: %s', async (line) => {
    const found = await messages('forward-looking-caution', release(line))
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })

  it('a plan that changes is still one', async () => {
    const found = await messages(
      'forward-looking-caution',
      release('announces that it will change its focus to copper.')
    )
    expect(found.some((m) => m.includes('error'))).toBe(true)
  })
})

describe('qp-statement: what an EM survey found, measured, is technical information', () => {
  const opening =
    'VANCOUVER, Oct. 29, 2026 /CNW/ - Tarn Uranium Corp. (CSE: TRN) is pleased to announce results from its ' +
    'electromagnetic ("EM") surveys at its Plover project.'

  it.each([
    'Results from four of nine project areas outline 118 km of conductive lineaments and eleven prospective targets.',
    'The EM surveys identified approximately 96 kilometres of cumulative conductors along the shear zone.'
  ])('a QP statement is owed: %s', async (line) => {
    const found = await messages('qp-statement', `${opening}\n\n${line}`)
    expect(found.some((m) => m.includes('Missing Qualified Person statement'))).toBe(true)
  })

  it('a survey planned states nothing yet', async () => {
    const line = 'The Company plans to fly EM surveys over the property to map about 120 km of conductive trends.'
    const planned = 'VANCOUVER, Oct. 29, 2026 /CNW/ - Tarn Uranium Corp. (CSE: TRN) provides a corporate update.'
    expect(await messages('qp-statement', `${planned}\n\n${line}`)).toEqual([])
  })
})

describe('forward-looking-caution: a conference the issuer attends, on a date set, is an event', () => {
  const opening = 'Kelowna, British Columbia--(Newsfile Corp. - October 5, 2026) - Sable Ridge Metals Corp. (CSE: SRM)'

  it.each([
    'is pleased to announce that the company will be presenting at the Autumn Resource Showcase. The showcase will be ' +
      'hosted in-person, at the Harbourfront Hotel on October 14 & 15, 2026. Management will be holding one-on-one ' +
      'investor meetings throughout the conference.',
    'will have a table at the Northern Investment Forum on March 2, 2026. The CEO will hold a brief live presentation ' +
      'at 15:00 EST.'
  ])('no error: %#', async (line) => {
    const found = await messages('forward-looking-caution', `${opening} ${line}`)
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })

  it('a plan announced at the conference is still one', async () => {
    const line = 'will be presenting at the Autumn Resource Showcase, where it will outline its plan to drill 20 holes.'
    const found = await messages('forward-looking-caution', `${opening} ${line}`)
    expect(found.some((m) => m.includes('error'))).toBe(true)
  })
})

describe('exchange-disclaimer: a warrant’s acceleration clause states where the shares trade', () => {
  const summary = (venue: string) =>
    'Marlowe Silver Corporation announces a non-brokered private placement of up to 12,000,000 units at CAD 0.20 per ' +
    'unit. Each unit consists of one common share and one warrant exercisable at CAD 0.30 for 24 months.\n\n' +
    `If the closing trading price of the Common Shares on the ${venue} equals or exceeds CAD 0.45 for 15 consecutive ` +
    'trading days, the Company may accelerate the expiry date of the warrants.'

  it.each(['Canadian Securities Exchange', 'CSE', 'Cboe Canada'])(
    'no TSX-V disclaimer owed: on the %s',
    async (venue) => {
      expect(await messages('exchange-disclaimer', summary(venue))).toEqual([])
    }
  )

  it('on the TSX Venture Exchange, it is owed', async () => {
    const found = await messages('exchange-disclaimer', summary('TSX Venture Exchange'))
    expect(found.some((m) => m.includes('Missing TSX Venture Exchange disclaimer'))).toBe(true)
  })
})

describe('exploration-results: what workings extracted or shipped is production, not a sample’s result', () => {
  const opening =
    'VANCOUVER, BC - TheNewswire - June 2, 2026 - Quillan Gold Corp. (CSE: QGC) has acquired the Sora claim.'

  it.each([
    'Artisanal miners worked the vein to a depth of 5 m, extracting over 9,000 tonnes of ore yielding grades of 11.2 g/t Au.',
    'Between 1931 and 1936 the mine shipped 4,100 tons of hand-sorted material grading 0.9 oz/t Au to the smelter.'
  ])('no finding: %s', async (line) => {
    expect(await messages('exploration-results', `${opening}\n\n${line}`)).toEqual([])
  })

  it('a grab sample of the vein is still a result', async () => {
    const line = 'A grab sample of the vein taken by the Company returned 11.2 g/t Au.'
    expect(await messages('exploration-results', `${opening}\n\n${line}`)).not.toEqual([])
  })
})
