/**
 * The financing terms of a French release (issue 13), read by the same extractors as the English ones: lots
 * ("10 000 000 unités au prix de 0,15 $ par unité pour un produit brut de 1 500 000 $"), the unit's composition
 * ("chaque unité est composée d'une action ordinaire et d'un demi-bon de souscription"), the warrants' terms, the
 * intermediary's fee, the hold ("quatre mois et un jour" expiring "le 22 mars 2026"), the closing as of the
 * dateline's date ("aujourd'hui"); and the three figure rules on them.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {fixture, lintPreset} from './helpers.js'

const TEXT = fixture('closing-release-fr.md')
const FIGURE_RULES = ['offering-arithmetic', 'hold-period', 'tsxv-pricing']

function replace(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in text: ${from}`)
  return text.replace(from, to)
}

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const slice = (value: string, span: {start: number; end: number} | undefined) =>
  span && value.slice(span.start, span.end)

async function findings(value: string) {
  const file = await lintPreset(value)
  return file.messages.filter((m) => FIGURE_RULES.includes(m.ruleId ?? ''))
}

describe('a French closing release', () => {
  const m = model(TEXT)
  const terms = m.offering

  it('is the issuer’s own private placement, closed', () => {
    expect(m.language.release).toBe('fr')
    expect(m.release.speaker).toBe('issuer')
    expect(m.release.kinds.map((kind) => [kind.kind, 'stage' in kind ? kind.stage : undefined])).toEqual([
      ['offering', 'closed']
    ])
    expect([terms.privatePlacement, terms.closing, terms.life, terms.tranche]).toEqual([true, true, false, 'first'])
  })

  it.each([
    ['Ressources Fjord inc. complète la deuxième tranche de son placement privé.', 'second'],
    ['Ressources Fjord inc. a complete la derniere tranche de son placement prive.', 'final']
  ])('reads the tranche a closing completes: “%s”', (sentence, tranche) => {
    expect(model(`${sentence}\n`).offering.tranche).toBe(tranche)
  })

  it('states its lot: count, price and proceeds, as written', () => {
    expect(
      terms.lots.map((lot) => [lot.security, ...[lot.count, lot.price, lot.proceeds].map((f) => slice(TEXT, f))])
    ).toEqual([['units', '10 000 000', '0,15 $', '1 500 000 $']])
    expect(terms.lots[0].price!.value.toString()).toBe('0.15')
  })

  it('its unit’s composition, its warrants’ terms and its fee', () => {
    expect(terms.coverage.map((c) => [c.security, c.fraction.toString()])).toEqual([['units', '0.5']])
    expect(terms.warrants.map((w) => [slice(TEXT, w.price), w.term?.months])).toEqual([['0,25 $', 24]])
    expect(terms.fees.map((f) => [slice(TEXT, f.percent), slice(TEXT, f.amount), f.base])).toEqual([
      ['7 %', '105 000 $', 'proceeds']
    ])
  })

  it('its hold and its expiry; the closing as of the dateline’s date', () => {
    expect(terms.holds.map((h) => [h.kind, slice(TEXT, h), slice(TEXT, h.expiry)])).toEqual([
      ['four months and a day', 'quatre mois et un jour', '22 mars 2026']
    ])
    expect([slice(TEXT, terms.released), terms.released?.relative]).toEqual(['21 novembre 2025', 'today'])
  })

  it('agrees with itself: no finding from the figure rules', async () => {
    expect(await findings(TEXT)).toEqual([])
  })

  it('« annonce aujourd’hui la clôture d’un placement »: the closing is the dateline’s day, the expiry checked from it', async () => {
    const value = replace(
      replace(TEXT, 'la clôture de la première tranche de son', "la clôture d'un"),
      'expirant le 22 mars 2026',
      'expirant le 21 mars 2026'
    )
    expect(model(value).offering.released?.relative).toBe('today')
    const [message, ...rest] = await findings(value)
    expect(rest).toEqual([])
    expect([message.ruleId, message.actual, message.expected]).toEqual([
      'hold-period',
      '21 mars 2026',
      ['22 mars 2026']
    ])
  })

  it('a closing date stated in French: "a clôturé le 1er décembre 2025"', () => {
    const value = replace(
      TEXT,
      "annonce aujourd'hui la clôture de la première tranche",
      'annonce que le 1er décembre 2025, la Société a clôturé la première tranche'
    )
    const closed = model(value).offering.closingDates
    expect(closed.map((d) => [slice(value, d), d.date.getMonth(), d.tranche])).toEqual([
      ['1er décembre 2025', 11, 'first']
    ])
  })

  it('a debt settlement, a hold not four months and a day, a LIFE offering: read as such', () => {
    const life = replace(
      TEXT,
      'placement privé sans',
      "placement privé effectué en vertu de la dispense de financement de l'émetteur coté sans"
    )
    expect(model(life).offering.life).toBe(true)
    const free = replace(
      TEXT,
      'Les titres émis sont assujettis à une période de détention de quatre mois et un jour expirant le 22 mars 2026.',
      'Les titres émis ne sont assujettis à aucune période de détention.'
    )
    expect(model(free).offering.holds.map((h) => h.kind)).toEqual(['none'])
  })
})

describe('the figure rules in French, and the fixes a lawyer acts on (issue 12 item 7)', () => {
  it('catches "10 000 000 unités à 0,15 $ pour un produit brut de 1 600 000 $", in French, the figure as written', async () => {
    const value = replace(
      TEXT,
      '10 000 000 unités au prix de 0,15 $ par unité pour un produit brut de 1 500 000 $',
      '10 000 000 unités à 0,15 $ pour un produit brut de 1 600 000 $'
    )
    const [message, ...rest] = await findings(value)
    expect(rest.map((m) => m.ruleId)).not.toContain('hold-period')
    expect(message.ruleId).toBe('offering-arithmetic')
    expect(message.reason).toBe(
      'Produit inattendu, qui ne concorde pas avec le nombre et le prix ; attendu : 1 500 000 $'
    )
    expect(message.expected).toEqual(['1 500 000 $'])
    expect(message.note).toContain('Politique 4.1 de la Bourse de croissance TSX')
    expect(message.note).toContain('10 000 000 × 0,15 $ = 1 500 000 $, et non 1 600 000 $.')
  })

  it('a missing hold: the fix gives the expiry computed from the closing date (French and English)', async () => {
    const french = replace(
      TEXT,
      'Les titres émis sont assujettis à une période de détention de quatre mois et un jour expirant le 22 mars 2026.',
      ''
    )
    const [fr] = await findings(french)
    expect(fr.reason).toBe('Il manque la période de détention des titres émis ; attendu : « quatre mois et un jour »')
    expect(fr.expected?.[0]).toMatch(/quatre mois et un jour expirant le 22 mars 2026\.$/)
    expect(fr.note).toMatch(/^Règlement 45-102, art\. 2\.5/)
    const english =
      'VANCOUVER, BC, May 4, 2026 - Acme Gold Corp. (TSXV: ACM) announces that it closed its non-brokered private ' +
      'placement today. The Company issued 2,000,000 units at a price of $0.10 per unit.\n'
    const [en] = (await lintPreset(english)).messages.filter((m) => m.ruleId === 'hold-period')
    expect(en.expected?.[0]).toMatch(/four months and one day expiring on September 5, 2026\.$/)
  })

  it('a wrong expiry: « 1er mars 2026 », in the draft’s French', async () => {
    const value = replace(
      replace(TEXT, "annonce aujourd'hui la clôture", 'annonce que le 31 octobre 2025, la Société a clôturé'),
      'expirant le 22 mars 2026',
      'expirant le 28 février 2026'
    )
    const [message] = await findings(value)
    expect(message.expected).toEqual(['1er mars 2026'])
    expect(message.note).toContain('elle expire le 1er mars 2026')
  })

  it('tsxv-pricing reads French prices, cites the provision it enforces, in French', async () => {
    const value = replace(
      TEXT,
      'au prix de 0,25 $ pendant une période de 24 mois',
      'au prix de 0,04 $ pendant une période de six ans'
    )
    const found = await findings(value)
    expect(found.map((m) => [m.ruleId, m.reason, m.expected])).toEqual([
      [
        'tsxv-pricing',
        'Prix d’exercice des bons de souscription de 0,04 $ inattendu ; attendu : au moins 0,05 $',
        ['0,05 $']
      ],
      ['tsxv-pricing', 'Durée des bons de souscription de 72 mois inattendue ; attendu : cinq ans au plus', undefined]
    ])
    // A warrant's finding cites the Policy on warrants, not Policy 1.1's floor on share prices.
    for (const m of found) expect(m.note).not.toContain('1.1')
  })
})

describe('a bilingual release (English, then French)', () => {
  const english =
    'VANCOUVER, BC, November 21, 2025 - Boreal Resources Inc. (TSXV: BOR) announces that it closed today the first ' +
    'tranche of its non-brokered private placement. The Company issued 10,000,000 units at a price of $0.15 per unit ' +
    'for gross proceeds of $1,500,000. The securities issued are subject to a hold period of four months and one day ' +
    'expiring on March 22, 2026.\n\n'
  const frenchPart = TEXT.slice(TEXT.indexOf('MONTRÉAL'))

  it('each part read in its own language: no finding when both agree', async () => {
    const value = english + frenchPart
    const {language, blocks} = model(value)
    expect([language.of(blocks[0]), language.of(blocks.at(-2)!)]).toEqual(['en', 'fr'])
    expect(await findings(value)).toEqual([])
  })

  it('a figure wrong in the French part only: one finding, in French, on the French words', async () => {
    const value = english + replace(frenchPart, 'produit brut de 1 500 000 $', 'produit brut de 1 600 000 $')
    const found = await findings(value)
    expect(found.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([
      ['offering-arithmetic', '1 600 000 $', ['1 500 000 $']]
    ])
    expect(found[0].reason).toMatch(/^Produit inattendu/)
  })
})

describe('more French terms: two classes, a restatement in words, a warrant total', () => {
  const arithmetic = async (value: string) =>
    (await findings(value)).filter((m) => m.ruleId === 'offering-arithmetic').map((m) => [m.reason, m.expected])
  const opening = 'Ressources Boréalis inc. (TSX-V : BOR) a clôturé son placement privé de '

  it('units and flow-through shares summed, each at its price', async () => {
    const value =
      opening +
      '2 000 000 unités au prix de 0,10 $ par unité et de 1 000 000 actions accréditives au prix de 0,12 $ par action ' +
      'accréditive, pour un produit brut total de 330 000 $.\n'
    expect(await arithmetic(value)).toEqual([
      ['Produit global inattendu, qui diffère du produit des titres vendus ; attendu : 320 000 $', ['320 000 $']]
    ])
  })

  it('« quinze cents (0,16 $) »: the words are wrong where the lot agrees with the numerals', async () => {
    const value =
      opening +
      '5 000 000 reçus de souscription au prix de quinze cents (0,16 $) par reçu de souscription pour un produit ' +
      'brut de 800 000 $.\n'
    expect(await arithmetic(value)).toEqual([
      ['Chiffre inattendu, qui diffère de sa reformulation ; attendu : seize cents', ['seize cents']]
    ])
  })

  it('a warrant total that does not fit « un bon de souscription » per unit; « 1,2 M$ » agrees', async () => {
    const value =
      opening +
      "10 000 000 unités au prix de 0,12 $ l'unité, pour un produit brut de 1,2 M$. Chaque unité comprend une action " +
      'ordinaire et un bon de souscription; au total, 10 500 000 bons de souscription ont été émis.\n'
    expect(await arithmetic(value)).toEqual([
      ['Nombre de bons de souscription inattendu pour les unités émises ; attendu : 10 000 000', ['10 000 000']]
    ])
  })
})
