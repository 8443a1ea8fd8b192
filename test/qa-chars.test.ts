/**
 * Characters as copy leaves them: the same statement reaches the tool in many encodings of itself (a Mac's
 * decomposed accents, a converter's look-alike letters, a French figure's spaces and its "$" before the figure, a
 * soft hyphen where a line was wrapped). Each must read as the clean statement does, and a statement with an element
 * dropped must still be caught and quoted in the draft's own characters. The issuers, people and properties are
 * invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {normalize} from '../src/model/text.js'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const FORAGE_FR = [
  'ROUYN-NORANDA (Québec), le 19 novembre 2026 – Mines Val-Brûlé inc. (TSXV : VBM) (la « Société ») annonce que ' +
    'le sondage VB-26-03 a recoupé 6,2 g/t Au sur 14,0 mètres à l’indice Héron.',
  '',
  'Les intervalles correspondent aux longueurs le long des carottes; les épaisseurs réelles sont estimées entre 75 % ' +
    'et 90 % des longueurs rapportées. Les sondages ont été forés selon un azimut de 180° et un pendage de -55°.',
  '',
  'Les demi-carottes ont été envoyées au laboratoire de SGS Canada inc. à Val-d’Or (Québec), un laboratoire accrédité ' +
    'et indépendant de la Société. L’or a été analysé par pyroanalyse sur 50 grammes avec finition par absorption ' +
    'atomique. Des matériaux de référence certifiés, des blancs et des doublons ont été insérés à raison d’un sur dix.',
  '',
  'Le contenu scientifique et technique du présent communiqué a été révisé et approuvé par Hélène Desrosiers, géo., ' +
    'vice-présidente à l’exploration de la Société et personne qualifiée au sens du Règlement 43-101. Elle a vérifié ' +
    'les données divulguées en examinant les certificats d’analyse.'
].join('\n')

describe('accents decomposed (a Mac’s PDF copy: "e" and U+0301 for "é") read as the composed letters', () => {
  const nfd = FORAGE_FR.normalize('NFD')

  it('the decomposed release is not the composed one, byte for byte', () => {
    expect(nfd).not.toBe(FORAGE_FR)
  })

  it.each(['exploration-results', 'qp-statement', 'data-verification'] as const)('%s: no finding', async (rule) => {
    expect(await found(rule, nfd)).toEqual([])
  })

  it('the laboratory dropped is still caught', async () => {
    const text = nfd.replace(/Les demi-carottes ont .*?de la Socie\u0301te\u0301\. /, '')
    expect(text).not.toContain('SGS')
    const messages = await found('exploration-results', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Il manque le laboratoire')
  })
})

describe('a QP’s accented name as copy writes it: decomposed, or UTF-8 read as Windows-1252', () => {
  const statement = (name: string) =>
    [
      'VANCOUVER, BC, November 18, 2026 – Larchmont Gold Corp. (TSXV: LGC) (the "Company") reports that hole LG26-07 ' +
        'intersected 4.1 g/t Au over 9.5 metres at its Quillan property.',
      '',
      `The technical information in this news release has been approved by ${name}, P.Geo., a consulting geologist ` +
        'and a Qualified Person as defined by National Instrument 43-101 who is independent of the Company.'
    ].join('\n')

  it.each([
    ['decomposed', 'Sébastien Gagné'.normalize('NFD')],
    ['read as Windows-1252', 'SÃ©bastien GagnÃ©'],
    ['capital decomposed', 'Émile Bérubé'.normalize('NFD')],
    ['capital read as Windows-1252', 'Ã‰mile BÃ©rubÃ©']
  ])('%s: the person is named', async (_, name) => {
    const messages = await found('qp-statement', statement(name))
    expect(messages.filter((m) => m.includes('name'))).toEqual([])
  })
})

const CLOSING = (figures: {units: string; price: string; proceeds: string}) =>
  'TORONTO, ON, November 20, 2026 – Harrowgate Copper Inc. (TSXV: HCU) (the "Company") announces that it has today ' +
  `closed its non-brokered private placement of ${figures.units} units at a price of ${figures.price} per unit for ` +
  `gross proceeds of ${figures.proceeds}.`

describe('letters of another script in a Latin word (a converter’s Cyrillic "о", "а") read as the Latin letters', () => {
  const DISCLAIMER =
    'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
    'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
  const text = (disclaimer: string) =>
    [CLOSING({units: '8,000,000', price: '$0.15', proceeds: '$1,200,000'}), '', disclaimer].join('\n')

  it.each([
    ['a Cyrillic "а" in "Regulation"', DISCLAIMER.replace('Regulation', 'Regul\u0430tion')],
    [
      'a Cyrillic "о" in "Provider" and "accuracy" with a Cyrillic "с"',
      DISCLAIMER.replace('Provider', 'Pr\u043evider').replace('accuracy', 'a\u0441curacy')
    ],
    ['a Greek "Ο" in "TSX Venture"', DISCLAIMER.replace('Venture Exchange nor', 'Venture Exchange n\u03bfr')]
  ])('exchange-disclaimer, %s: no finding', async (_, disclaimer) => {
    expect(await found('exchange-disclaimer', text(disclaimer))).toEqual([])
  })

  it('a word dropped from such a disclaimer is still named, quoted as written', async () => {
    const messages = await found(
      'exchange-disclaimer',
      text(DISCLAIMER.replace('Regulation', 'Regul\u0430tion').replace('adequacy or ', ''))
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('adequacy')
  })

  it('a word all in Cyrillic stays Cyrillic (no Latin letter beside it); the letters keep their offsets', () => {
    const text = 'ООО Регулятор, Regul\u0430tion'
    const normalized = normalize({text, offsets: Array.from(text, (_, i) => i)})
    expect(normalized.text).toBe('ооо регулятор, regulation')
    expect(normalized.offsets[normalized.text.indexOf('regulation') + 5]).toBe(text.indexOf('\u0430'))
  })

  it('the forward-looking caution with a Cyrillic "о" in "forward" is identified', async () => {
    const caution =
      'This news release contains f\u043erward-looking information within the meaning of applicable securities laws, ' +
      'including statements about the use of proceeds. It is based on assumptions, including that permits will be ' +
      'obtained. Actual results may differ materially because of risks, including metal prices. The Company does not ' +
      'undertake to update it except as required by law.'
    const messages = await found(
      'forward-looking-caution',
      [CLOSING({units: '8,000,000', price: '$0.15', proceeds: '$1,200,000'}), '', caution].join('\n')
    )
    expect(messages).toEqual([])
  })
})

describe('a soft hyphen where a line was wrapped joins the word, as a hyphen there does', () => {
  const RELATED = (wrap: string) =>
    [
      CLOSING({units: '8,000,000', price: '$0.15', proceeds: '$1,200,000'}),
      '',
      'Edmund Carraway, a director of the Company, subscribed for 1,000,000 units. His participation is a "related ' +
        'party transaction" within the meaning of Multilateral Instrument 61-101 ("MI 61-101"). The Company relied ' +
        'on the exemptions from the formal valuation and minority shareholder approval requirements in sections ' +
        `5.5(a) and 5.7(1)(a) of MI 61-101, as the fair mar${wrap}ket value of the securities issued to the insider ` +
        "did not exceed 25% of the Company's market capitalization."
    ].join('\n')

  it.each([
    ['soft hyphen and line break', '\u00ad\n'],
    ['soft hyphen and CRLF', '\u00ad\r\n'],
    ['soft hyphen, trailing space and line break', '\u00ad \n']
  ])('related-party, %s: the facts are read', async (_, wrap) => {
    expect((await found('related-party', RELATED(wrap))).filter((m) => m.includes('facts'))).toEqual([])
  })

  it('the QP’s approval broken so is read (« ap\u00ad⏎prouvé »)', async () => {
    const text = FORAGE_FR.replace('révisé et approuvé', 'révisé et ap\u00ad\nprouvé')
    expect(await found('qp-statement', text)).toEqual([])
  })

  it('a soft hyphen before a capital on the next line joins nothing', async () => {
    const text = RELATED('').replace('market capitalization.', 'market capitalization\u00ad\nThe closing is today.')
    expect((await found('related-party', text)).filter((m) => m.includes('facts'))).toEqual([])
  })
})

describe('English figures with thousands set off by spaces (SI style, as Word and Quebec drafters type them)', () => {
  it.each([
    ['thin spaces', '16\u2009000\u2009000', '$0.15', '$2\u2009500\u2009000'],
    ['narrow no-break spaces', '16\u202f000\u202f000', '$0.15', '$2\u202f500\u202f000'],
    ['no-break spaces', '16\u00a0000\u00a0000', '$0.15', '$2\u00a0500\u00a0000'],
    ['spaces, the count with commas', '16,000,000', '$0.15', '$2 500 000'],
    ['spaces in the count, the proceeds with commas', '16 000 000', '$0.15', '$2,500,000']
  ])('English, thousands set off by %s: wrong proceeds caught', async (_, units, price, proceeds) => {
    const messages = await found('offering-arithmetic', CLOSING({units, price, proceeds}))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('proceeds')
  })

  it.each([
    ['thin spaces', '16\u2009000\u2009000', '$2\u2009400\u2009000'],
    ['spaces', '16 000 000', '$2 400 000'],
    ['commas', '16,000,000', '$2,400,000']
  ])('English, thousands set off by %s: right proceeds pass', async (_, units, proceeds) => {
    expect(await found('offering-arithmetic', CLOSING({units, price: '$0.15', proceeds}))).toEqual([])
  })

  const ESTIMATE = (space: string) =>
    [
      'VANCOUVER, BC, November 24, 2026 – Corvina Silver Corp. (TSXV: CVS) reports a mineral resource estimate for ',
      'its Paloma project, effective October 31, 2026: Indicated Mineral Resources of 8 200 000 tonnes grading 145 g/t ',
      'Ag for 38 230 000 ounces and Inferred Mineral Resources of 5 600 000 tonnes grading 118 g/t Ag for 21 245 000 ',
      'ounces, for a total of 59 475 000 ounces of silver.'
    ]
      .join('')
      .replaceAll(/(?<=\d) (?=\d{3})/g, space)

  it.each([
    ['thin spaces', '\u2009'],
    ['no-break spaces', '\u00a0'],
    ['spaces', ' ']
  ])('a resource stated in words, thousands set off by %s: Inferred added to Indicated is caught', async (_, space) => {
    const messages = await found('mineral-resource', ESTIMATE(space))
    expect(messages.filter((m) => m.includes('Inferred resources added'))).toHaveLength(1)
  })
})

describe('French figures with the sign before them ("$0,15", "$1 350 000")', () => {
  const FR = (price: string, proceeds: string, warrant: string) =>
    'VAL-D’OR (Québec), le 23 novembre 2026 – Ressources Pic-Noir inc. (TSXV : PNR) (la « Société ») annonce la ' +
    'clôture de son placement privé sans l’entremise d’un courtier de 9 000 000 d’unités au prix de ' +
    `${price} par unité, pour un produit brut de ${proceeds}. Chaque unité se compose d’une action ordinaire et ` +
    `d’un bon de souscription permettant d’acquérir une action ordinaire au prix de ${warrant} pendant 24 mois.`

  it.each([
    ['$0,15', '$1 350 000', '$0,25'],
    ['$0,15', '$1\u202f350\u202f000', '$0,25'],
    ['0,15 $', '$1 350 000', '$0,25'],
    ['CA$0,15', '1 350 000 $', 'CA$0,25']
  ])('French, the sign before the figure, case %#: no finding', async (price, proceeds, warrant) => {
    expect(await found('tsxv-pricing', FR(price, proceeds, warrant))).toEqual([])
    expect(await found('offering-arithmetic', FR(price, proceeds, warrant))).toEqual([])
  })

  it('French, "$0,04": the price below $0.05 is caught and quoted as written', async () => {
    const messages = await found('tsxv-pricing', FR('$0,04', '$360 000', '$0,25'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('$0,04')
  })

  it('French, "$1,500" with its sign first stays the English form (one thousand five hundred)', async () => {
    const text = FR('$0,15', '$1 350 000', '$0,25')
      .replace('9 000 000 d’unités', '10 000 d’unités')
      .replace('$1 350 000', '$1,500')
    expect(await found('offering-arithmetic', text)).toEqual([])
  })
})

describe('English figures with the sign after them, as a release translated from French writes them ("0.15$")', () => {
  it.each([
    ['0.15$', '2,400,000$'],
    ['0.15 $', '2 400 000 $'],
    ['$0.15', '2,400,000 $']
  ])('%s and %s: right proceeds pass', async (price, proceeds) => {
    expect(await found('offering-arithmetic', CLOSING({units: '16,000,000', price, proceeds}))).toEqual([])
    expect(await found('tsxv-pricing', CLOSING({units: '16,000,000', price, proceeds}))).toEqual([])
  })

  it.each([
    ['0.15$', '2,500,000$'],
    ['0.15 $', '2 500 000 $']
  ])('%s and %s: wrong proceeds caught', async (price, proceeds) => {
    const messages = await found('offering-arithmetic', CLOSING({units: '16,000,000', price, proceeds}))
    expect(messages).toHaveLength(1)
  })

  it('a price below $0.05 so written is caught and quoted as written', async () => {
    const messages = await found('tsxv-pricing', CLOSING({units: '16,000,000', price: '0.04$', proceeds: '640,000$'}))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('0.04$')
  })

  it('a sign after one figure and before the next belongs to the next ("16,000,000 $0.15 units" is no money)', async () => {
    const text = CLOSING({units: '16,000,000', price: '$0.15', proceeds: '$2,400,000'})
    expect(await found('offering-arithmetic', text.replace('at a price of $0.15', 'at a price of 1 $0.15'))).toEqual([])
  })
})

describe('a QP’s surname in capitals after the given name ("Hélène DESROSIERS"), as French usage writes it', () => {
  const statement = (name: string) =>
    [
      'VANCOUVER, BC, November 18, 2026 – Larchmont Gold Corp. (TSXV: LGC) (the "Company") reports that hole LG26-07 ' +
        'intersected 4.1 g/t Au over 9.5 metres at its Quillan property.',
      '',
      `The technical information in this news release has been approved by ${name}, P.Geo., a consulting geologist ` +
        'and a Qualified Person as defined by National Instrument 43-101 who is independent of the Company.'
    ].join('\n')

  it.each(['Hélène DESROSIERS', 'Gregor LINDQVIST', 'Jean-François TREMBLAY-ROY'])('%s is named', async (name) => {
    const messages = await found('qp-statement', statement(name))
    expect(messages.filter((m) => m.includes('name'))).toEqual([])
  })

  it('capitals alone are no name: a statement naming only a firm in capitals still lacks the QP', async () => {
    const messages = await found('qp-statement', statement('the Quillan ARGONAUT team'))
    expect(messages.some((m) => m.includes('name'))).toBe(true)
  })
})
