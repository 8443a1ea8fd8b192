/**
 * `tsxv-pricing` widened: option grants (Policy 4.4), deemed prices for debt
 * (Policy 4.3), a lender's bonus warrants (Policy 5.1), a placement's warrant
 * term; each finding citing the provision it enforces; the exchange pinned or
 * stated. The model's facts first (offering-grants.ts), then the rule, with
 * fast-check over prices, terms and exchanges. Invented issuers throughout.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel, type Model} from '../src/model/model.js'
import {lintWith} from './helpers.js'

function model(value: string): Model {
  return buildModel(unified().use(remarkParse).parse(value), value)
}

const LEAD = 'VANCOUVER, BC, May 6, 2026 - Quarry Point Gold Inc. (TSXV: QPG) (the "Company") '
const GRANT = (price: string, term = 'five years') =>
  `${LEAD}announces that it has granted 1,500,000 incentive stock options to directors and officers. ` +
  `The options are exercisable at ${price} per share for ${term}.\n`
const BONUS = (price: string, term = '24 months') =>
  `${LEAD}has entered into a loan agreement with an arm's length lender for $250,000. As a loan bonus, the ` +
  `Company will issue 1,250,000 bonus warrants to the lender, each exercisable at ${price} for ${term}.\n`
const DEBT = (price: string) =>
  `${LEAD}has closed its shares for debt settlement, issuing 3,000,000 common shares at a deemed price of ${price} ` +
  'per share to settle amounts owed to two consultants.\n'
const PLACEMENT = (price: string, warrantPrice = '$0.20', term = '24 months') =>
  `${LEAD}has closed a private placement of 4,000,000 units at ${price} per unit. Each unit consists of one ` +
  `share and one warrant. Each warrant entitles the holder to purchase one share at ${warrantPrice} for ${term}.\n`

async function pricing(value: string, options?: unknown) {
  return (await lintWith('tsxv-pricing', value, options)).messages
}

/** Prices from $0.001 to $0.200, as written with two or three decimals. */
const price = fc.integer({min: 1, max: 200}).map((mils) => {
  const value = mils / 1000
  return {value, written: '$' + (mils % 10 === 0 ? value.toFixed(2) : value.toFixed(3))}
})

