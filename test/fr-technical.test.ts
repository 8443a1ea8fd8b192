/**
 * French scientific and technical information (issue 13): the technical topic signals, QP statements, exploration
 * results and data verification in French, read as thoroughly as their English forms. Issuers and wording are
 * invented.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel, type Model} from '../src/model/model.js'

const parse = unified().use(remarkParse)
const model = (text: string): Model => buildModel(parse.parse(text), text)
const quoted = (m: Model, span: {start: number; end: number} | undefined) => span && m.value.slice(span.start, span.end)

describe('technical topic in French', () => {
  it('reads a grade with its decimal comma, quoted as written', () => {
    const m = model(
      'Mines Boréal inc. (TSXV : MBO) annonce que le sondage BO-25-012 a intersecté 6,8 g/t Au sur 12,5 m.\n'
    )
    expect(m.topics.technical?.strength).toBe('strong')
    expect(quoted(m, m.topics.technical)).toBe('6,8 g/t')
  })

  it.each([
    ['a grade in words of a metal', 'Le forage a recoupé 12,5 m à 3,1 % de cuivre.', '3,1 % de cuivre'],
    [
      'drilling counted, thousands grouped by a no-break space',
      'La campagne a compté 3\u00a0450 mètres de forage dans la zone minéralisée.',
      '3\u00a0450 mètres de forage'
    ],
    ['drill holes counted', 'La campagne a compté douze sondages dans la zone minéralisée.', 'douze sondages'],
    [
      'a resource in millions of tonnes',
      'Ressources minérales présumées : 2,3 millions de tonnes à 1,9 g/t Au.',
      '1,9 g/t'
    ],
    [
      'a study’s result',
      'L’étude économique préliminaire indique une VAN après impôts de 512 M$ et un TRI de 24,5 %. ' +
        'Elle repose sur des ressources minérales indiquées.',
      'VAN après impôts de 512 M$'
    ]
  ])('is strong on %s', (_, sentence, words) => {
    const m = model(`Métaux Lacroix ltée (CSE : MLX) présente ses résultats.\n\n${sentence}\n`)
    expect(m.topics.technical?.strength).toBe('strong')
    expect(quoted(m, m.topics.technical)).toBe(words)
  })

  it.each([
    [
      'a study merely named',
      'La Société a entrepris une étude de faisabilité. Le forage se poursuit. La minéralisation est ouverte.'
    ],
    [
      'words of several kinds, no figure',
      'Le programme a porté sur des levés géophysiques, des échantillons choisis et des trous de forage dans la zone minéralisée.'
    ]
  ])('is weak on %s', (_, text) => {
    const m = model(`Ressources Pinède inc. fait le point.\n\n${text}\n`)
    expect(m.topics.technical?.strength).toBe('weak')
  })

  it('finds no technical information in a French corporate release', () => {
    const m = model(
      'Ressources Pinède inc. annonce la nomination de Mme Julie Caron au poste de chef de la direction. ' +
        'Elle compte 20 ans d’expérience en finance.\n'
    )
    expect(m.topics.technical).toBeUndefined()
  })

  it('reads any French grade with a decimal comma exactly (property)', () => {
    const grade = fc.tuple(fc.integer({min: 0, max: 99_999}), fc.integer({min: 0, max: 999}), fc.boolean())
    // The unit as written, and the part of it the grade signal quotes.
    const units = fc.constantFrom(
      ['g/t', 'g/t'],
      [' g/t Au', ' g/t'],
      [' ppm', ' ppm'],
      [' % Cu', ' % Cu'],
      ['% Li2O', '% Li2O']
    )
    fc.assert(
      fc.property(grade, units, ([whole, decimals, grouped], [unit, quotedUnit]) => {
        const digits = String(whole)
        const written = grouped ? digits.replace(/\B(?=(\d{3})+$)/g, '\u202f') : digits
        const figure = `${written},${decimals}`
        const m = model(`Le sondage A-1 a intersecté ${figure}${unit} sur 4,0 m.\n`)
        expect(quoted(m, m.topics.technical)).toBe(figure + quotedUnit)
      })
    )
  })
})
