/**
 * An offering the release recalls, not the one it announces: a closing the opening places in an earlier year or
 * quarter without a date ("Earlier this year, the Company completed a LIFE offering …") beside the offering the
 * release closes. Its form does not become the release's, and its exemption does not make the release's securities
 * LIFE securities. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const closing = (recall: string) =>
  [
    'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
    '',
    'KAMLOOPS, BC, November 20, 2026 – Tessaly Minerals Corp. (TSXV: TSY) (the "Company") has closed its ' +
      'non-brokered private placement of 4,000,000 units at $0.15 per unit for gross proceeds of $600,000. The units ' +
      `are subject to a hold period expiring March 21, 2027. ${recall}`,
    '',
    'The securities have not been and will not be registered under the United States Securities Act of 1933, as ' +
      'amended, and may not be offered or sold in the United States absent registration or an exemption.'
  ].join('\n')

describe('life-offering: a LIFE offering the opening recalls from an earlier period', () => {
  it.each([
    'Earlier this year, the Company completed a LIFE offering of 2,500,000 shares.',
    'Last year the Company closed an offering under the listed issuer financing exemption.',
    'In the prior quarter, the Company completed a LIFE financing of 2,000,000 units.',
    'Earlier in 2026, the Company closed a LIFE offering of 2,500,000 shares.'
  ])('the placement’s hold is no hold on LIFE securities: %s', async (recall) => {
    expect(await found('life-offering', closing(recall))).toEqual([])
  })

  it('in French: « Plus tôt cette année, la Société a réalisé un placement … »', async () => {
    const text = [
      'ROUYN-NORANDA, QC, le 20 novembre 2026 – Minéraux Tessaly inc. (TSXV : TSY) (la « Société ») a clôturé son ' +
        "placement privé sans l'entremise d'un courtier de 4 000 000 d'unités au prix de 0,15 $ par unité. Les unités " +
        'sont assujetties à une période de détention expirant le 21 mars 2027. Plus tôt cette année, la Société a ' +
        "réalisé un placement en vertu de la dispense de financement de l'émetteur coté."
    ].join('\n')
    expect(await found('life-offering', text)).toEqual([])
  })

  it('a recall the opening dates months before the release', async () => {
    const recall = 'On March 2, 2026, the Company completed a LIFE offering of 2,500,000 shares.'
    expect(await found('life-offering', closing(recall))).toEqual([])
  })

  it('an earlier tranche of the LIFE offering the release closes is no recall: the hold is still reported', async () => {
    const text = [
      'KAMLOOPS, BC, November 20, 2026 – Tessaly Minerals Corp. (TSXV: TSY) (the "Company") has closed the final ' +
        'tranche of its offering of units at $0.15 per unit. Earlier this year, the Company closed the first tranche ' +
        'of its LIFE offering of 3,000,000 units. The units are subject to a hold period expiring March 21, 2027.'
    ].join('\n')
    const messages = await found('life-offering', text)
    expect(messages.join('\n')).toMatch(/Unexpected hold period on securities of a LIFE offering/)
  })

  it('the LIFE offering the release itself closes is still read, and its hold reported', async () => {
    const text = closing('').replace('non-brokered private placement', 'LIFE offering')
    expect((await found('life-offering', text)).join('\n')).toMatch(/Unexpected hold period on securities of a LIFE/)
  })

  it('"earlier today" is no earlier period: what closed then is the news', async () => {
    const text = [
      'KAMLOOPS, BC, November 20, 2026 – Tessaly Minerals Corp. (TSXV: TSY) (the "Company") announces that earlier ' +
        'today it completed its LIFE offering of 3,000,000 units at $0.15 per unit. The units are subject to a hold ' +
        'period expiring March 21, 2027.'
    ].join('\n')
    expect((await found('life-offering', text)).join('\n')).toMatch(/Unexpected hold period on securities of a LIFE/)
  })
})