describe('the model: what the issuer grants or issues at a price', () => {
  it('reads an option grant’s exercise price and term', () => {
    const [grant] = model(GRANT('$0.12', 'ten years')).offering.grants
    expect(grant.price?.value.toString()).toBe('0.12')
    expect(grant.term?.months).toBe(120)
  })

  it('reads paraphrases: “with an exercise price of”, “at a price of”', () => {
    for (const sentence of [
      'It granted options to purchase 900,000 shares with an exercise price of $0.11 for three years.',
      'The Company granted 250,000 stock options at a price of $0.11 per share.'
    ]) {
      expect(model(LEAD + sentence).offering.grants.map((g) => g.price?.value.toString())).toEqual(['0.11'])
    }
  })

  it('reads through copy artefacts: words run together, capitals, curly quotes', () => {
    const grant = `${LEAD}GRANTED 1,500,000 INCENTIVE STOCKOPTIONS, exercisableat $0.04 per share for five years.`
    expect(model(grant).offering.grants.map((g) => g.price?.value.toString())).toEqual(['0.04'])
    const bonus = `${LEAD}will issue 1,000,000 “bonuswarrants” to the lender, each exercisable at $0.03 for two years.`
    expect(model(bonus).offering.warrants.map((w) => [w.bonus, w.price?.value.toString()])).toEqual([[true, '0.03']])
  })

  it.each([
    [
      'to a person named with a title first',
      'The Company has granted Ms. Dana Kovac 400,000 stock options exercisable at $0.04 per share for five years.'
    ],
    [
      'with the terms in a sentence of their own',
      'It has granted 1,850,000 incentive stock options to directors. Each option entitles the holder to purchase ' +
        'one common share at an exercise price of $0.04 for five years.'
    ],
    [
      'in French',
      'La Société a octroyé 1 200 000 options d’achat d’actions à ses administrateurs. Chaque option permet à son ' +
        'porteur d’acquérir une action ordinaire au prix de 0,04 $ pendant cinq ans.'
    ]
  ])('finds a grant and prices it below the floor: %s', async (_, sentence) => {
    const value = `${LEAD}${sentence}\n`
    expect(model(value).release.kinds.map((kind) => kind.kind)).toContain('compensation')
    expect((await pricing(value)).map((m) => m.ruleId)).toEqual(['tsxv-pricing'])
  })

  it('takes no broker’s options, no exercise of options and no property option for a grant', () => {
    for (const sentence of [
      'The Company issued 200,000 broker options, each exercisable at $0.10 for 24 months.',
      'During the quarter 400,000 options were exercised at $0.04 per share.',
      'The Company may exercise its option on the Birch property by paying $50,000.'
    ]) {
      expect(model(LEAD + sentence).offering.grants).toEqual([])
    }
  })

  it('tells a lender’s bonus warrants from a placement’s, in their sentence or the one before', () => {
    expect(model(BONUS('$0.08')).offering.warrants.map((w) => w.bonus)).toEqual([true])
    const before =
      `${LEAD}has drawn $400,000 from its lender. It will issue 2,000,000 bonus warrants. ` +
      'Each warrant is exercisable at $0.07 for two years.\n'
    expect(model(before).offering.warrants.map((w) => w.bonus)).toEqual([true])
    expect(model(PLACEMENT('$0.10')).offering.warrants.map((w) => w.bonus ?? false)).toEqual([false])
  })

  it('marks lots issued for debt (a settlement, a deemed price), not a placement’s', () => {
    expect(model(DEBT('$0.06')).offering.lots.map((lot) => lot.forDebt)).toEqual([true])
    expect(model(PLACEMENT('$0.10')).offering.lots.map((lot) => lot.forDebt ?? false)).toEqual([false])
    // A deemed price alone is a property's or a commission's, not debt's.
    const property = `${LEAD}will issue 2,000,000 shares at a deemed price of $0.12 per share to acquire the Birch property.`
    expect(model(property).offering.lots.map((lot) => lot.forDebt ?? false)).toEqual([false])
    const fees = `${LEAD}settled $40,000 of fees owed by issuing 500,000 shares at a deemed price of $0.08 per share.`
    expect(model(fees).offering.lots.map((lot) => lot.forDebt)).toEqual([true])
  })
})

