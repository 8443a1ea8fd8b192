/**
 * Technical statements as other counsel and QPs word them (QA round para1): paraphrases that keep every element read
 * as the base does, and a paraphrase with one element dropped is still caught. Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const LEAD =
  'VANCOUVER, British Columbia, September 2, 2026 – Ardent Ridge Resources Inc. ("Ardent" or the "Company") ' +
  '(TSXV: ARD) reports drill results from its Sorrel Creek gold project.'
const reasons = async (id: Parameters<typeof lintWith>[0], body: string) =>
  (await lintWith(id, `${LEAD}\n\n${body}\n`)).messages.map((m) => `${m.fatal ? 'error' : 'warning'}: ${m.reason}`)

describe('data-verification: how, said as a comparison with another source or by a hyphenated verb', () => {
  const RESULTS = 'Hole SC-26-11 intersected 3.2 g/t Au over 14.0 metres.'
  const QP =
    'Rosa Imbert, P.Geo., Chief Geologist of the Company and a Qualified Person under NI 43-101, has approved the ' +
    'technical information in this release.'

  it.each([
    'Ms. Imbert verified the resource model by re-estimating selected blocks; she found no limitation.',
    'Ms. Imbert verified the cost inputs against vendor quotes; she found no limitation.',
    'Ms. Imbert verified the collar locations by re-surveying six holes in the field.'
  ])('reads how the data were verified: %s', async (how) => {
    expect(await reasons('data-verification', `${RESULTS}\n\n${QP} ${how}`)).toEqual([])
  })

  it('still asks how for a bare verification, and for a crew “checked to verify against” its tag books', async () => {
    const bare = await reasons('data-verification', `${RESULTS}\n\n${QP} Ms. Imbert has verified the data disclosed.`)
    expect(bare).toEqual([expect.stringMatching(/^warning: Missing how the data were verified/)])
    const crew =
      'At the end of each shift the sample count and sequence numbers are checked to verify against the tag books.'
    expect(await reasons('data-verification', `${RESULTS}\n\n${crew}\n\n${QP}`)).toEqual([
      expect.stringMatching(/^warning: Missing how the data were verified/)
    ])
  })
})

describe('pea-caution: a clause of the caution written as its own sentence before the rest', () => {
  const RESULTS =
    'The preliminary economic assessment (the "PEA") of Sorrel Creek gives an after-tax NPV (5%) of C$412 million ' +
    'and an after-tax IRR of 31.4% at US$2,300/oz gold, prepared by Kestrel Mining Engineers Ltd. with an effective ' +
    'date of August 15, 2026.'
  const REST =
    'The PEA is preliminary in nature and its mine plan includes Inferred Mineral Resources, which are too ' +
    'speculative geologically to have economic considerations applied to them that would enable them to be ' +
    'categorized as Mineral Reserves.'

  it.each([
    `There is no certainty that the PEA will be realized. ${REST}`,
    `There is no assurance that the results of the PEA will be achieved. ${REST}`
  ])('reads the whole caution: %s', async (caution) => {
    expect(await reasons('pea-caution', `${RESULTS}\n\n${caution}`)).toEqual([])
  })

  it('still names the element a reordered caution drops', async () => {
    expect(await reasons('pea-caution', `${RESULTS}\n\nThe PEA results may change. ${REST}`)).toEqual([
      expect.stringMatching(/^error: Unexpected PEA caution that drops “there is no certainty” and “will be realized”/)
    ])
    const noPreliminary = `There is no certainty that the PEA will be realized. ${REST.replace(
      'is preliminary in nature and its mine plan ',
      ''
    )}`
    expect(await reasons('pea-caution', `${RESULTS}\n\n${noPreliminary}`)).toEqual([
      expect.stringMatching(/^error: Unexpected PEA caution that drops “preliminary in nature”/)
    ])
  })
})

describe('qp-statement: “each” or “both” speaks for the QPs of its own sentence, not for one another names', () => {
  const RESULTS = 'Hole SC-26-11 intersected 3.2 g/t Au over 14.0 metres.'
  const PAIR =
    'The PEA was prepared by Nils Haugen, P.Eng., and Rosa Imbert, P.Geo., of Kestrel Mining Engineers Ltd., each an ' +
    'independent Qualified Person under NI 43-101, who have reviewed and approved the technical information in this ' +
    'release relating to the PEA.'

  it('reports the third QP, whose own sentence gives no relationship', async () => {
    const third = 'Dev Sahota, P.Geo., a Qualified Person under NI 43-101, approved the other technical information.'
    expect(await reasons('qp-statement', `${RESULTS}\n\n${PAIR} ${third}`)).toEqual([
      expect.stringMatching(/^warning: Missing relationship to the issuer of the Qualified Person “Dev Sahota”/)
    ])
  })

  it.each([
    'Dev Sahota, P.Geo., the Company’s Chief Geologist and a Qualified Person under NI 43-101, approved the rest.',
    'Dev Sahota, P.Geo., a Qualified Person under NI 43-101, approved the rest. All three are independent of Ardent.'
  ])('accepts the third QP related in their own sentence or in one for all: %s', async (third) => {
    expect(await reasons('qp-statement', `${RESULTS}\n\n${PAIR} ${third}`)).toEqual([])
  })
})

describe('qp-statement: a French professional who approves the « contenu » or « communiqué » makes the statement', () => {
  const FR_LEAD =
    'ROUYN-NORANDA, Québec, le 24 novembre 2026 – Minière Vallauris inc. (« Vallauris » ou la « Société ») ' +
    '(TSXV : VLR) annonce des résultats.\n\nLe trou LB-26-02 a recoupé 5,8 g/t Au sur 9,2 mètres.'
  const APPROVED =
    'Le contenu scientifique et technique du présent communiqué a été révisé et approuvé par Julie Ferland, géo., ' +
    'vice-présidente Exploration de la Société.'
  const fr = async (body: string) =>
    (await lintWith('qp-statement', `${FR_LEAD}\n\n${body}\n`)).messages.map(
      (m) => `${m.fatal ? 'error' : 'warning'}: ${m.reason}`
    )

  it('reports what the sentence lacks on it, not a statement missing, as in English', async () => {
    expect(await fr(APPROVED)).toEqual([
      expect.stringMatching(/^error: Il manque la désignation comme personne qualifiée/)
    ])
    expect(await fr(`## Personne qualifiée\n\n${APPROVED}`)).toEqual([
      expect.stringMatching(/^warning: Il manque la désignation comme personne qualifiée/)
    ])
  })

  it('still reports the statement missing where no professional approves the release', async () => {
    expect(await fr('Julie Ferland, géo., dirige les travaux de la Société depuis 2024.')).toEqual([
      expect.stringMatching(/^error: Il manque la mention de la personne qualifiée/)
    ])
  })
})

describe('qp-statement: a stray space inside the approval word, as copy from a PDF leaves it', () => {
  const RESULTS = 'Hole SC-26-11 intersected 3.2 g/t Au over 14.0 metres.'
  const qp = (approved: string) =>
    `The scientific and technical information in this release has been reviewed and ${approved} by Rosa Imbert, ` +
    'P.Geo., Chief Geologist of the Company and a Qualified Person as defined by NI 43-101.'

  it.each(['appro ved', 'ap proved'])('reads “%s” as the approval', async (approved) => {
    expect(await reasons('qp-statement', `${RESULTS}\n\n${qp(approved)}`)).toEqual([])
  })

  it('reads “super vised” as the supervision', async () => {
    const supervised = qp('approved').replace('has been reviewed and approved', 'was super vised')
    expect(await reasons('qp-statement', `${RESULTS}\n\n${supervised}`)).toEqual([])
  })

  it('still reports “reviewed” alone', async () => {
    const reviewed = qp('approved').replace('reviewed and approved', 'reviewed')
    expect(await reasons('qp-statement', `${RESULTS}\n\n${reviewed}`)).toEqual([
      expect.stringMatching(/^warning: Unexpected “reviewed” alone/)
    ])
  })
})

describe('qp-statement: a statement set as a list under its lead-in', () => {
  const RESULTS = 'Hole SC-26-11 intersected 3.2 g/t Au over 14.0 metres.'
  const item = {
    name: '- Rosa Imbert, P.Geo.',
    role: '- Chief Geologist of the Company',
    approval: '- reviewed and approved the scientific and technical information in this release'
  }
  const list = (...items: string[]) => `Qualified Person for this release under NI 43-101:\n\n${items.join('\n')}`

  it('reads the items as the statement', async () => {
    expect(await reasons('qp-statement', `${RESULTS}\n\n${list(item.name, item.role, item.approval)}`)).toEqual([])
  })

  it('still names the item a list drops', async () => {
    expect(await reasons('qp-statement', `${RESULTS}\n\n${list(item.name, item.approval)}`)).toEqual([
      expect.stringMatching(/^error: Missing relationship of the Qualified Person/)
    ])
    expect(await reasons('qp-statement', `${RESULTS}\n\n${list(item.name, item.role)}`)).toEqual([
      // "for this release" names what the QP is answerable for: the approval missing is a warning (see forRelease).
      expect.stringMatching(/^warning: Missing approval in the QP statement/)
    ])
  })
})

describe('qp-statement: a French title held at another named company is no relationship to the issuer', () => {
  const FR_LEAD =
    'ROUYN-NORANDA, Québec, le 24 novembre 2026 – Minière Vallauris inc. (« Vallauris » ou la « Société ») ' +
    '(TSXV : VLR) annonce des résultats.\n\nLe trou LB-26-02 a recoupé 5,8 g/t Au sur 9,2 mètres.'
  const qp = (title: string) =>
    'Le contenu scientifique et technique du présent communiqué a été révisé et approuvé par Julie Ferland, géo., ' +
    `${title} et personne qualifiée au sens du Règlement 43-101.`
  const fr = async (body: string) =>
    (await lintWith('qp-statement', `${FR_LEAD}\n\n${body}\n`)).messages.map(
      (m) => `${m.fatal ? 'error' : 'warning'}: ${m.reason}`
    )

  it.each(['vice-présidente Exploration de Mines Tessier ltée', 'directrice de l’exploration de Ressources Balmont'])(
    'reports the relationship missing: %s',
    async (title) => {
      expect(await fr(qp(title))).toEqual([expect.stringMatching(/^error: Il manque le lien de la personne qualifiée/)])
    }
  )

  it.each([
    'vice-présidente Exploration de la Société',
    'vice-présidente Exploration de Minière Vallauris',
    'géologue-conseil de Géoterra Conseil inc., indépendante de la Société,'
  ])('accepts a title of the issuer, or independence beside a firm: %s', async (title) => {
    expect(await fr(qp(title))).toEqual([])
  })
})

describe('exploration-target: a clause of the caution written first in its sentence', () => {
  const TARGET =
    'The Company has set an exploration target for the Tessan South zone of 150 to 250 million tonnes grading 0.30% ' +
    'to 0.45% Cu, based on 38 drill holes and the extent of the induced polarization anomaly.'
  const REST =
    'as the target is conceptual in nature and there has been insufficient exploration to define a mineral resource.'

  it('reads the whole caution', async () => {
    const caution = `It is uncertain if further exploration will result in the target being delineated as a mineral resource, ${REST}`
    expect(await reasons('exploration-target', `${TARGET}\n\n${caution}`)).toEqual([])
  })

  it('still names what it drops', async () => {
    const caution = `It is uncertain whether the Company will raise the funds to drill the target, ${REST}`
    expect(await reasons('exploration-target', `${TARGET}\n\n${caution}`)).toEqual([
      expect.stringMatching(
        /^error: Unexpected exploration-target caution that drops “delineated as a mineral resource”/
      )
    ])
  })
})

describe('qp-statement: a French QP’s firm, whose independence the release states, gives the relationship', () => {
  const FR_LEAD =
    'MONTRÉAL, Québec, le 10 novembre 2026 – Lithium Boréal inc. (« Boréal » ou la « Société ») (TSXV : LBX) ' +
    'annonce des résultats.\n\nLe trou LM-26-07 a recoupé 1,42 % Li2O sur 21,0 mètres.'
  const PAIR =
    'L’information technique du présent communiqué a été révisée et approuvée par Luc Aubert, ing., et Nadia ' +
    'Gervais, géo., de Génie Minier Aubert inc., personnes qualifiées au sens du Règlement 43-101.'
  const fr = async (body: string) =>
    (await lintWith('qp-statement', `${FR_LEAD}\n\n${body}\n`)).messages.map(
      (m) => `${m.fatal ? 'error' : 'warning'}: ${m.reason}`
    )

  it('accepts both QPs when the firm is said independent', async () => {
    expect(await fr(`${PAIR} Génie Minier Aubert inc. est indépendante de Boréal.`)).toEqual([])
  })

  it('still reports a QP named with no firm and no relationship, whatever « du Règlement » follows', async () => {
    const third =
      'Les autres renseignements ont été approuvés par Marc Tessier, géo., personne qualifiée au sens du Règlement 43-101.'
    expect(await fr(`${PAIR} Génie Minier Aubert inc. est indépendante de Boréal. ${third}`)).toEqual([
      expect.stringMatching(/^warning: Il manque le lien avec l’émetteur de la personne qualifiée «.Marc Tessier.»/)
    ])
  })
})

describe('exploration-results: QA/QC named as control samples put into the sample stream', () => {
  const RESULTS =
    'Hole SC-26-11 intersected 3.2 g/t Au over 14.0 metres (true width estimated at 80% of the core length), ' +
    'collared at 512400E, 6123800N and drilled at an azimuth of 045° and a dip of -55°.'
  const LAB =
    'NQ half-core was assayed by ALS Canada Ltd. in North Vancouver, independent of the Company, by fire assay with ' +
    'an atomic absorption finish.'

  it.each([
    'Control samples were inserted at a rate of one in ten.',
    'The Company inserts QC samples into every batch sent to the laboratory.'
  ])('reads the QA/QC program: %s', async (qaqc) => {
    expect(await reasons('exploration-results', `${RESULTS}\n\n${LAB} ${qaqc}`)).toEqual([])
  })

  it('still reports a program only said to follow protocols', async () => {
    expect(
      await reasons('exploration-results', `${RESULTS}\n\n${LAB} Sampling followed industry-standard protocols.`)
    ).toEqual([expect.stringMatching(/^error: Missing QA\/QC program/)])
  })
})
