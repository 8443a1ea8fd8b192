/**
 * French releases: listings and datelines, the exchange disclaimer, the U.S. legend and paragraph, and the
 * forward-looking caution in French (issue 13), in the model and in the rules.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {remark} from 'remark'
import {buildModel} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

const model = (text: string) => buildModel(remark().parse(text), text)

const LEAD =
  'MONTRÉAL (Québec), le 21 novembre 2025 – Mines Boréal inc. (« Boréal » ou la « Société ») a le plaisir ' +
  'd’annoncer le début de son programme de forage sur la propriété Lac-Noir.'

describe('French listings and datelines', () => {
  it.each([
    ['(TSXV : BOR)', 'TSXV', 'bor'],
    ['(TSX-V\u00a0: BOR)', 'TSXV', 'bor'],
    ['(Bourse de croissance TSX : BOR)', 'TSXV', 'bor'],
    ['(TSX de croissance : BOR)', 'TSXV', 'bor'],
    ['(CSE : BOR)', 'CSE', 'bor'],
    ['(Bourse des valeurs canadiennes : BOR)', 'CSE', 'bor'],
    ['(TSX : BOR)', 'TSX', 'bor'],
    ['(Bourse de Toronto : BOR)', 'TSX', 'bor'],
    ['(Cboe Canada : BOR)', 'CBOE', 'bor']
  ])('reads the tag %s', (tag, exchange, ticker) => {
    const m = model(`Mines Boréal inc. ${tag} a le plaisir d’annoncer le début de son programme de forage.\n`)
    expect(m.listings.map((l) => [l.exchange, l.ticker, l.kind])).toEqual([[exchange, ticker, 'tag']])
    expect(m.exchangeDecision.exchange).toBe(exchange)
  })

  it.each([
    ['inscrites à la cote de la Bourse de croissance TSX sous le symbole « BOR »', 'TSXV', 'bor'],
    ['négociées à la Bourse des valeurs canadiennes sous le symbole BOR', 'CSE', 'bor'],
    ['cotées à la Bourse de Toronto', 'TSX', '']
  ])('reads the statement “%s”', (words, exchange, ticker) => {
    const m = model(`Les actions de Mines Boréal inc. sont ${words}.\n`)
    expect(m.listings.map((l) => [l.exchange, l.ticker, l.kind])).toEqual([[exchange, ticker, 'statement']])
  })

  it.each([
    'MONTRÉAL (Québec), le 21 novembre 2025 – Mines Boréal inc. a le plaisir d’annoncer le début de son forage.',
    'ROUYN-NORANDA (QUÉBEC), le 1er décembre 2025 /CNW/ - Mines Boréal inc. annonce le début de son forage.',
    'VAL-D’OR, QC, 3 mars 2026 – Mines Boréal inc. annonce aujourd’hui le début de son programme de forage.'
  ])('finds the dateline “%s”', (dateline) => {
    const m = model(`# Mines Boréal commence son forage\n\n${dateline}\n`)
    expect(m.layout.dateline?.index).toBe(1)
  })

  it('finds a date-only French dateline', () => {
    const m = model(`# Mines Boréal commence son forage\n\nLe 21 novembre 2025\n\n${LEAD}\n`)
    expect(m.layout.dateline?.index).toBe(1)
    expect(m.layout.leadEnd).toBe(2)
  })
})

const FR_LEAD =
  'Mines Boréal inc. (TSXV : BOR) a le plaisir d’annoncer le début de son programme de forage sur la propriété Lac-Noir.\n\n'
const FR_DISCLAIMER =
  'Ni la Bourse de croissance TSX ni son fournisseur de services de réglementation (au sens attribué à ce terme ' +
  'dans les politiques de la Bourse de croissance TSX) n’acceptent de responsabilité quant à la pertinence ou à ' +
  'l’exactitude du présent communiqué.'

async function disclaimerFindings(text: string, lead = FR_LEAD) {
  return (await lintWith('exchange-disclaimer', lead + text + '\n')).messages
}

describe('exchange-disclaimer in French', () => {
  it.each([
    ['the wording TSX-V issuers print', FR_DISCLAIMER],
    [
      '"La Bourse … et son", "aucune responsabilité", "la véracité et à l’exactitude", "de ce communiqué"',
      'La Bourse de croissance TSX et son fournisseur de services de réglementation (au sens attribué à ce terme ' +
        'dans les politiques de la Bourse de croissance TSX) n’acceptent aucune responsabilité quant à la véracité ' +
        'et à l’exactitude de ce communiqué.'
    ],
    [
      '"n’assument aucune responsabilité", "communiqué de presse"',
      'Ni la Bourse de croissance TSX ni son fournisseur de services de réglementation n’assument aucune ' +
        'responsabilité quant à la pertinence ou à l’exactitude du présent communiqué de presse.'
    ],
    [
      '"la véracité ou l’exactitude", "TSX de croissance"',
      'Ni la TSX de croissance ni son fournisseur de services de réglementation n’acceptent de responsabilité ' +
        'quant à la véracité ou à l’exactitude du présent communiqué.'
    ],
    [
      'accents dropped by copy, straight apostrophes',
      'Ni la Bourse de croissance TSX ni son fournisseur de services de reglementation (au sens attribue a ce terme ' +
        "dans les politiques de la Bourse de croissance TSX) n'acceptent de responsabilite quant a la pertinence ou a " +
        "l'exactitude du present communique."
    ],
    [
      'a split elision, « » quotes, capitals over a line break',
      '« NI LA BOURSE DE CROISSANCE TSX NI SON FOURNISSEUR DE SERVICES DE RÉGLEMENTATION N’ ACCEPTENT DE\n' +
        'RESPONSABILITÉ QUANT À LA PERTINENCE OU À L’ EXACTITUDE DU PRÉSENT COMMUNIQUÉ. »'
    ],
    [
      '"la TSXV" where the ticker tag defines it',
      'Ni la TSXV ni son fournisseur de services de réglementation n’acceptent de responsabilité quant à la ' +
        'pertinence ou à l’exactitude du présent communiqué.'
    ]
  ])('accepts %s', async (_, text) => {
    expect((await disclaimerFindings(text)).map(format)).toEqual([])
  })

  it('reports a French release with no disclaimer in French, the French disclaimer as its fix', async () => {
    const [message, ...rest] = await disclaimerFindings('')
    expect(rest).toEqual([])
    expect(message.reason).toBe(
      'Il manque l’avis de non-responsabilité de la Bourse de croissance TSX ; attendu à la fin du communiqué'
    )
    expect(message.expected).toEqual([FR_DISCLAIMER + '\n'])
    expect(message.note).toContain('Politique 3.3 de la Bourse de croissance TSX')
    expect(message.note).toContain('ce communiqué indique une inscription à la TSX-V (ligne 1 : « TSXV : BOR »)')
  })

  it.each([
    [
      'fournisseur de services de réglementation',
      'Ni la Bourse de croissance TSX n’accepte de responsabilité quant à la pertinence ou à l’exactitude du présent communiqué.'
    ],
    [
      'pertinence',
      'Ni la Bourse de croissance TSX ni son fournisseur de services de réglementation n’acceptent de responsabilité ' +
        'quant à l’exactitude du présent communiqué.'
    ]
  ])('names the French element dropped: « %s »', async (label, text) => {
    const messages = await disclaimerFindings(text)
    expect(messages.map((m) => m.reason)).toEqual([
      `Avis de non-responsabilité qui omet « ${label} » ; attendu : « Ni la Bourse de croissance TSX ni son ` +
        'fournisseur de services de réglementation … »'
    ])
    expect(messages[0].expected).toEqual([FR_DISCLAIMER])
  })

  it('reports a French disclaimer that names no exchange', async () => {
    const text =
      'Ni la Bourse ni son fournisseur de services de réglementation n’acceptent de responsabilité quant à la ' +
      'pertinence ou à l’exactitude du présent communiqué.'
    expect((await disclaimerFindings(text)).map((m) => m.reason)).toEqual([
      'Avis de non-responsabilité qui ne nomme aucune bourse ; attendu : Bourse de croissance TSX'
    ])
  })

  it('accepts « la Bourse » where the release defines it', async () => {
    const lead =
      'Mines Boréal inc. (TSXV : BOR) a le plaisir d’annoncer le début de son programme de forage. Ses actions ' +
      'sont inscrites à la Bourse de croissance TSX (la « Bourse »).\n\n'
    const text =
      'Ni la Bourse ni son fournisseur de services de réglementation n’acceptent de responsabilité quant à la ' +
      'pertinence ou à l’exactitude du présent communiqué.'
    expect((await disclaimerFindings(text, lead)).map(format)).toEqual([])
  })

  it('reports the TSX-V disclaimer of a CSE issuer in French', async () => {
    const lead = 'Mines Boréal inc. (CSE : BOR) a le plaisir d’annoncer le début de son programme de forage.\n\n'
    const messages = await disclaimerFindings(FR_DISCLAIMER, lead)
    expect(messages.map((m) => m.reason)).toEqual([
      'Avis de non-responsabilité de la Bourse de croissance TSX inattendu dans le communiqué d’un émetteur ' +
        'inscrit à la Bourse des valeurs canadiennes'
    ])
  })

  it('accepts a French CSE-named statement in a CSE issuer’s release', async () => {
    const lead = 'Mines Boréal inc. (CSE : BOR) a le plaisir d’annoncer le début de son programme de forage.\n\n'
    const text =
      'Ni la Bourse des valeurs canadiennes ni son fournisseur de services de réglementation n’acceptent de ' +
      'responsabilité quant à la pertinence ou à l’exactitude du présent communiqué.'
    expect((await disclaimerFindings(text, lead)).map(format)).toEqual([])
  })
})

/** The French disclaimer as words, each tagged with its element; the parenthetical is optional. */
const PARTS_FR: Array<[string, string]> = [
  ['neither', 'Ni'],
  ['exchange', 'la Bourse de croissance TSX'],
  ['nor', 'ni son'],
  ['provider', 'fournisseur de services de réglementation'],
  ['defined', '(au sens attribué à ce terme dans les politiques de la Bourse de croissance TSX)'],
  ['accepts', 'n’acceptent de responsabilité'],
  ['as-to', 'quant à la'],
  ['adequacy', 'pertinence'],
  ['accuracy', 'ou à l’exactitude'],
  ['release', 'du présent communiqué.']
]
const SUBSTANTIVE_FR = ['exchange', 'nor', 'provider', 'accepts', 'adequacy', 'accuracy']
const ALL_GOOD_FR = Object.fromEntries(SUBSTANTIVE_FR.map((id) => [id, true]))
const LEAD_FR = 'Mines Boréal inc. (TSXV : BOR) a le plaisir d’annoncer le début de son programme de forage.'