describe('tsxv-pricing: each floor, cited by its provision', () => {
  it.each([
    ['an option grant', GRANT, 'option exercise price', /^TSX-V Policy 4\.4 \(Security Based Compensation\)/],
    ['a bonus warrant', BONUS, 'bonus warrant exercise price', /^TSX-V Policy 5\.1 \(Loans, Loan Bonuses\)/],
    ['a deemed price for debt', DEBT, 'deemed price', /^TSX-V Policy 4\.3 \(Shares for Debt\) and TSX-V Policy 1\.1/],
    [
      'a placement price',
      (p: string) => PLACEMENT(p),
      'price',
      /^TSX-V Policy 4\.1 \(Private Placements\) and TSX-V Policy 1\.1/
    ]
  ])('%s: an error below $0.05 exactly, on the price, with its citation', async (_, draft, what, citation) => {
    await fc.assert(
      fc.asyncProperty(price, async ({value, written}) => {
        const messages = (await pricing(draft(written))).filter((m) => m.reason.includes(`${what} of ${written}`))
        expect(messages.length).toBe(value < 0.05 ? 1 : 0)
        for (const m of messages) {
          expect(m.fatal).toBe(true)
          expect(m.reason).toMatch(new RegExp(`^Unexpected ${what} of \\${written}.*, expected at least \\$0\\.05$`))
          expect(m.note).toMatch(citation)
          expect(m.note).toContain('this release states a TSX-V listing (line 1: “TSXV: QPG”)')
          expect(m.expected).toEqual([written.split('.')[1].length === 3 ? '$0.050' : '$0.05'])
        }
      }),
      {numRuns: 25}
    )
  })

  it('a placement’s warrant term: an error above 60 months exactly, citing Policy 4.1 and no price floor', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({min: 1, max: 120}), fc.boolean(), async (months, inYears) => {
        const years = inYears && months % 12 === 0
        const term = years ? `${months / 12} years` : `${months} months`
        const found = (await pricing(PLACEMENT('$0.10', '$0.15', term))).filter((m) => m.reason.includes('term'))
        expect(found.length).toBe(months > 60 ? 1 : 0)
        for (const m of found) {
          expect(m.fatal).toBe(true)
          expect(m.reason).toBe(`Unexpected warrant term of ${months} months, expected five years at most`)
          expect(m.note).toMatch(/^TSX-V Policy 4\.1 \(Private Placements: a five-year maximum warrant term\)/)
          expect(m.note).not.toMatch(/Policy 1\.1|\$0\.05/)
        }
      }),
      {numRuns: 25}
    )
  })

  it('no term limit is checked where none is confirmed: a bonus warrant’s, an option’s', async () => {
    expect(await pricing(BONUS('$0.08', 'seven years'))).toEqual([])
    expect(await pricing(GRANT('$0.10', 'ten years'))).toEqual([])
  })

  it('a grant release’s other figures are not prices: RSUs, a placement it mentions in passing', async () => {
    const value =
      GRANT('$0.10') + '\nThe Company also granted 400,000 restricted share units, vesting over two years.\n'
    expect(await pricing(value)).toEqual([])
  })

  it('a holder’s release is never checked, whatever it says of options', async () => {
    const value =
      'Larchmont Capital Ltd. (the "Acquiror") announces that it has acquired 9,000,000 common shares of Acme Gold ' +
      'Corp. (TSXV: ACM), and holds 500,000 stock options exercisable at $0.03 per share.\n'
    expect(await pricing(value)).toEqual([])
  })
})

describe('tsxv-pricing: the exchange pinned or stated', () => {
  const TAG: Record<string, string> = {TSXV: 'TSXV', CSE: 'CSE', TSX: 'TSX', CBOE: 'Cboe CA'}
  it('checks iff the pinned exchange is TSX-V; unpinned, iff the release states TSX-V or none', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(undefined, 'TSXV', 'CSE', 'TSX', 'CBOE'),
        fc.constantFrom(undefined, 'TSXV', 'CSE', 'TSX', 'CBOE'),
        fc.constantFrom(GRANT, BONUS, DEBT),
        async (pinned, stated, draft) => {
          const lead = stated ? `(${TAG[stated]}: QPG)` : ''
          const value = draft('$0.02').replace('(TSXV: QPG)', lead)
          const messages = await pricing(value, pinned ? {exchange: pinned} : undefined)
          const tsxv = (pinned ?? stated ?? 'TSXV') === 'TSXV'
          expect(messages.length).toBe(tsxv ? 1 : 0)
          const because = pinned
            ? 'the TSX-V preset is pinned'
            : stated
              ? 'this release states a TSX-V listing'
              : 'this release states no listing, so the TSX-V preset applies'
          for (const m of messages) expect(m.note).toContain(because)
        }
      ),
      {numRuns: 40}
    )
  })
})

