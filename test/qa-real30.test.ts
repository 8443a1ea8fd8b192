/**
 * French releases (communiqués) of Québec issuers, of the kinds a thirtieth QA round read. The cases below are
 * invented issuers in our own words, each reproducing the shape of a defect the document model once misread.
 */
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

/**
 * A drilling update whose headline is followed by a deck of short lines, then a dateline in parentheses, as some
 * issuers set it (« (Toronto, 14 mars 2026) »), not after a place and a dash.
 */
const update = (dateline: string) =>
  'MISE À JOUR DE MINIÈRE LAC-AUX-HÉRONS SUR LE FORAGE INTERCALAIRE À BOISVERT ET REPRISE DES TRAVAUX RÉGIONAUX\n\n' +
  'Les nouveaux résultats comprennent 18,4 g/t Au sur 6,0 mètres\n\n' +
  'et 9,7 g/t Au sur 4,5 mètres\n\n' +
  dateline +
  ' Minière Lac-aux-Hérons inc. (TSX : LAH) présente une mise à jour du programme de forage en cours sur le projet ' +
  'aurifère Boisvert, au Québec.\n\n' +
  'La campagne visait surtout à resserrer la maille de forage dans la partie ouest du gisement.'

describe('document: a headline and its deck above a dateline in parentheses', () => {
  it.each([
    ['« (Toronto, 14 mars 2026) »', '(Toronto, 14 mars 2026)'],
    ['« (Montréal, le 14 mars 2026) »', '(Montréal, le 14 mars 2026)'],
    ['"(Toronto, March 14, 2026)"', '(Toronto, March 14, 2026)'],
    ['its date with no-break spaces', '(Toronto, 14\u00a0mars\u00a02026)']
  ])('%s: the deck stays, its grades are results of this release', async (_kind, dateline) => {
    const value = update(dateline)
    const blocks = model(value).blocks.map((block) => block.norm.text)
    expect(blocks).toContain('les nouveaux résultats comprennent 18,4 g/t au sur 6,0 mètres')
    expect(blocks).toContain('et 9,7 g/t au sur 4,5 mètres')
    expect(blocks.some((text) => text.startsWith('mise à jour') && text.includes('lac-aux-hérons inc.'))).toBe(false)
    const results = await messages('exploration-results', value)
    expect(results.some((message) => message.includes('Il manque le laboratoire'))).toBe(true)
  })

  it('a sentence a page cut, going on in a parenthesis after the page’s header, is still read whole', () => {
    const value =
      'The drilling program was planned by the Company’s geologists and is supervised by the exploration manager of ' +
      'the Company\n\nLarchmont Gold Corp. – News Release – March 3, 2026\n\n' +
      '(the "Manager"), who approved the targets.\n\nThe program will continue through April.'
    const blocks = model(value).blocks.map((block) => block.norm.text)
    expect(blocks.some((text) => text.includes('manager of the company (the "manager"), who approved'))).toBe(true)
  })
})

describe('exploration-results: a hole named with a laboratory’s initials names no laboratory', () => {
  const results = (hole: string, lab = '') =>
    'Exploration Rivière-Noire inc. (TSXV : RNX) annonce des résultats de forage au projet Belcourt. ' +
    `Le forage ${hole} a recoupé 7,8 g/t Au sur 2,0 mètres, incluant 12,1 g/t Au sur 0,5 mètre.` +
    (lab ? `\n\nLes échantillons ont été analysés par ${lab}.` : '')

  it.each(['BV26-014', 'SGS-26-03', 'ALS26-2'])('« %s »: the laboratory is missing', async (hole) => {
    const found = await messages('exploration-results', results(hole))
    expect(found.some((message) => message.includes('Il manque le laboratoire'))).toBe(true)
  })

  it.each(['Bureau Veritas à Timmins', 'BV à Timmins', 'SGS Canada à Lakefield'])(
    '« %s » named: no laboratory missing',
    async (lab) => {
      const found = await messages('exploration-results', results('BV26-014', lab))
      expect(found.some((message) => message.includes('Il manque le laboratoire'))).toBe(false)
    }
  )
})

describe('pea-caution: « évaluation économique préliminaire », the term of Regulation 43-101', () => {
  const pea = (name: string, abbreviation: string, caution = '') =>
    'Montréal (Québec), le 9 février 2026 – Mines Val-Brûlé inc. (TSXV : MVB) annonce les résultats positifs de ' +
    `l’${name} (« ${abbreviation} ») de son projet aurifère Lac-Opale, au Québec. L’${abbreviation} prévoit une ` +
    'production annuelle moyenne de 118 000 onces d’or sur 9,5 ans, une VAN après impôts de 412 M$ et un TRI ' +
    'de 24,5 %, pour des dépenses d’investissement initiales de 355 M$.' +
    (caution ? `\n\n${caution}` : '')

  it.each([
    ['évaluation économique préliminaire', 'ÉEP'],
    ['évaluation économique préliminaire', 'ÉÉP'],
    ['evaluation economique preliminaire', 'EEP'],
    ['étude économique préliminaire', 'EEP']
  ])('« %s (%s) » with its figures and no caution: the caution is missing', async (name, abbreviation) => {
    const found = await messages('pea-caution', pea(name, abbreviation))
    expect(found.some((message) => message.includes('Il manque la mise en garde'))).toBe(true)
  })

  it('with the caution, in the same words: none missing', async () => {
    const caution =
      'L’évaluation économique préliminaire est de nature préliminaire et comprend des ressources minérales ' +
      'présumées considérées comme trop spéculatives sur le plan géologique pour que l’on y applique les ' +
      'considérations économiques qui permettraient de les classer comme réserves minérales, et il n’y a aucune ' +
      'certitude que les résultats de l’évaluation économique préliminaire se réaliseront.'
    const found = await messages('pea-caution', pea('évaluation économique préliminaire', 'ÉEP', caution))
    expect(found.some((message) => message.includes('Il manque la mise en garde'))).toBe(false)
  })
})