/** The verdict a release's French disclaimer gets: each substantive element, whether it reads as declared. */
function verdictFr(value: string): Record<string, boolean> {
  const disclaimer = model(value).exchangeDisclaimers[0]
  expect(disclaimer?.language).toBe('fr')
  const result: Record<string, boolean> = {}
  for (const v of disclaimer.wording.elements) {
    if (v.element.substantive) result[v.element.id] = v.status === 'present' || v.status === 'cosmetic'
  }
  return result
}

const LONG = /^[A-Za-zÀ-ÿ]{8,}$/
/** Cosmetic noise on French words: the English kinds, and what copy does to French (accents, elisions, quotes). */
const noisesFr: Record<string, (words: string[], pick: number) => string[]> = {
  upper: (words) => words.map((w) => w.toUpperCase()),
  lower: (words) => words.map((w) => w.toLowerCase()),
  join(words, pick) {
    const i = pick % (words.length - 1)
    return [...words.slice(0, i), words[i] + words[i + 1], ...words.slice(i + 2)]
  },
  split(words, pick) {
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-zÀ-ÿ]{4,}$/.test(w))
    const [word, i] = long[pick % long.length]
    const at = 1 + (pick % (word.length - 2))
    return [...words.slice(0, i), word.slice(0, at), word.slice(at), ...words.slice(i + 1)]
  },
  typo(words, pick) {
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => LONG.test(w))
    const [word, i] = long[pick % long.length]
    const at = 1 + (pick % (word.length - 2))
    const kinds = [
      word.slice(0, at) + 'x' + word.slice(at + 1),
      word.slice(0, at) + word.slice(at + 1),
      word.slice(0, at) + word[at] + word.slice(at)
    ]
    return [...words.slice(0, i), kinds[pick % 3], ...words.slice(i + 1)]
  },
  // Accents dropped by copy ("reglementation", "communique").
  accents: (words) => words.map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
  // Straight apostrophes, and an elision set apart ("n' acceptent").
  elisions: (words, pick) => words.map((w) => w.replace(/’/g, pick % 2 ? "'" : '’ ')),
  // The statement in « » quotes, with no-break spaces inside.
  guillemets: (words) => ['«\u00a0' + words[0], ...words.slice(1, -1), words.at(-1) + '\u00a0»']
}