describe('a convertible security’s conversion price (TSX-V floor: $0.05 the first year, $0.10 after)', () => {
  const DEBENTURES = (conversion: string, term = 'for a term of 12 months') =>
    `${LEAD}has closed a non-brokered private placement of convertible debentures for gross proceeds of ` +
    `$900,000, issued at $1,000 per debenture. The debentures bear interest at 10% a year ${term} and are ` +
    `convertible into common shares ${conversion}.\n`

  it('reads the conversion price per share, never the debenture’s own price', () => {
    const m = model(DEBENTURES('at a conversion price of $0.30 per share'))
    expect(m.offering.conversions.map((c) => m.value.slice(c.price.start, c.price.end))).toEqual(['$0.30'])
    const perPrincipal = model(DEBENTURES('at a rate of 3,000 shares per $1,000 principal amount'))
    expect(perPrincipal.offering.conversions).toEqual([])
  })

  it('reports a conversion price below $0.05 as an error on the price', async () => {
    const found = await pricing(DEBENTURES('at $0.04 per share'))
    expect(found.map((m) => [m.fatal, m.reason])).toEqual([
      [true, 'Unexpected conversion price of $0.04, expected at least $0.05']
    ])
  })

  it('warns of a price under $0.10 kept beyond the first year, and accepts it within it', async () => {
    const long = await pricing(DEBENTURES('at $0.08 per share', 'for a term of 36 months'))
    expect(long.map((m) => [m.fatal, m.reason])).toEqual([
      [false, 'Unexpected conversion price of $0.08 after the first year of a 36-month term, expected at least $0.10']
    ])
    expect(await pricing(DEBENTURES('at $0.08 per share'))).toEqual([])
    expect(await pricing(DEBENTURES('at $0.12 per share', 'for a term of 36 months'))).toEqual([])
  })

  it('reads a French conversion price', async () => {
    const fr =
      'MONTRÉAL (Québec), le 6 mai 2026 – Or Quarry Point inc. (TSXV : QPG) a clôturé un placement privé de ' +
      'débentures convertibles pour un produit brut de 900 000 $. Les débentures sont convertibles en actions ' +
      'ordinaires au prix de conversion de 0,04 $ par action.\n'
    const found = await pricing(fr)
    expect(found.map((m) => m.reason)).toEqual([expect.stringContaining('Prix de conversion de 0,04 $')])
  })
})

describe("a finder's, broker's or agent's warrants (their compensation): floored as the placement's are", () => {
  const FINDER = (price: string, who = "finder's warrants") =>
    `${LEAD}has closed a private placement of 3,000,000 units at $0.08 per unit. The Company paid cash fees of ` +
    `$16,800 and issued 210,000 ${who}, each exercisable at ${price} per share for two years.\n`

  it('reads their price apart from the placement’s warrants', () => {
    const [warrant] = model(FINDER('$0.04')).offering.warrants
    expect(warrant.price).toBeUndefined()
    expect(warrant.compensation?.value.toString()).toBe('0.04')
  })

  it('flags a price below $0.05, whoever they are issued to, citing Policies 4.1 and 5.1', async () => {
    for (const who of ["finder's warrants", 'broker warrants', "agents' compensation warrants"]) {
      const messages = await pricing(FINDER('$0.03', who))
      expect(messages.map((m) => m.reason)).toEqual([
        "Unexpected finder's or agent's warrant exercise price of $0.03, expected at least $0.05"
      ])
      expect(messages[0].note).toMatch(/Policy 4\.1 .*Policy 5\.1/)
      expect(messages[0].actual).toBe('$0.03')
    }
  })

  it('leaves a price at or above the floor alone', async () => {
    expect(await pricing(FINDER('$0.05'))).toEqual([])
    expect(await pricing(FINDER('$0.06'))).toEqual([])
  })

  it('says it in French: « bons de souscription de courtier »', async () => {
    const french =
      'MONTRÉAL, QC, le 6 mai 2026 - Minéraux Quarry Point inc. (TSXV: QPG) a clôturé un placement privé de ' +
      '3 000 000 unités au prix de 0,08 $ par unité. La Société a émis 210 000 bons de souscription de courtier, ' +
      'chacun permettant d’acquérir une action au prix de 0,03 $ pendant deux ans.\n'
    const messages = await pricing(french)
    expect(messages.map((m) => m.reason)).toEqual([
      'Prix d’exercice des bons de souscription de l’intermédiaire de 0,03 $ inattendu ; attendu : au moins 0,05 $'
    ])
  })
})
