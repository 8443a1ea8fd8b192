/**
 * The related party paragraph (Règlement 61-101) and the mining terms (Avis 43-309 du personnel des ACVM) in
 * French releases (issue 13): variants each must accept, defects each must catch, messages and fixes in French,
 * and the English behaviour of a bilingual release. Issuers and wording are invented.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {EXEMPT, EXEMPT_FR, NAMED, NAMED_FR, SHORT_PERIOD_FR} from '../rules/related-party.js'
import {guillemets} from '../rules/messages/french.js'
import {asCopied, format, lintWith} from './helpers.js'

const DATELINE = 'RIMOUSKI (Québec), le 4 mai 2026 – Minéraux Cap-Chat inc. (TSXV : MCC) (la « Société »)'
const PLACEMENT = `${DATELINE} annonce un placement privé d’au plus 6 000 000 d’unités au prix de 0,10 $ par unité.`
const CLOSING = `${DATELINE} a clôturé son placement privé de 6 000 000 d’unités au prix de 0,10 $ par unité.`

const lint = async (id: Parameters<typeof lintWith>[0], text: string) => (await lintWith(id, text + '\n')).messages
const messages = async (id: Parameters<typeof lintWith>[0], text: string) => (await lint(id, text)).map(format)

describe('related-party in French', () => {
  const paragraph = `${NAMED_FR} ${EXEMPT_FR}`

  it.each([
    [
      'directors and officers who may subscribe',
      'Des administrateurs et dirigeants pourraient souscrire 800 000 unités.'
    ],
    ['an insider who acquired', 'Un initié de la Société a acquis 400 000 unités.'],
    ['the president who subscribed', 'La présidente de la Société a souscrit 300 000 unités.'],
    ['units subscribed by an officer', 'Au total, 400 000 unités ont été souscrites par un dirigeant de la Société.'],
    ['the insiders’ participation', 'La participation des initiés au placement s’élève à 500 000 unités.'],
    ['accents dropped by copy', 'Des inities de la Societe ont achete 400 000 unites.']
  ])('asks for the paragraph, in French, after %s', async (_, text) => {
    const [found, ...rest] = await lint('related-party', `${PLACEMENT} ${text}`)
    expect(rest).toEqual([])
    expect(found.reason).toContain('Il manque, après la participation, le paragraphe sur l’opération avec une')
    expect(found.reason).toContain(guillemets(text))
    expect(found.note).toContain('Règlement 61-101')
    // The fix is the French paragraph, with the draft's apostrophes (typographic here).
    expect((found.expected as string[]).map((text) => text.trim())).toEqual([paragraph])
  })

  it.each([
    ['no insider', 'Aucun initié de la Société n’a participé au placement.'],
    [
      'a warrant that entitles its holder to acquire a share',
      'Chaque bon de souscription permet d’acquérir une action.'
    ],
    ['subscription receipts of directors’ companies', 'Les bons de souscription des administrateurs expirent en 2027.'],
    [
      'a quoted president',
      '« Nous remercions les investisseurs qui ont participé », a déclaré Marie Roy, présidente de la Société.'
    ]
  ])('does not take %s for a participation', async (_, text) => {
    expect(await messages('related-party', `${PLACEMENT} ${text}`)).toEqual([])
  })

  it('accepts the paragraph in any copy of it (property: case, run-together words, line breaks)', async () => {
    // Not before "1)": a line starting "1) a)" is a Markdown list.
    const words = paragraph.split(/ (?!1\) )/)
    await fc.assert(
      fc.asyncProperty(asCopied(words), async (text) => {
        const found = await messages(
          'related-party',
          `${PLACEMENT} Un administrateur souscrira 400 000 unités.\n\n${text}`
        )
        expect(found).toEqual([])
      }),
      {numRuns: 30}
    )
  })

  it('accepts a paraphrase: another wording, another exemption, the sections written « 5.7(1)a) »', async () => {
    const text =
      `${PLACEMENT} Certains initiés pourraient participer au placement.\n\n` +
      'Une telle participation constituerait une « opération avec une personne apparentée » au sens de la Norme ' +
      'multilatérale 61-101. La Société compte se prévaloir de la dispense d’évaluation officielle de l’article ' +
      '5.5 b), ses titres n’étant pas inscrits à la cote d’un marché désigné, et de la dispense d’approbation des ' +
      'actionnaires minoritaires de l’article 5.7(1)a), la valeur des unités émises aux initiés ne dépassant pas ' +
      'vingt-cinq pour cent de sa capitalisation boursière.'
    expect(await messages('related-party', text)).toEqual([])
  })

  it('asks for the exemptions’ basis and the sections, in French', async () => {
    const text = `${PLACEMENT} Un dirigeant souscrira 400 000 unités.\n\n${NAMED_FR} La Société se prévaudra de dispenses.`
    const [found] = await lint('related-party', text)
    expect(found.reason).toMatch(/^Il manque les dispenses invoquées, les faits qui les justifient \(juste valeur/)
    expect(found.expected).toEqual([`${NAMED_FR} La Société se prévaudra de dispenses. ${EXEMPT_FR}`])
    const cited = `${PLACEMENT} Un dirigeant souscrira 400 000 unités.\n\n${NAMED_FR} ${EXEMPT_FR.replace(
      'aux articles 5.5 a) et 5.7 1) a) du Règlement 61-101',
      'par le Règlement 61-101'
    )}`
    expect(await messages('related-party', cited)).toEqual([
      expect.stringMatching(
        /^3:1-3:\d+: warning Il manque les articles du Règlement 61-101 invoqués ; attendu : «\u00a0articles/
      )
    ])
  })

  it('flags « 5.7 a) » with the fix as French writes it', async () => {
    const text = `${PLACEMENT} Un dirigeant souscrira 400 000 unités.\n\n${NAMED_FR} ${EXEMPT_FR.replace('5.7 1) a)', '5.7 a)')}`
    const [found, ...rest] = await lint('related-party', text)
    expect(rest).toEqual([])
    expect(found.reason).toBe(`Citation ${guillemets('5.7 a)')} inattendue ; attendu : ${guillemets('5.7 1) a)')}`)
    expect([found.actual, found.expected]).toEqual(['5.7 a)', ['5.7 1) a)']])
  })

  it('asks for the 21-day reason at a closing only, with the French sentence as the fix', async () => {
    const participation = 'Un administrateur de la Société a acquis 400 000 unités.'
    const closed = await lint('related-party', `${CLOSING} ${participation}\n\n${paragraph}`)
    expect(closed.map((m) => [m.fatal, m.reason.split(' ;')[0]])).toEqual([
      [
        false,
        'Il manque la raison pour laquelle la déclaration de changement important a été déposée moins de 21 jours avant la clôture'
      ]
    ])
    expect(closed[0].expected).toEqual([`${paragraph} ${SHORT_PERIOD_FR}`])
    expect(await messages('related-party', `${CLOSING} ${participation}\n\n${paragraph} ${SHORT_PERIOD_FR}`)).toEqual(
      []
    )
    expect(await messages('related-party', `${PLACEMENT} ${participation}\n\n${paragraph}`)).toEqual([])
  })

  it('a fix pasted into a draft with straight apostrophes keeps them', async () => {
    const text = `${PLACEMENT.replace(/’/g, "'")} Un initié souscrira 400 000 unités. Il s'agit d'un initié.`
    const [found] = await lint('related-party', text)
    expect((found.expected as string[]).map((text) => text.trim())).toEqual([paragraph.replace(/’/g, "'")])
  })

  it('a bilingual release: the English part in English, the French part in French, one finding each', async () => {
    const english =
      'VANCOUVER, BC, May 4, 2026 – Cap-Chat Minerals Inc. (TSXV: MCC) announces a private placement of up to ' +
      '6,000,000 units at $0.10 per unit. A director of the Company will purchase 400,000 units.'
    const complete = `${english}\n\n${NAMED} ${EXEMPT}\n\n${PLACEMENT} Un administrateur souscrira 400 000 unités.\n\n${paragraph}`
    expect(await messages('related-party', complete)).toEqual([])
    const missing = `${english}\n\nThe proceeds will fund exploration.\n\n${PLACEMENT} Un administrateur souscrira 400 000 unités.`
    const found = await lint('related-party', missing)
    expect(found.map((m) => m.reason.slice(0, 40))).toEqual(['Missing MI 61-101 related party transact'])
  })
})

describe('mining-terminology in French', () => {
  const FR = 'Exploration Lac-Doré inc. (TSXV : ELD) annonce des résultats.'
  const terms = (text: string) => lint('mining-terminology', `${FR} ${text}`)

  it.each([
    ['a commodity', 'La ceinture renferme plusieurs gisements de minerai de fer.'],
    ['ore sorting', 'Des essais de tri optique du minerai seront réalisés cet été.'],
    ['a company’s name', 'La Société a signé une entente avec Les Minerais Nordiques inc. sur la propriété.'],
    ['a mill at work', 'L’usine a traité 900 tonnes de minerai par jour provenant de la mine souterraine.'],
    ['historical mining', 'De 1930 à 1948, 80 000 tonnes de minerai ont été extraites du filon principal.'],
    ['a deposit (« gisement »)', 'Le gisement demeure ouvert en profondeur.'],
    ['economic viability, negated', 'Les ressources minérales n’ont pas démontré leur viabilité économique.'],
    ['a hedged claim', 'Rien ne garantit que la minéralisation soit économiquement viable.'],
    ['a world-class team', 'La Société a réuni une équipe de classe mondiale.'],
    ['a compliant technical report', 'Un rapport technique conforme au Règlement 43-101 sera déposé sous 45 jours.'],
    ['the resource definition', 'Les ressources présentent des perspectives raisonnables d’extraction rentable.']
  ])('accepts %s', async (_, text) => {
    expect((await terms(text)).map(format)).toEqual([])
  })

  it.each([
    ['« minerai »', 'Le sondage a recoupé du minerai sur 12 mètres.', 'minerai', 'minéralisation'],
    ['« corps de minerai »', 'Le corps de minerai reste ouvert en profondeur.', 'corps de minerai', 'corps minéralisé'],
    [
      '« zones de minerai »',
      'Les zones de minerai se prolongent vers l’est.',
      'zones de minerai',
      'zones minéralisées'
    ],
    ['accents dropped', 'La mineralisation economique affleure.', 'mineralisation economique', 'mineralisation'],
    [
      '« minéralisation économique »',
      'Le forage confirme une minéralisation économique près de la surface.',
      'minéralisation économique',
      'minéralisation'
    ],
    [
      'a compliant resource',
      'Des ressources minérales conformes au Règlement 43-101 seront publiées.',
      'ressources minérales conformes au Règlement 43-101',
      'ressources minérales estimées conformément au Règlement 43-101'
    ]
  ])('warns on %s, in French, with the replacement', async (_, text, quoted, replacement) => {
    const [found, ...rest] = await terms(text)
    expect(rest).toEqual([])
    expect(found.fatal).toBe(false)
    expect(found.reason).toContain(guillemets(quoted))
    expect(found.reason).toContain(`attendu : ${guillemets(replacement)}`)
    expect([found.actual, found.expected]).toEqual([quoted, [replacement]])
    expect(found.note).toContain('Avis 43-309 du personnel des ACVM')
  })

  it.each([
    ['« de classe mondiale »', 'La propriété se trouve dans un district aurifère de classe mondiale.'],
    ['« de calibre mondial »', 'Le projet est un actif de calibre mondial.'],
    ['« économiquement viable »', 'Le gisement est économiquement viable aux prix actuels.']
  ])('warns on %s, with no replacement', async (_, text) => {
    const [found, ...rest] = await terms(text)
    expect(rest).toEqual([])
    expect(found.reason).toMatch(/^Formule .* inattendue/)
    expect(found.expected).toBeUndefined()
  })

  it('« minerai » is legitimate where the release states mineral reserves', async () => {
    const text = 'Les réserves minérales prouvées et probables totalisent 2,1 Mt. Le minerai sera acheminé par camion.'
    expect(await terms(text)).toEqual([])
    expect(await terms('Le minerai affleure sur 40 mètres. Les réserves prouvées totalisent 2,1 Mt.')).toEqual([])
  })

  it('an economic claim is legitimate where a feasibility study is stated', async () => {
    const text = 'L’étude de faisabilité confirme une minéralisation économiquement exploitable.'
    expect(await terms(text)).toEqual([])
  })

  it('warns on every « minerai » an explorer writes, whatever words surround it (property)', async () => {
    const word = fc.constantFrom('du', 'nouveau', 'la', 'zone', 'Lac-Doré', 'nord', 'mètres', 'haute')
    await fc.assert(
      fc.asyncProperty(fc.array(word, {maxLength: 6}), fc.array(word, {maxLength: 6}), async (before, after) => {
        const found = await terms(['La Société a trouvé', ...before, 'minerai', ...after].join(' ') + '.')
        expect(found.filter((m) => m.reason.includes('minerai'))).toHaveLength(1)
      }),
      {numRuns: 40}
    )
  })

  it('an English term in an English block stays in English in a bilingual release', async () => {
    const value =
      'Acme Gold Corp. (TSXV: ACM) reports that the orebody remains open at depth.\n\n' +
      `${FR} Le corps de minerai reste ouvert en profondeur.`
    const found = await lint('mining-terminology', value)
    expect(found.map((m) => m.reason.split(' ')[0])).toEqual(['Unexpected', 'Terme'])
  })
})