function disclaimerTextFr(define: number, parenthetical: boolean): {lead: string; words: string[]} {
  const parts = PARTS_FR.filter(([id]) => parenthetical || id !== 'defined').map(([, text]) => text)
  let lead = LEAD_FR
  if (define % 3 === 1) {
    parts[1] = 'la Bourse de croissance TSX (la « TSX-V »)'
    if (parenthetical) parts[4] = '(au sens attribué à ce terme dans les politiques de la TSX-V)'
  } else if (define % 3 === 2) {
    lead = `${LEAD_FR} Ses actions sont inscrites à la cote de la Bourse de croissance TSX (la « Bourse »).`
    parts[1] = 'la Bourse'
  }
  return {lead, words: parts.join(' ').split(' ')}
}

describe('the mandated-wording matcher on the French disclaimer', () => {
  it('reads the clean French disclaimer as declared, with or without the parenthetical', () => {
    for (const parenthetical of [true, false]) {
      const {lead, words} = disclaimerTextFr(0, parenthetical)
      expect(verdictFr(`${lead}\n\n${words.join(' ')}\n`)).toEqual(ALL_GOOD_FR)
    }
  })

  it('gives the same verdict under cosmetic noise: case, joined and split words, a typo, accents, elisions, « »', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.boolean(),
        fc.subarray(Object.keys(noisesFr), {minLength: 1}),
        fc.nat(),
        (define, parenthetical, kinds, pick) => {
          const {lead, words} = disclaimerTextFr(define, parenthetical)
          let noisy = words
          for (const kind of kinds) noisy = noisesFr[kind](noisy, pick)
          expect(verdictFr(`${lead}\n\n${noisy.join(' ')}\n`)).toEqual(ALL_GOOD_FR)
        }
      ),
      {numRuns: 150}
    )
  })

  /** A replacement that reads nothing like the element. */
  const REPLACEMENTS_FR: Record<string, string[]> = {
    exchange: ['la Société', 'ses vérificateurs'],
    nor: ['avec', 'pour'],
    provider: ['régulateur du marché', 'conseiller juridique'],
    accepts: ['n’ont pas vérifié', 'ne garantissent pas'],
    adequacy: ['exhaustivité', 'rapidité'],
    accuracy: ['et la clarté', 'ou le ton']
  }

  it('reports exactly the French element left out or replaced', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUBSTANTIVE_FR),
        fc.boolean(),
        fc.nat(),
        fc.boolean(),
        (id, replace, pick, upper) => {
          const parts = PARTS_FR.filter(([part]) => part !== 'defined').map(([part, text]): string => {
            if (part !== id) return text
            if (!replace) return ''
            const options = REPLACEMENTS_FR[id]
            return options[pick % options.length]
          })
          let text = parts.filter(Boolean).join(' ')
          if (upper) text = text.toUpperCase()
          expect(verdictFr(`${LEAD_FR}\n\n${text}\n`)).toEqual({...ALL_GOOD_FR, [id]: false})
        }
      ),
      {numRuns: 120}
    )
  })
})

