/**
 * French scientific and technical information (issue 13): the technical topic signals, QP statements, exploration
 * results and data verification in French, read as thoroughly as their English forms. Issuers and wording are
 * invented.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {QP_TEXTS} from '../rules/messages/qp-statement.js'
import {buildModel, type Model} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

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

const DRILL_FR = 'Le sondage BO-25-012 du projet Boréal a intersecté 6,8 g/t Au sur 12,5 m dans la zone Nord.'

describe('qp-statement in French', () => {
  it.each([
    [
      'the standard statement',
      'L’information scientifique et technique du présent communiqué a été révisée et approuvée par Hélène Côté, ' +
        'géo., vice-présidente exploration de la Société et personne qualifiée au sens du Règlement 43-101.'
    ],
    [
      'a member of the OGQ, « PQ », under supervision',
      'Les travaux ont été réalisés sous la supervision de Luc Gagnon, membre de l’Ordre des géologues du Québec ' +
        '(OGQ), géologue en chef de la Société et personne qualifiée (« PQ ») selon le Règlement 43-101.'
    ],
    [
      'an engineer independent of the Company, accents dropped by copy',
      'Sophie Belanger, ing., independante de la Societe, est la personne qualifiee au sens de la Norme ' +
        'canadienne 43-101 et a revise et approuve le contenu technique du present communique.'
    ],
    [
      'a consultant, curly quotes and no-break spaces',
      'Pierre Lavoie, géo., consultant de la Société, a préparé l’information technique\u00a0; il est une ' +
        '«\u00a0personne qualifiée\u00a0» au sens du Règlement 43-101.'
    ]
  ])('accepts %s', async (_, statement) => {
    const file = await lintWith('qp-statement', `${DRILL_FR}\n\n${statement}\n`)
    expect(file.messages.map(format)).toEqual([])
  })

  it('reports a French release missing the statement in French, citing article 3.1, with the French fix', async () => {
    const file = await lintWith('qp-statement', `${DRILL_FR}\n`)
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message.reason).toMatch(/^Il manque la mention de la personne qualifiée/)
    expect(message.note).toContain('Règlement 43-101, article 3.1')
    expect(message.note).toContain('«\u00a06,8 g/t\u00a0»')
    expect(message.expected?.[0].trim()).toBe(QP_TEXTS.fr.template)
  })

  it('writes the fix with the apostrophes of the draft', async () => {
    const file = await lintWith('qp-statement', `${DRILL_FR.replace('Le ', "D'abord, le ")} L'analyse suit.\n`)
    expect(file.messages[0].expected?.[0]).toContain("L'information scientifique")
  })

  it('tells a missing part of a French statement in French', async () => {
    const file = await lintWith(
      'qp-statement',
      `${DRILL_FR}\n\nHélène Côté, géo., personne qualifiée au sens du Règlement 43-101, a révisé et approuvé ` +
        'le présent communiqué.\n'
    )
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Il manque le lien de la personne qualifiée avec l’émetteur (titre, «\u00a0indépendant de la Société\u00a0», ' +
        '«\u00a0consultant de la Société\u00a0»)'
    ])
    expect(file.messages[0].expected?.[0]).toContain('Hélène Côté, géo., [titre] de la Société, personne qualifiée')
  })

  it('does not take the historical-estimate caution for a statement', async () => {
    const file = await lintWith(
      'qp-statement',
      `${DRILL_FR}\n\nUne personne qualifiée n’a pas effectué suffisamment de travaux pour classer l’estimation ` +
        'historique comme ressources minérales actuelles.\n'
    )
    expect(file.messages.map((m) => m.reason)).toEqual([expect.stringMatching(/^Il manque la mention/)])
  })

  it('in a bilingual release, the English statement satisfies both parts', async () => {
    const english =
      'Drilling at the Boreal project returned 6.8 g/t Au over 12.5 m in hole BO-25-012 in the North zone of ' +
      'the property, which the Company is testing with a program of ten holes this year.\n\n' +
      'The scientific and technical information in this news release has been reviewed and approved by Helen ' +
      'Cote, P.Geo., Vice President Exploration of the Company, a Qualified Person as defined in NI 43-101.'
    const french =
      'Le sondage BO-25-012 du projet Boréal a intersecté 6,8 g/t Au sur 12,5 m dans la zone Nord de la ' +
      'propriété, que la Société teste avec un programme de dix sondages cette année. La zone reste ouverte ' +
      'en profondeur et le long de la direction, selon la Société et ses géologues sur le terrain.'
    const file = await lintWith('qp-statement', `${english}\n\n${french}\n`)
    expect(file.messages.map(format)).toEqual([])
  })
})

describe('exploration-results and data-verification in French', () => {
  const COLLAR_FR = 'Le sondage a été foré selon un azimut de 180° et un pendage de -55°.'
  const methods = [
    'Les longueurs rapportées sont des longueurs de carottes ; les épaisseurs réelles ne sont pas connues.',
    'Les demi-carottes ont été analysées par essai pyrognostique et ICP au laboratoire Bureau Veritas de ' +
      'Timmins, qui n’a aucun lien avec la Société.',
    'Des matériaux de référence certifiés et des blancs ont été insérés dans chaque lot d’échantillons.'
  ]

  it('passes French results with their statements', async () => {
    const file = await lintWith('exploration-results', `${DRILL_FR}\n\n${methods.join(' ')} ${COLLAR_FR}\n`)
    expect(file.messages.map(format)).toEqual([])
  })

  it.each(methods.map((_, i) => [i]))('names what is missing when statement %i is left out', async (i) => {
    const rest = methods.filter((_, j) => j !== i).join(' ')
    const file = await lintWith('exploration-results', `${DRILL_FR}\n\n${rest}\n`)
    expect(file.messages.length).toBeGreaterThan(0)
    for (const message of file.messages) {
      expect(message.reason).toMatch(
        /^Il manque .* ; ce communiqué présente des (?:résultats de forage|intervalles sur une largeur) \(ligne 1\)/
      )
      expect(message.reason).toContain('«\u00a06,8 g/t Au sur 12,5 m\u00a0»')
      expect(message.note).toMatch(/^Règlement 43-101, article 3\.3/)
    }
  })

  it('does not take a French resource or a historical grade for a new result', async () => {
    const text =
      'Les ressources minérales indiquées du gisement Boréal totalisent 2,3 millions de tonnes à 1,9 g/t Au. ' +
      'Des travaux historiques avaient rapporté 5,1 g/t Au sur 3,0 m dans le secteur.\n'
    expect(model(text).results?.evidence).toBeUndefined()
    expect((await lintWith('exploration-results', text)).messages).toEqual([])
  })

  it('reads the decimal comma of a French interval: the result quoted as written (property)', () => {
    const figure = fc.tuple(fc.integer({min: 0, max: 999}), fc.integer({min: 0, max: 99}))
    fc.assert(
      fc.property(figure, figure, ([g, gd], [w, wd]) => {
        const result = `${g},${gd} g/t Au sur ${w},${wd} m`
        const m = model(`Le sondage B-7 a intersecté ${result} dans la zone Sud.\n`)
        expect(quoted(m, m.results?.evidence)).toBe(result)
        expect(m.results?.kind).toBe('drill')
      })
    )
  })

  it('tells a French release without data verification in French, with the French fix', async () => {
    const file = await lintWith('data-verification', `${DRILL_FR}\n`)
    expect(file.messages.map((m) => m.reason)).toEqual([
      expect.stringMatching(/^Il manque la mention de la vérification des données ;.*«\u00a06,8 g\/t\u00a0»$/)
    ])
    expect(file.messages[0].note).toMatch(/^Règlement 43-101, article 3\.2/)
    expect(file.messages[0].expected?.[0]).toContain('[Nom], la personne qualifiée, a vérifié les données')
  })

  it('in a bilingual release, each part’s statements satisfy its own results, with no double report', async () => {
    const english =
      'Hole BO-25-012 at the Boreal project returned 6.8 g/t Au over 12.5 m in the North zone. Reported ' +
      'intervals are core lengths; true widths are not known. Half core was analysed by fire assay at ALS in ' +
      'Val-d’Or, independent of the Company; certified standards and blanks were inserted in each batch. The hole ' +
      'was drilled at an azimuth of 180° and a dip of -55°.'
    const french = `${DRILL_FR} ${methods.join(' ')} ${COLLAR_FR}`
    const file = await lintWith('exploration-results', `${english}\n\n${french}\n`)
    expect(file.messages.map(format)).toEqual([])
  })
})

describe('mineral-resource in French', () => {
  const ESTIMATE =
    'Les ressources minérales présumées du gisement Cèdre totalisent 4\u202f250\u202f000 tonnes à 2,35 % Cu.\n\n' +
    'La date d’effet de l’estimation est le 15 janvier 2026 ; la teneur de coupure est de 0,4 % Cu.'

  it.each([
    'Les ressources minérales qui ne sont pas des réserves minérales n’ont pas démontré leur viabilité économique.',
    'Les ressources minérales qui ne sont pas des réserves minérales ne possèdent pas de viabilité économique démontrée.',
    'LES RESSOURCES MINÉRALES QUI NE SONT PAS DES RÉSERVES MINÉRALES N’ONT PAS DÉMONTRÉ LEUR VIABILITÉ ÉCONOMIQUE.'
  ])('accepts the economic-viability sentence: %s', async (sentence) => {
    const file = await lintWith('mineral-resource', `${ESTIMATE} ${sentence}\n`)
    expect(file.messages.map(format)).toEqual([])
  })

  it('reads the estimate as written and tells what is missing in French', async () => {
    const m = model(`${ESTIMATE}\n`)
    expect(m.estimates.resources.map((r) => [quoted(m, r), r.categories, r.reserve])).toEqual([
      ['4\u202f250\u202f000 tonnes', ['présumées'], false]
    ])
    const file = await lintWith('mineral-resource', `${ESTIMATE}\n`)
    expect(file.messages.map((message) => message.reason)).toEqual([
      expect.stringMatching(/^Il manque la mention que les ressources minérales qui ne sont pas des réserves/)
    ])
    expect(file.messages[0].note).toContain('«\u00a04\u202f250\u202f000 tonnes\u00a0»')
  })

  it('asks a French estimate for its category, date and assumptions in French', async () => {
    const file = await lintWith(
      'mineral-resource',
      'Les ressources minérales du gisement Cèdre totalisent 4 250 000 tonnes à 2,35 % Cu.\n'
    )
    expect(file.messages.map((message) => message.reason.split(' ;')[0])).toEqual([
      'Il manque la catégorie ICM de l’estimation',
      'Il manque la date d’effet de l’estimation',
      'Il manque les principales hypothèses de l’estimation',
      // Resources without a category are still resources (not reserves): the viability sentence goes with them.
      'Il manque la mention que les ressources minérales qui ne sont pas des réserves minérales n’ont pas démontré ' +
        'leur viabilité économique'
    ])
  })

  it('keeps a French historical estimate out of the current resources', () => {
    const m = model('L’estimation historique de 1987 faisait état de 850 000 tonnes à 6,2 g/t Au.\n')
    expect(m.estimates.resources).toEqual([])
  })
})

describe('pea-caution in French', () => {
  const RESULTS =
    'L’EEP du projet Boréal démontre une VAN après impôts de 512 M$ et un TRI de 24,5 %, selon l’étude préparée ' +
    'par Géoconseil inc. en date du 1er mars 2026.'

  it.each([
    'L’EEP est de nature préliminaire et comprend des ressources minérales présumées, considérées comme ' +
      'géologiquement trop spéculatives pour être classées comme réserves minérales ; il n’y a aucune garantie ' +
      'que les résultats de l’EEP se réaliseront.',
    'L’étude économique préliminaire est de nature préliminaire et comprend des ressources minérales présumées ' +
      'considérées comme trop spéculatives sur le plan géologique pour que l’on y applique des considérations ' +
      'économiques permettant de les classer comme réserves minérales, et il n’y a aucune certitude que ses ' +
      'résultats se réaliseront.'
  ])('accepts the caution: %s', async (caution) => {
    const file = await lintWith('pea-caution', `${RESULTS}\n\n${caution}\n`)
    expect(file.messages.map(format)).toEqual([])
  })

  it('reads the French results and asks for the caution in French', async () => {
    const m = model(`${RESULTS}\n`)
    expect(m.estimates.peaResults.map((r) => [quoted(m, r), r.strength])).toEqual([
      ['VAN après impôts de 512 M$', 'strong']
    ])
    const file = await lintWith('pea-caution', `${RESULTS}\n`)
    expect(file.messages.map((message) => message.reason)).toEqual([
      expect.stringMatching(
        /^Il manque la mise en garde sur l’étude économique préliminaire ; attendu : «\u00a0L’étude/
      )
    ])
    expect(file.messages[0].note).toMatch(/^Règlement 43-101, article 2\.3\(3\)\(a\) : /)
  })

  it('does not take a study merely named for its results', async () => {
    const file = await lintWith('pea-caution', 'La Société a entrepris une étude économique préliminaire.\n')
    expect(file.messages).toEqual([])
  })
})
