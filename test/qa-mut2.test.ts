/**
 * Financing and corporate statements written many ways, each element removed or altered one at a time (a
 * mutation round of QA; invented issuers, our own wording): each case a defect the document model once misread.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {rejoined} from '../src/model/text.js'
import {monthsUntil} from '../src/model/dates.js'
import {addMonths} from 'date-fns'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('hold-period: the restriction stated by its end alone, and the distribution date after the lot’s terms', () => {
  const closing = (lot: string, hold: string) =>
    'CALGARY, Alberta, June 15, 2026 /Newswire/ - Ferncliff Nickel Corp. (TSXV: FNK) (the "Company") has closed its ' +
    `non-brokered private placement announced on May 2, 2026. ${lot}\n\n${hold}`
  const LOT =
    'The Company issued 4,000,000 units at a price of $0.25 per unit on June 12, 2026 for gross proceeds of $1,000,000.'

  it.each([
    'The securities may not be traded until October 13, 2026, except as permitted by securities legislation.',
    'Securities issued under the placement must not be resold before October 13, 2026.'
  ])('a hold stated by its end: %s', async (hold) => {
    expect(await messages('hold-period', closing(LOT, hold))).toEqual([])
  })

  it('a French hold stated by its end', async () => {
    const value =
      'QUÉBEC, Québec, le 15 juin 2026 /Newswire/ - Nickel Ferncliff inc. (TSXV : FNK) (la « Société ») annonce la ' +
      'clôture de son placement privé. La Société a émis 4 000 000 unités au prix de 0,25 $ par unité, pour un produit ' +
      'brut de 1 000 000 $, le 12 juin 2026.\n\nLes titres ne pourront être négociés avant le 13 octobre 2026.'
    expect(await messages('hold-period', value)).toEqual([])
    expect(await messages('hold-period', value.replace('13 octobre', '14 octobre'))).toEqual([
      expect.stringContaining('13 octobre 2026')
    ])
  })

  it.each(['October 12, 2026', 'October 14, 2026'])('an expiry a day off the issue date: %s', async (date) => {
    const hold = `All securities issued are subject to a hold period expiring on ${date}.`
    expect(model(closing(LOT, hold)).offering.closingDates.map((d) => d.date.toISOString().slice(0, 10))).toEqual([
      '2026-06-12'
    ])
    expect(await messages('hold-period', closing(LOT, hold))).toEqual([
      expect.stringContaining('expected October 13, 2026 (June 12, 2026 + four months and one day)')
    ])
  })

  it('the closing date after the lot’s prices, and no other closing’s', async () => {
    const lot =
      'The Company closed its placement of 4,000,000 flow-through shares (the "FT Shares") at a price of $0.25 per FT ' +
      'Share, a premium to the market price, for gross proceeds of $1,000,000, on June 12, 2026.'
    const hold = 'The FT Shares are subject to a hold period expiring on October 12, 2026.'
    expect(await messages('hold-period', closing(lot, hold))).toEqual([expect.stringContaining('October 13, 2026')])
    expect(await messages('hold-period', closing(lot, hold.replace('12', '13')))).toEqual([])
  })

  it('a news release issued on a date is no distribution', () => {
    const lot =
      'The Company issued a news release on May 2, 2026 announcing 4,000,000 units at $0.25 for proceeds of $1,000,000.'
    expect(model(closing(lot, '')).offering.closingDates).toEqual([])
  })
})

describe('us-securities-act: "may be offered or sold" restricts only when negated, or with "only"', () => {
  const release = (paragraph: string) =>
    'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES\n\n' +
    'REGINA, Saskatchewan, April 2, 2026 - Dunmore Potash Corp. (TSXV: DPC) announces a private placement of ' +
    `2,000,000 units at $0.20 per unit for gross proceeds of $400,000.\n\n${paragraph} This news release does not ` +
    'constitute an offer to sell or the solicitation of an offer to buy securities in the United States.'
  const REGISTERED = 'The units have not been registered under the U.S. Securities Act of 1933, as amended,'

  it.each([
    `${REGISTERED} and may not be offered or sold in the United States absent an exemption.`,
    `${REGISTERED} and none of them may be offered or sold in the United States absent an exemption.`,
    `${REGISTERED} nor may they be offered or sold within the United States or to U.S. persons.`,
    `${REGISTERED} and may be offered or sold in the United States only in transactions exempt from registration.`
  ])('restricts: %s', async (paragraph) => {
    expect(await messages('us-securities-act', release(paragraph))).toEqual([])
  })

  it.each([
    `${REGISTERED} and may be offered or sold in the United States absent registration.`,
    `${REGISTERED} and will be offered or sold to U.S. persons.`
  ])('says the opposite: %s', async (paragraph) => {
    expect(await messages('us-securities-act', release(paragraph))).toEqual([expect.stringContaining('error Missing')])
  })
})

describe('forward-looking-caution: the use of proceeds in French is the issuer’s plan, as in English', () => {
  const release = (use: string) =>
    'RIMOUSKI, Québec, le 9 avril 2026 /Newswire/ - Graphite Matane inc. (TSXV : GMT) (la « Société ») annonce ' +
    `la clôture de son placement privé de 3 000 000 d'actions au prix de 0,20 $ par action. ${use}\n\n` +
    '## Mise en garde\n\nLe présent communiqué contient de l’information prospective, notamment sur l’emploi du ' +
    'produit. Elle comporte des risques et des incertitudes, et les résultats réels pourraient différer sensiblement. ' +
    'La Société ne s’engage pas à la mettre à jour, sauf si la loi l’exige.'

  it.each([
    'Le produit net servira aux travaux de forage sur la propriété Matane.',
    'Le produit brut du placement sera affecté au fonds de roulement.',
    'Le produit net sera utilisé pour les travaux de 2026.'
  ])('%s', async (use) => {
    const found = await messages('forward-looking-caution', release(use))
    expect(found).toEqual([expect.stringContaining('error Il manque les hypothèses')])
  })

  it('the proceeds of a sale, past, are no plan', async () => {
    expect(model(release('Le produit de la vente a été versé le 2 avril.')).topics.forwardLooking?.strength).not.toBe(
      'strong'
    )
  })
})

describe('a space copy put inside a word of a statement’s element hides no element', () => {
  const CLOSING =
    'WINNIPEG, Manitoba, May 20, 2026 /Newswire/ - Larkspur Zinc Ltd. (TSXV: LZN) (the "Company") has closed its ' +
    'private placement of 5,000,000 units at $0.10 per unit for gross proceeds of $500,000. The Company intends to ' +
    'use the net proceeds for drilling. A director of the Company subscribed for 400,000 units.\n\n'
  const CAUTION =
    'This news release contains forward-looking information, including the use of proceeds. It is based on ' +
    'assumptions management believes reasonable and is subject to risks and uncertainties that could cause actual ' +
    'results to differ materially. The Company does not undertake to update it except as required by law.'
  const MI =
    'The director’s participation is a related party transaction within the meaning of MI 61-101. The Company relied ' +
    'on the exemptions from the formal valuation and minority shareholder approval requirements in sections 5.5(a) and ' +
    '5.7(1)(a) of MI 61-101, as the fair market value of the participation did not exceed 25% of its market ' +
    'capitalization. No material change report was filed 21 days before closing as the participation was not then known.'
  // Split each long word of the statement in its middle, one at a time.
  const splits = (statement: string) =>
    [...new Set(statement.match(/[a-z]{9,}/g))].map((word) => {
      const at = statement.indexOf(word) + Math.floor(word.length / 2)
      return statement.slice(0, at) + ' ' + statement.slice(at)
    })

  it.each(splits(CAUTION))('caution: %s', async (caution) => {
    expect(await messages('forward-looking-caution', `${CLOSING}${caution}`)).toEqual([])
  })

  it.each(splits(MI))('MI 61-101: %s', async (paragraph) => {
    expect(await messages('related-party', `${CLOSING}${paragraph}`)).toEqual([])
  })

  it('an element missing is still missing', async () => {
    const noAssumptions = CAUTION.replace('It is based on assumptions management believes reasonable and is', 'It is')
    expect(await messages('forward-looking-caution', `${CLOSING}${noAssumptions}`)).toEqual([
      expect.stringContaining('error Missing material factors or assumptions')
    ])
  })
})

describe('rejoined: the space copy put inside a word of the list, and no other, is taken out', () => {
  // Filler words of letters no stem has, so that only the split stem can span a space.
  const filler = fc.array(fc.stringMatching(/^[qwkz]{1,8}$/), {maxLength: 6})
  const stems = ['information', 'transaction', 'capitali', 'opération']

  it('puts a split stem back together, wherever it was split', () => {
    fc.assert(
      fc.property(filler, fc.constantFrom(...stems), fc.nat(), filler, (before, stem, cut, after) => {
        const at = 1 + (cut % (stem.length - 1))
        const text = [...before, stem, ...after].join(' ')
        const split = [...before, stem.slice(0, at) + ' ' + stem.slice(at), ...after].join(' ')
        expect(rejoined(split, stems)).toBe(text)
      })
    )
  })

  it('leaves text whose spaces split no stem as it is', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...stems), fc.stringMatching(/^[a-z]{1,8}$/))), (words) => {
        const text = words.join(' ')
        const joined = rejoined(text, stems)
        // Only spaces are taken out, and only where a stem now spans where there was a space.
        expect(joined.replace(/ /g, '')).toBe(text.replace(/ /g, ''))
        for (const stem of stems) expect(joined.split(stem).length).toBeGreaterThanOrEqual(text.split(stem).length)
      })
    )
  })
})

describe('forward-looking-caution: a caution that lists its risks goes on after the list', () => {
  const release = (caution: string) =>
    'SUDBURY, Ontario, June 3, 2026 /Newswire/ - Wanapitei Nickel Corp. (TSXV: WNI) announces that it intends to ' +
    `drill its Ramsey property this summer.\n\n## Forward-Looking Information\n\n${caution}`
  const INTRO =
    'Statements in this release about the drill program are forward-looking information. They are based on ' +
    "management's current expectations and are subject to risks, including:"

  it.each([
    ['- permits may be delayed;\n- crews may not be available.', 'Actual results could differ materially.'],
    ['1. permits may be delayed, and\n2. crews may not be available.', 'Actual results could differ materially.'],
    ['- the weather;\n- the availability of drill rigs; or\n- permits.', 'Actual results may vary.']
  ])('%s', async (list, after) => {
    const caution = `${INTRO}\n\n${list}\n\n${after} The Company does not undertake to update them except as required by law.`
    expect(model(release(caution)).caution.length).toBeGreaterThan(2)
    expect(await messages('forward-looking-caution', release(caution))).toEqual([])
  })

  it('the paragraph after the caution’s list is still read for what it lacks', async () => {
    const caution = `${INTRO}\n\n- permits may be delayed.\n\nActual results could differ materially.`
    expect(await messages('forward-looking-caution', release(caution))).toEqual([
      expect.stringContaining('warning Missing statement on updating')
    ])
  })
})

describe('hold-period: the distribution date wherever the closing sentence puts it', () => {
  const release = (lot: string, expiry: string) =>
    'EDMONTON, Alberta, April 14, 2026 /Newswire/ - Sturgeon Lithium Corp. (TSXV: SLC) has closed its non-brokered ' +
    `private placement announced on March 3, 2026. ${lot}\n\nThe units are subject to a hold period expiring on ${expiry}.`
  it.each([
    'On April 10, 2026, the Company issued 10,000,000 units at $0.10 per unit for gross proceeds of $1,000,000.',
    'Closing of the placement occurred on April 10, 2026, the Company issuing 10,000,000 units at $0.10 per unit.'
  ])('%s', async (lot) => {
    expect(await messages('hold-period', release(lot, 'August 11, 2026'))).toEqual([])
    expect(await messages('hold-period', release(lot, 'August 12, 2026'))).toEqual([
      expect.stringContaining('expected August 11, 2026')
    ])
  })
})

describe('tsxv-pricing: warrants stated by their expiry date, counted from the closing', () => {
  const closing = (until: string, dateline = 'May 14, 2026') =>
    `KAMLOOPS, British Columbia, ${dateline} /Newswire/ - Tranquille Copper Corp. (TSXV: TQC) has closed its ` +
    'private placement of 8,000,000 units at $0.10 per unit for gross proceeds of $800,000. Each unit consists of one ' +
    `share and one warrant, each warrant exercisable at $0.15 until ${until}.`

  it.each(['May 14, 2031', 'May 1, 2028'])('five years at most: %s', async (until) => {
    expect(await messages('tsxv-pricing', closing(until))).toEqual([])
  })

  it.each(['May 15, 2031', 'March 20, 2032'])('more than five years: %s', async (until) => {
    const found = await messages('tsxv-pricing', closing(until))
    expect(found).toEqual([expect.stringMatching(/error Unexpected warrant term of (61|71) months/)])
  })

  it('the closing date stated, not the dateline, is the start', async () => {
    const value = closing('May 12, 2031').replace('has closed its', 'closed on May 11, 2026 its')
    expect(await messages('tsxv-pricing', value)).toEqual([expect.stringContaining('61 months')])
  })

  it('an announcement’s warrants are issued later: not counted from its date', async () => {
    const value = closing('May 20, 2031').replace('has closed its', 'announces a')
    expect(await messages('tsxv-pricing', value)).toEqual([])
  })

  it('counts months as the calendar does', () => {
    fc.assert(
      fc.property(
        fc.date({min: new Date(2000, 0, 1), max: new Date(2040, 0, 1), noInvalidDate: true}),
        fc.nat(120),
        (from, months) => {
          const start = new Date(from.getFullYear(), from.getMonth(), from.getDate())
          const to = new Date(start.getFullYear(), start.getMonth() + months, 1)
          const n = monthsUntil(start, to)
          expect(addMonths(start, n) >= to).toBe(true)
          expect(n === 0 || addMonths(start, n - 1) < to).toBe(true)
        }
      )
    )
  })
})

describe('life-offering: the closing release owes no offering document statement; a finder’s clause is its own', () => {
  const closing = (hold: string) =>
    'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES\n\n' +
    'HALIFAX, Nova Scotia, May 28, 2026 /Newswire/ - Bayswater Tungsten Inc. (TSXV: BWT) (the "Company") has closed ' +
    'its offering of 5,000,000 shares at $0.30 per share for gross proceeds of $1,500,000 under the listed issuer ' +
    `financing exemption (the "LIFE Offering"). ${hold}`

  it.each([
    'The Company paid finders $90,000, being 6% of the gross proceeds, and issued 300,000 finder warrants, being 6% of ' +
      'the shares sold; the finder warrants are subject to a hold period expiring September 29, 2026.',
    'The shares are free trading. The finder warrants are subject to a hold period expiring September 29, 2026.'
  ])('%s', async (hold) => {
    expect(await messages('life-offering', closing(hold))).toEqual([])
  })

  it('a hold stated of the LIFE shares is still an error at the closing', async () => {
    expect(await messages('life-offering', closing('The shares are subject to a four-month hold period.'))).toEqual([
      expect.stringContaining('error Unexpected hold period')
    ])
  })

  it('the announcement still owes the statement', async () => {
    const value = closing('').replace('has closed its offering', 'announces an offering')
    expect(await messages('life-offering', value)).toEqual([expect.stringContaining('error Missing where the LIFE')])
  })
})

describe('hold-period: an expiry set beside a period counted from a date', () => {
  const release = (expiry: string) =>
    'REGINA, Saskatchewan, April 14, 2026 /Newswire/ - Wascana Helium Corp. (TSXV: WHC) has closed its private ' +
    'placement of 4,000,000 shares at $0.25 per share.\n\nThe shares are subject to a hold period of four months and ' +
    `one day from the closing date of April 10, 2026, being ${expiry}.`
  it('the right date', async () => {
    expect(await messages('hold-period', release('August 11, 2026'))).toEqual([])
  })
  it('a day off', async () => {
    expect(await messages('hold-period', release('August 10, 2026'))).toEqual([
      expect.stringContaining('expected August 11, 2026')
    ])
  })
})

describe('related-party: an insider by its holding takes part', () => {
  const release = (who: string) =>
    'SASKATOON, Saskatchewan, April 14, 2026 /Newswire/ - Dundurn Potash Corp. (TSXV: DDP) has closed its private ' +
    `placement of 4,000,000 shares at $0.25 per share. ${who} subscribed for 800,000 shares.`
  it.each([
    'A holder of more than 10% of the outstanding shares',
    'Tarn Capital, a shareholder of 14.5% of the Company,'
  ])('%s', async (who) => {
    expect(await messages('related-party', release(who))).toEqual([
      expect.stringContaining('error Missing MI 61-101 related party transaction paragraph')
    ])
  })
  it('a holder of less is none', async () => {
    expect(await messages('related-party', release('A holder of 4% of the outstanding shares'))).toEqual([])
  })
})

describe('tsxv-pricing: an option that "may be exercised at" a price', () => {
  const grant = (price: string) =>
    'KELOWNA, British Columbia, February 10, 2026 /Newswire/ - Okanagan Cobalt Corp. (TSXV: OKC) has granted 900,000 ' +
    `incentive stock options to its directors. Each option may be exercised at ${price} for five years.`
  it('below the floor', async () => {
    expect(await messages('tsxv-pricing', grant('$0.045'))).toEqual([
      expect.stringContaining('error Unexpected option exercise price of $0.045')
    ])
  })
  it('at the floor or above', async () => {
    expect(await messages('tsxv-pricing', grant('$0.05'))).toEqual([])
  })
  it('options exercised, at a past price, are no grant', async () => {
    const value = grant('$0.04').replace('Each option may be exercised at', 'Options were exercised at')
    expect(await messages('tsxv-pricing', value)).toEqual([])
  })
})

describe('related-party: an insider by its holding takes part, in French', () => {
  const release = (who: string) =>
    'SASKATOON (Saskatchewan), le 14 avril 2026 – Potasse Dundurn inc. (TSXV : DDP) a clôturé son placement privé ' +
    `de 4 000 000 d'actions au prix de 0,25 $ par action. ${who} a souscrit 800 000 actions.`
  it.each([
    'Un porteur de plus de 10 % des actions en circulation',
    'Capital Tarn, un détenteur de 14,5 % des actions,',
    'Un actionnaire détenant plus de 10 % des actions'
  ])('%s', async (who) => {
    expect(await messages('related-party', release(who))).toEqual([expect.stringContaining('error Il manque')])
  })
  it('a holder of less is none', async () => {
    expect(await messages('related-party', release('Un porteur de 4 % des actions'))).toEqual([])
  })
})
