/**
 * This session's changes: the issuer's names defined after its listing whatever exchanges its tags name and however
 * they are grouped; a QP named as the release's QP without an approval word is a warning, not an error; a French
 * laboratory only described names none, as an English one.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {lintText} from '../src/api.js'
import {buildModel} from '../src/model/model.js'
import {gatedSignals} from '../src/model/topics.js'

const names = (value: string) => buildModel(unified().use(remarkParse).parse(value), value).topics.issuerNames

describe('the names defined right after the issuer’s listing', () => {
  it.each([
    ['one tag', '(TSXV: BRW) ("Brackwater")'],
    ['a dotted exchange and a second market in the same parentheses', '(TSX.V: BRW; OTCQB: BRWTF) ("Brackwater")'],
    ['tags in separate parentheses', '(TSX-V: BRW) (OTCQX: BRWTF) (FSE: 7BW) ("Brackwater")'],
    ['the exchange written out', '(TSX Venture Exchange: BRW) ("Brackwater")'],
    ['a Cboe Canada listing with a U.S. quotation', '(Cboe Canada: BRW | OTCQB: BRWTF) ("Brackwater")'],
    ['a dual listing sharing a line', '(TSX: BRW, NYSE American: BRW) ("Brackwater")']
  ])('%s', (_, tags) => {
    const value = `VANCOUVER, BC, May 4, 2027 – Brackwater Metals Corp. ${tags} reports on its Sorrel property.\n`
    expect(names(value)).toEqual(['brackwater'])
  })

  it('a name defined after another party’s ticker later in the opening is not the issuer’s', () => {
    const value =
      'VANCOUVER, BC, May 4, 2027 – Brackwater Metals Corp. (TSXV: BRW) ("Brackwater") has agreed to sell its Sorrel ' +
      'property to Lindqvist Mining Inc. ("Lindqvist").\n'
    expect(names(value)).toEqual(['brackwater'])
  })
})

describe('qp-statement: a QP named as the release’s without what the QP did', () => {
  const release = (qp: string) =>
    'VANCOUVER, BC, May 4, 2027 – Brackwater Metals Corp. (TSXV: BRW) reports that hole SR-27-04 at its Sorrel ' +
    `property returned 3.4 g/t Au over 12.0 metres from 45.0 metres.\n\n${qp}\n`
  const approval = async (qp: string) =>
    (await lintText(release(qp))).messages.filter(
      (m) => m.ruleId === 'qp-statement' && m.reason.startsWith('Missing approval')
    )

  it.each([
    'Tomas Reyes, P.Geo., Vice President Exploration of the Company, is the qualified person under National ' +
      'Instrument 43-101 for the purposes of this news release.',
    'Tomas Reyes, P.Geo., Vice President Exploration of the Company, is the Company’s qualified person under ' +
      'NI 43-101 for this release.'
  ])('is a warning: the statement ties the QP to the release (%s)', async (qp) => {
    const found = await approval(qp)
    expect(found.map((m) => m.fatal)).toEqual([false])
  })

  it('is an error where nothing ties the QP to the release or says what the QP did', async () => {
    const found = await approval(
      'Tomas Reyes, P.Geo., Vice President Exploration of the Company, is a qualified person under National ' +
        'Instrument 43-101.'
    )
    expect(found.map((m) => m.fatal)).toEqual([true])
  })
})

describe('a name defined after another party’s tags in the opening', () => {
  it('is not the issuer’s, the issuer’s tags coming first', () => {
    const value =
      'VANCOUVER, BC, May 4, 2027 – Brackwater Metals Corp. (TSXV: BRW) reports on its Sorrel property, optioned ' +
      'to Tern Metals Corp. (TSXV: TRN) ("Tern").\n'
    // Its own legal name before its tags, with no name defined for it (session 32): never "tern".
    expect(names(value)).toEqual(['brackwater metals'])
  })
})

describe('exploration-results: a French laboratory only described is not named, as in English', () => {
  const release = (lab: string) =>
    'VAL-D’OR, Québec, le 4 mai 2027 – Ressources Brackwater inc. (TSXV : BRW) (« Brackwater » ou la « Société ») ' +
    'annonce que le sondage SR-27-04 a recoupé 3,4 g/t Au sur 12,0 mètres, à partir de 45,0 mètres, avec un azimut ' +
    'de 180° et un pendage de -55° depuis 512 340 E, 5 281 220 N. Les épaisseurs vraies sont estimées à 80 % des ' +
    `longueurs.\n\n${lab} L’or a été dosé par pyroanalyse avec fini par absorption atomique ; des matériaux de ` +
    'référence certifiés, des blancs et des doublons ont été insérés à raison d’un échantillon sur dix.\n'
  const missing = async (lab: string) =>
    (await lintText(release(lab))).messages.filter(
      (m) => m.ruleId === 'exploration-results' && m.reason.startsWith('Il manque le laboratoire')
    )

  it.each([
    'Les échantillons ont été analysés par un laboratoire indépendant.',
    'Les échantillons ont été envoyés à un laboratoire commercial accrédité de Val-d’Or, indépendant de la Société.'
  ])('décrit seulement : %s', async (lab) => {
    expect(await missing(lab)).toHaveLength(1)
  })

  it.each([
    'Les échantillons ont été analysés par Laboratoire Expert inc. de Rouyn-Noranda, indépendant de la Société.',
    'Les échantillons ont été analysés par un laboratoire, Techni-Lab S.G.B. inc., indépendant de la Société.',
    'Les échantillons ont été analysés au laboratoire ALS de Val-d’Or, indépendant de la Société.'
  ])('nommé : %s', async (lab) => {
    expect(await missing(lab)).toEqual([])
  })
})

describe('the gates of the signals of the issuer’s future', () => {
  // Words of the subjects, modals, French futures and forecasts, and words around them.
  const word = fc.constantFrom(
    'the company',
    'brackwater',
    'management',
    'we',
    'the offering',
    'the net proceeds',
    'la société',
    'nous',
    'le programme',
    'may',
    'could',
    'would',
    'might',
    'pourrait',
    'devrait',
    'forera',
    'lanceront',
    'lancerons',
    'espérons',
    'guidance',
    'outlook',
    'forecasts',
    'its 2027',
    'production',
    'reaffirms',
    'on track to',
    'within',
    'met',
    'drill',
    'earn',
    'like to thank',
    ',',
    'also',
    'the',
    'gold',
    'extra',
    'sierra',
    'camera',
    '2026',
    'of'
  )
  it('every match of a gated signal holds its gate (so the gate skips no sentence a signal matches)', () => {
    const pairs = gatedSignals(['brackwater'])
    expect(pairs.length).toBeGreaterThanOrEqual(3)
    // Each signal matches some text of these words.
    for (const text of ['the company might drill', 'reaffirms its 2027 guidance', 'la société forera'])
      expect(pairs.some(([signal]) => signal.test(text))).toBe(true)
    fc.assert(
      fc.property(fc.array(word, {maxLength: 14}), (words) => {
        const text = words.join(' ')
        for (const [signal, gate] of pairs) if (signal.test(text)) expect(gate.test(text)).toBe(true)
      }),
      {numRuns: 3000}
    )
  })
})