describe('the U.S. legend and paragraph in French (model)', () => {
  it.each([
    'NE PAS DISTRIBUER AUX AGENCES DE TRANSMISSION AMÉRICAINES NI DIFFUSER AUX ÉTATS-UNIS',
    'Non destiné à la distribution aux fils de presse des États-Unis ou à la diffusion aux États-Unis',
    'NE PAS DISTRIBUER AUX SERVICES DE FILS DE PRESSE DES ETATS-UNIS NI DIFFUSER AUX ETATS-UNIS',
    'Ne pas distribuer aux agences de transmission americaines ni diffuser aux Etats-Unis.'
  ])('finds the legend “%s”', (legend) => {
    const m = model(`${legend}\n\n${LEAD}\n`)
    expect(m.legends.map((l) => l.block.index)).toEqual([0])
  })

  it('does not take other French sentences for the legend', () => {
    const m = model(
      `${LEAD}\n\nLa Société ne prévoit pas distribuer de dividendes aux actionnaires cette année.\n\n` +
        'Les résultats ne sont pas diffusés avant la fin du programme.\n'
    )
    expect(m.legends).toEqual([])
  })

  it('reads each part of the French paragraph', () => {
    const m = model(
      `${LEAD}\n\nLes titres n’ont pas été et ne seront pas inscrits en vertu de la loi des États-Unis intitulée ` +
        'Securities Act of 1933, dans sa version modifiée, et ne peuvent être offerts ni vendus aux États-Unis ' +
        'sauf en vertu d’une dispense. Le présent communiqué ne constitue pas une offre de vente ni la ' +
        'sollicitation d’une offre d’achat de titres aux États-Unis.\n'
    )
    const {parts} = m.usParagraph
    expect(Object.entries(parts).map(([part, found]) => [part, found?.wording.statement.id])).toEqual([
      ['not-registered', 'us-not-registered-fr'],
      ['not-offered', 'us-not-offered-fr'],
      ['not-an-offer', 'us-not-an-offer-fr']
    ])
  })

  it('reads the paragraph with accents dropped and "Loi de 1933" defined', () => {
    const m = model(
      `${LEAD}\n\nLes actions n'ont pas ete inscrites en vertu de la Securities Act of 1933 des Etats-Unis ` +
        '(la « Loi de 1933 ») et ne pourront pas etre offertes ou vendues aux Etats-Unis. Ce communique ne ' +
        'constitue pas une offre de vente de titres aux Etats-Unis.\n'
    )
    const {parts} = m.usParagraph
    expect(Object.values(parts).every(Boolean)).toBe(true)
  })
})

