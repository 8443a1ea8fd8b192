/**
 * Releases of the kinds a twenty-seventh QA round read on real 2020–2022 releases of Canadian-listed mining issuers.
 * The cases below are invented issuers in our own words, each reproducing the shape of a defect the document model
 * once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('forward-looking: a consolidation’s mechanics, however the release names it, are no plan', () => {
  const lead =
    'Brantwood Nickel Announces Share Consolidation\n\nBrantwood Nickel Corp. (TSX: BWN) announces that its board ' +
    'has set June 14, 2021 as the effective date of the share consolidation its shareholders approved on May 27, ' +
    '2021.\n\n'
  const mechanics = [
    'At the effective time, every eight issued common shares of the Company will be converted into one common share.',
    'The consolidation will reduce the number of issued and outstanding common shares from 96,000,000 to ' +
      'approximately 12,000,000.',
    'The reverse stock split will result in the number of outstanding common shares being reduced to approximately ' +
      '12,000,000.',
    'Each shareholder will hold the same percentage of the common shares after the consolidation as before it.',
    'No fractional shares will be issued, and any fractional share will be rounded down to the nearest whole share.',
    'Registered holders will receive by mail a letter of transmittal explaining how to exchange their certificates.',
    'Holders of uncertificated shares will have their book-entry accounts electronically adjusted by the transfer ' +
      'agent.',
    'The exercise price and number of shares issuable under outstanding options will be proportionately adjusted.'
  ]
  it.each(mechanics)('%s', async (sentence) => {
    const found = await messages('forward-looking-caution', lead + sentence)
    expect(found.every((line) => line.includes('warning'))).toBe(true)
  })

  it('a plan beside the consolidation still needs the caution', async () => {
    const found = await messages(
      'forward-looking-caution',
      lead + 'Following the consolidation, the Company intends to raise up to $5,000,000 to fund drilling.'
    )
    expect(found.some((line) => line.includes('error'))).toBe(true)
  })

  it('an effect the consolidation is hoped to have is a forecast', async () => {
    const found = await messages(
      'forward-looking-caution',
      lead + 'Management believes the consolidation will attract institutional investors.'
    )
    expect(found.some((line) => line.includes('error'))).toBe(true)
  })

  it('a reduction that is a plan of the work, with no consolidation named, stays strong', async () => {
    const found = await messages(
      'forward-looking-caution',
      'Brantwood Nickel Updates Program\n\nBrantwood Nickel Corp. (TSX: BWN) announces that the 2021 program will ' +
        'reduce the number of drill rigs on site to two.'
    )
    expect(found.some((line) => line.includes('error'))).toBe(true)
  })
})

describe('forward-looking: the wording of a resolution a report of the votes lists is the matter voted on', () => {
  const lead =
    'Halden Copper Reports Results of Annual General Meeting\n\nVANCOUVER – June 30, 2021 – Halden Copper Corp. ' +
    '(TSX: HCU) reports that all resolutions were passed at its annual general meeting held on June 29, 2021.\n\n'
  const resolutions = [
    'To grant to the directors a general mandate to issue shares not exceeding 20% of the issued shares, and the ' +
      'said mandate shall be limited accordingly.',
    'To approve the amended share option plan, under which no insider shall hold options over more than 10% of the ' +
      'issued shares.',
    'Special resolution: to authorize the board to fix the number of directors, who shall hold office until the ' +
      'next annual meeting.'
  ]
  it.each(resolutions)('%s', async (resolution) => {
    const found = await messages('forward-looking-caution', lead + resolution + '\n\nFor: 41,200,000 Against: 310,000')
    expect(found.every((line) => line.includes('warning'))).toBe(true)
  })

  it('the issuer’s own plan in a sentence that opens as a resolution would still needs the caution', async () => {
    const found = await messages(
      'forward-looking-caution',
      lead +
        'To approve the acquisition of the Tamsin claims, the Company will seek the approval of its shareholders this fall.'
    )
    expect(found.some((line) => line.includes('error'))).toBe(true)
  })

  it('a purpose clause is no resolution', async () => {
    const found = await messages(
      'forward-looking-caution',
      lead + 'To fund the summer program, the Company will draw on its credit facility.'
    )
    expect(found.some((line) => line.includes('error'))).toBe(true)
  })
})

describe('forward-looking: an intent in other words than "intends" or "plans to"', () => {
  const lead =
    'Ferrand Gold Options the Kestrel Property\n\nFerrand Gold Corp. (TSX-V: FGD) has signed an option agreement ' +
    'to earn a 70% interest in the Kestrel property by issuing 1,500,000 shares.\n\n'
  const intents = [
    '"We plan on a compilation of the historical data and a first field program," said the CEO.',
    'The President said: "We are keen to move forward with the advancement of the property."',
    '"We are excited to begin work on the property," commented the CEO.',
    'Management remains eager to test the northern target with a first drill hole.'
  ]
  it.each(intents)('%s', async (sentence) => {
    const found = await messages('forward-looking-caution', lead + sentence)
    expect(found.some((line) => line.includes('error'))).toBe(true)
  })

  const news = [
    '"We are excited to announce this agreement," said the CEO.',
    'A work plan on the property was filed with the Ministry in 2019.'
  ]
  it.each(news)('%s', async (sentence) => {
    expect(await messages('forward-looking-caution', lead + sentence)).toEqual([])
  })
})

describe('forward-looking: properties combined into one are a plan, not a consolidation’s ratio', () => {
  it('“the two claim blocks will be combined into one property” stays strong', async () => {
    const found = await messages(
      'forward-looking-caution',
      'Brantwood Nickel Stakes Claims\n\nBrantwood Nickel Corp. (TSX: BWN) has staked 40 claims next to its Orrin ' +
        'property. The two claim blocks will be combined into one property.'
    )
    expect(found.some((line) => line.includes('error'))).toBe(true)
  })
})
