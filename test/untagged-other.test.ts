/**
 * Another company's offering told by a company with no ticker tag, known by its legal name and the short name it is
 * defined by ("Larchmont Copper Inc. ("Larchmont"), the operator of …, has closed a bought deal …"): the offering is
 * that company's, so the release owes no U.S. legend for it; an agent, an investor into the issuer and an issuer known
 * by nothing else stay as they were. Invented issuers and our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const legend = async (text: string) => (await lintWith('us-distribution-legend', text + '\n')).messages.map(format)

const CAUTION =
  'Forward-looking information in this release includes the expected start of production. It is based on ' +
  'assumptions and is subject to risks that may cause actual results to differ materially.'

describe('us-distribution-legend: another company defined by its legal name, with no ticker tag', () => {
  it('no legend owed for the operator’s own offering that a royalty holder notes', async () => {
    const text = [
      'TORONTO, ON, November 30, 2026 – Fenwick Royalty Corp. (TSXV: FRY) ("Fenwick" or the "Company") notes that ' +
        'Larchmont Copper Inc. ("Larchmont"), the operator of the Ashby project, on which Fenwick holds a 1.5% net ' +
        'smelter return royalty, has completed a bought deal offering of 12,000,000 common shares at $2.10 per share ' +
        'for gross proceeds of $25,200,000.',
      '',
      CAUTION
    ].join('\n')
    expect(await legend(text)).toEqual([])
  })

  it('still owed when the company so defined only arranged the issuer’s offering (an agent)', async () => {
    const text = [
      'TORONTO, ON, November 30, 2026 – Fenwick Gold Corp. (TSXV: FWG) (the "Company") announces a brokered private ' +
        'placement of 10,000,000 units at $0.25 per unit for gross proceeds of $2,500,000. Harrow Securities Inc. ' +
        '("Harrow") arranged the offering as sole agent.',
      '',
      CAUTION
    ].join('\n')
    expect((await legend(text)).length).toBeGreaterThan(0)
  })

  it('still owed when the company so defined invests in the issuer', async () => {
    const text = [
      'TORONTO, ON, November 30, 2026 – Fenwick Gold Corp. (TSXV: FWG) (the "Company") announces that Brackley ' +
        'Metals Ltd. ("Brackley") has completed a strategic investment in the Company by subscribing for 8,000,000 ' +
        'units at $0.25 per unit in a non-brokered private placement.',
      '',
      CAUTION
    ].join('\n')
    expect((await legend(text)).length).toBeGreaterThan(0)
  })

  it('still owed when the issuer is known by nothing but that name', async () => {
    const text = [
      'TORONTO, ON, November 30, 2026 – Larchmont Copper Inc. ("Larchmont") has closed a non-brokered private ' +
        'placement of 6,000,000 units at $0.20 per unit for gross proceeds of $1,200,000.',
      '',
      CAUTION
    ].join('\n')
    expect((await legend(text)).length).toBeGreaterThan(0)
  })
})