/** A release whose offering is announced in English and told at more length in French (French is its language). */
const BILINGUAL_OFFERING = [
  'Boreal Mines Inc. (TSXV: BOR) announces a non-brokered private placement of 10,000,000 units at $0.15 per unit ' +
    'for gross proceeds of $1,500,000.',
  'Mines Boréal inc. (TSXV : BOR) annonce un placement privé sans l’entremise d’un courtier de 10 000 000 unités ' +
    'au prix de 0,15 $ l’unité pour un produit brut de 1 500 000 $. Chaque unité est composée d’une action ' +
    'ordinaire et d’un bon de souscription. La Société utilisera le produit pour les travaux sur la propriété ' +
    'Lac-Noir et pour les besoins généraux de l’entreprise, selon les conditions de la Bourse.'
]

describe('us-distribution-legend and us-securities-act in French (rules)', () => {
  it('gives a French release without the legend the French legend as its fix, in French', async () => {
    const text = BILINGUAL_OFFERING.join('\n\n') + '\n'
    expect(model(text).language.release).toBe('fr')
    const [message, ...rest] = (await lintWith('us-distribution-legend', text)).messages
    expect(rest).toEqual([])
    expect(message.reason).toMatch(/^Il manque la mention américaine de non-diffusion ; attendu : « Ne pas distribuer/)
    expect(message.reason).toContain('ce communiqué annonce un placement privé (ligne 1) : « ')
    expect(message.expected).toEqual([
      'NE PAS DISTRIBUER AUX AGENCES DE TRANSMISSION AMÉRICAINES NI DIFFUSER AUX ÉTATS-UNIS\n\n'
    ])
    expect(message.note).toContain('Regulation S')
  })

  it('accepts the French legend at the top', async () => {
    const text =
      'NE PAS DISTRIBUER AUX AGENCES DE TRANSMISSION AMÉRICAINES NI DIFFUSER AUX ÉTATS-UNIS\n\n' +
      BILINGUAL_OFFERING.join('\n\n') +
      '\n'
    expect((await lintWith('us-distribution-legend', text)).messages.map(format)).toEqual([])
  })

  it('accepts the French paragraph, and reports a missing part of it in French', async () => {
    const paragraph =
      'Les titres n’ont pas été et ne seront pas inscrits en vertu de la loi des États-Unis intitulée Securities ' +
      'Act of 1933 et ne peuvent être offerts ni vendus aux États-Unis sauf en vertu d’une dispense.'
    const text = BILINGUAL_OFFERING.join('\n\n') + '\n\n' + paragraph + '\n'
    const messages = (await lintWith('us-securities-act', text)).messages
    expect(messages).toHaveLength(1)
    expect(messages[0].reason).toMatch(
      new RegExp(
        '^Il manque la mention « ne constitue pas une offre de vente ni la sollicitation d’une offre d’achat » dans ' +
          'le paragraphe sur la Securities Act of 1933 ; ce communiqué annonce un placement privé : « .+ »$'
      )
    )
    expect(messages[0].expected).toEqual([
      paragraph +
        ' Le présent communiqué ne constitue pas une offre de vente ni la sollicitation d’une offre d’achat de ' +
        'titres aux États-Unis.'
    ])
  })
})

const FLI_LEAD =
  'Mines Boréal inc. (TSXV : BOR) prévoit commencer un programme de forage de 5 000 mètres sur la propriété ' +
  'Lac-Noir au printemps. La Société utilisera le produit du placement pour ces travaux.'
const FR_CAUTION = [
  '## Mise en garde concernant les énoncés prospectifs',
  'Le présent communiqué contient des énoncés prospectifs, notamment concernant le programme de forage prévu et ' +
    'l’emploi du produit. Ces énoncés reposent sur des hypothèses, notamment la disponibilité des foreuses et du ' +
    'personnel.',
  'Les résultats réels pourraient différer sensiblement de ceux qu’expriment ces énoncés en raison de risques et ' +
    'd’incertitudes, notamment les résultats d’exploration et la conjoncture du marché. La Société ne s’engage pas ' +
    'à mettre à jour ces énoncés, sauf si la loi l’exige.'
]

describe('forward-looking information in French', () => {
  it.each([
    ['prévoit commencer', 'strong'],
    ['entend utiliser le produit', 'strong'],
    ['s’attend à recevoir', 'strong'],
    ['a l’intention de forer', 'strong'],
    ['utilisera le produit', 'strong'],
    ['devrait recevoir', 'weak'],
    ['sera', 'weak']
  ])('reads “%s” as %s evidence', (words, strength) => {
    const subject = words.startsWith('devrait') || words === 'sera' ? 'Le rapport' : 'Mines Boréal inc.'
    const rest = words === 'sera' ? ' publié en mai.' : ' les résultats en mai.'
    const m = model(`${subject} ${words}${rest}\n`)
    expect(m.topics.forwardLooking?.strength).toBe(strength)
  })

  it('reads the French caution and each of its s.4A.3 elements', () => {
    const m = model([FLI_LEAD, ...FR_CAUTION].join('\n\n') + '\n')
    expect(m.caution.map((block) => block.index)).toEqual([2, 3])
    expect([...m.cautionElements.present].sort()).toEqual(['assumptions', 'differ', 'identifies', 'risks', 'updates'])
  })

  it.each([
    'pourraient faire en sorte que les résultats réels diffèrent sensiblement de ceux exprimés',
    'les résultats réels peuvent différer de façon importante',
    'le rendement réel de la Société diffère parfois de ces prévisions',
    'les resultats reels pourraient differer sensiblement'
  ])('reads the warning that results may differ in “%s”', (words) => {
    const caution = [
      FR_CAUTION[0],
      FR_CAUTION[1],
      `Des risques et incertitudes ${words}. La Société ne s’engage pas à mettre à jour ces énoncés.`
    ]
    const m = model([FLI_LEAD, ...caution].join('\n\n') + '\n')
    expect(m.cautionElements.present.has('differ')).toBe(true)
  })

  it.each([
    'La Société n’assume aucune obligation de mettre à jour ces énoncés, sauf si la loi l’exige.',
    "La Société et ses dirigeants n'assument aucune obligation de les réviser.",
    "La Societe n' assume aucune obligation de mise a jour."
  ])('does not take « n’assume aucune obligation » for assumptions: “%s”', async (update) => {
    const caution = [
      FR_CAUTION[0],
      'Le présent communiqué contient des énoncés prospectifs, notamment concernant le programme de forage prévu.',
      FR_CAUTION[2].replace(/ La Société ne s’engage.*$/, ' ' + update)
    ]
    const messages = (await lintWith('forward-looking-caution', [FLI_LEAD, ...caution].join('\n\n') + '\n')).messages
    expect(messages.map((m) => [m.reason, m.fatal])).toEqual([
      ['Il manque les hypothèses ou facteurs importants dans la mise en garde sur l’information prospective', true]
    ])
  })

  it.each([
    'Certaines déclarations contenues dans le présent communiqué, notamment celles qui portent sur le programme de ' +
      'forage prévu et son financement, peuvent constituer de l’information prospective.',
    'Les énoncés portant sur le programme de forage prévu et son financement sont considérés comme des énoncés ' +
      'prospectifs.'
  ])('reads the identification in “%s”', (identification) => {
    const caution = [FR_CAUTION[0], identification + ' ' + FR_CAUTION[1].split('. ')[1], FR_CAUTION[2]]
    const m = model([FLI_LEAD, ...caution].join('\n\n') + '\n')
    expect(m.cautionElements.present.has('identifies')).toBe(true)
  })

  it('accepts a French release with a complete caution', async () => {
    const text = [FLI_LEAD, ...FR_CAUTION].join('\n\n') + '\n'
    expect((await lintWith('forward-looking-caution', text)).messages.map(format)).toEqual([])
  })

  it('reports a French release without a caution in French, with the French paragraph as its fix', async () => {
    const [message, ...rest] = (await lintWith('forward-looking-caution', FLI_LEAD + '\n')).messages
    expect(rest).toEqual([])
    expect(message.reason).toBe('Il manque la mise en garde sur l’information prospective')
    expect(message.fatal).toBe(true)
    expect(message.note).toMatch(
      /^Règlement 51-102, art\. 4A\.3 : le communiqué énonce de l’information prospective \(« /
    )
    expect(String(message.expected)).toContain('sauf si la législation en valeurs mobilières applicable l’exige.')
  })

  it('names the element a French caution lacks, in French', async () => {
    const caution = [FR_CAUTION[0], FR_CAUTION[1], FR_CAUTION[2].replace(/ La Société ne s’engage.*$/, '')]
    const messages = (await lintWith('forward-looking-caution', [FLI_LEAD, ...caution].join('\n\n') + '\n')).messages
    expect(messages.map((m) => [m.reason, m.fatal])).toEqual([
      ['Il manque la mention sur la mise à jour de l’information prospective', false]
    ])
    expect(String(messages[0].expected)).toMatch(/La Société ne s’engage pas à mettre à jour l’information prospective/)
  })
})

/** An invented bilingual release, English then French, each part with its caution and disclaimer. */
const EN_PART = {
  lead:
    '# Boreal Mines Starts Drilling at Lac-Noir\n\nMONTREAL, Quebec, November 21, 2025 – Boreal Mines Inc. (TSXV: ' +
    'BOR) ("Boreal" or the "Company") plans to start a 5,000-metre drill program at its Lac-Noir property in the ' +
    'spring. The Company will use its treasury for this work, and it expects the first results in the summer.',
  caution:
    '## Forward-Looking Statements\n\nThis news release contains forward-looking information, including statements ' +
    'regarding the planned drill program. Forward-looking information is based on assumptions, including the ' +
    'availability of drills. Actual results may differ materially because of risks, including exploration results.',
  update: ' The Company does not undertake to update forward-looking information except as required by law.',
  disclaimer:
    'Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies ' +
    'of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
}
const FR_PART = {
  lead:
    '# Mines Boréal commence le forage à Lac-Noir\n\nMONTRÉAL (Québec), le 21 novembre 2025 – Mines Boréal inc. ' +
    '(TSXV : BOR) (« Boréal » ou la « Société ») prévoit commencer un programme de forage de 5 000 mètres sur sa ' +
    'propriété Lac-Noir au printemps. La Société financera ces travaux à même son encaisse et s’attend à recevoir ' +
    'les premiers résultats au cours de l’été.',
  caution:
    '## Mise en garde concernant les énoncés prospectifs\n\nLe présent communiqué contient des énoncés prospectifs, ' +
    'notamment concernant le programme de forage prévu. Ces énoncés reposent sur des hypothèses, notamment la ' +
    'disponibilité des foreuses. Les résultats réels pourraient différer sensiblement en raison de risques, ' +
    'notamment les résultats d’exploration.',
  update: ' La Société ne s’engage pas à mettre à jour ces énoncés, sauf si la loi l’exige.',
  disclaimer: FR_DISCLAIMER
}

function bilingual(options: {en?: Partial<typeof EN_PART>; fr?: Partial<typeof FR_PART>} = {}): string {
  const en = {...EN_PART, ...options.en}
  const fr = {...FR_PART, ...options.fr}
  const part = (p: typeof EN_PART) => [p.lead, p.caution + p.update, p.disclaimer].filter(Boolean).join('\n\n')
  return part(en) + '\n\n' + part(fr) + '\n'
}

const rulesOf = async (text: string) =>
  [
    ...(await lintWith('exchange-disclaimer', text)).messages,
    ...(await lintWith('forward-looking-caution', text)).messages
  ].map((m) => `${m.ruleId} ${m.line}: ${m.reason}`)

describe('a bilingual release (English, then French)', () => {
  it('reads each part in its own language', () => {
    const m = model(bilingual())
    expect(m.language.bilingual).toBe(true)
    expect(m.exchangeDisclaimers.map((d) => d.language)).toEqual(['en', 'fr'])
    expect(new Set(m.caution.map((block) => m.language.of(block)))).toEqual(new Set(['en', 'fr']))
  })

  it('accepts both parts when each is complete', async () => {
    expect(await rulesOf(bilingual())).toEqual([])
  })

  it('is satisfied by a once-per-release statement in either part', async () => {
    expect(await rulesOf(bilingual({fr: {disclaimer: ''}}))).toEqual([])
    expect(await rulesOf(bilingual({en: {disclaimer: ''}}))).toEqual([])
  })

  it('reports a statement missing from both parts once', async () => {
    const messages = await rulesOf(bilingual({en: {disclaimer: ''}, fr: {disclaimer: ''}}))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^exchange-disclaimer \d+: (?:Missing TSX Venture|Il manque l’avis)/)
  })

  it('reports a defect of the French part alone, in French, on the French words', async () => {
    const defective = FR_DISCLAIMER.replace('la pertinence ou à ', '')
    const text = bilingual({fr: {disclaimer: defective}})
    const line = text.split('\n').findIndex((l) => l === defective) + 1
    expect(await rulesOf(text)).toEqual([
      `exchange-disclaimer ${line}: Avis de non-responsabilité qui omet « pertinence » ; attendu : « Ni la Bourse de ` +
        'croissance TSX ni son fournisseur de services de réglementation … »'
    ])
  })

  it('tells a caution missing from both parts once, in the language of the words it quotes', async () => {
    const none = {caution: '', update: ''}
    const english = await lintWith('forward-looking-caution', bilingual({en: none, fr: none}))
    expect(english.messages.map((m) => m.reason)).toEqual(['Missing forward-looking information caution'])
    expect(english.messages[0].note).toMatch(/“plans to start”/)
    // The French part first: told in French, on the French words.
    const frFirst = [FR_PART.lead, FR_PART.disclaimer, EN_PART.lead, EN_PART.disclaimer].join('\n\n') + '\n'
    const french = await lintWith('forward-looking-caution', frFirst)
    expect(french.messages.map((m) => m.reason)).toEqual(['Il manque la mise en garde sur l’information prospective'])
  })

  it('checks each caution in its own language: one finding per part that lacks an element', async () => {
    const frOnly = await rulesOf(bilingual({fr: {update: ''}}))
    expect(frOnly.map((m) => m.replace(/ \d+:/, ':'))).toEqual([
      'forward-looking-caution: Il manque la mention sur la mise à jour de l’information prospective'
    ])
    const both = await rulesOf(bilingual({en: {update: ''}, fr: {update: ''}}))
    expect(both.map((m) => m.replace(/ \d+:/, ':'))).toEqual([
      'forward-looking-caution: Missing statement on updating forward-looking information',
      'forward-looking-caution: Il manque la mention sur la mise à jour de l’information prospective'
    ])
  })
})

describe('the LIFE offering document statement in French (model)', () => {
  it('reads each element of the French statement', () => {
    const m = model(
      `${LEAD}\n\nIl existe un document d’offre relatif au placement qui peut être consulté sous le profil de la ` +
        'Société sur SEDAR+ à www.sedarplus.ca et sur son site Web. Les investisseurs éventuels devraient lire ce ' +
        'document d’offre avant de prendre une décision d’investissement.\n'
    )
    expect(m.lifeDocument).toMatchObject({document: true, sedar: true, website: true, read: true})
  })

  it('tells what the French statement leaves out', () => {
    const m = model(
      `${LEAD}\n\nUn document d’offre relatif au placement peut être consulté sous le profil de la Société sur SEDAR+.\n`
    )
    expect(m.lifeDocument).toMatchObject({document: true, sedar: true, website: false, read: false})
  })
})
