/**
 * QA mutation round (issue 10) on the technical rules: each element of a statement written the ways a lawyer
 * writes it must pass, and each element removed must be reported by its name. Invented issuers, our own wording.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {lintWith} from './helpers.js'

const reasons = async (id: Parameters<typeof lintWith>[0], value: string) =>
  (await lintWith(id, value)).messages.map((m) => `${m.fatal ? 'error' : 'warning'} ${m.reason}`)

describe('historical-estimate: the two clauses of s.2.4 in either order', () => {
  const LEAD =
    'VANCOUVER, BC, March 3, 2026 – Quillmore Silver Corp. (CSE: QSC) is acquiring the Tarn property, where a 1984 ' +
    'report by Vessel Mines Ltd. gives a historical resource of 310,000 tonnes grading 402 g/t silver, estimated ' +
    'by polygonal methods at a 150 g/t cut-off in the "probable" category. Quillmore considers it relevant and ' +
    'reliable; no more recent data exist, and twinning of historical holes would be needed to verify it.\n\n'
  const qpClause = fc.constantFrom(
    'a qualified person has not done sufficient work to classify the historical estimate as current mineral resources',
    'a QP has not done sufficient work to classify it as current mineral resources or mineral reserves',
    'a qualified person has not done sufficient work to classify it as such'
  )
  const treating = fc.constantFrom(
    'Quillmore is not treating the historical estimate as current mineral resources',
    'the Company is not treating it as current mineral resources or mineral reserves'
  )
  const joint = fc.constantFrom(', as ', ', because ', '; ', ' since ')
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1)

  it('the issuer’s clause first, the qualified person’s after it, passes', async () => {
    await fc.assert(
      fc.asyncProperty(treating, joint, qpClause, async (first, between, second) => {
        expect(await reasons('historical-estimate', `${LEAD}${cap(first)}${between}${second}.\n`)).toEqual([])
      }),
      {numRuns: 24}
    )
  })

  it('either clause dropped is reported, whatever the order', async () => {
    const only = await reasons(
      'historical-estimate',
      `${LEAD}Quillmore is not treating the historical estimate as current mineral resources, as it predates NI 43-101.\n`
    )
    expect(only).toHaveLength(1)
    expect(only[0]).toMatch(/^error (Missing|Unexpected) historical-estimate statement.*sufficient work/)
  })

  it('“neither the Company nor a qualified person has done sufficient work” says the QP has not', async () => {
    const neither =
      'Neither the Company nor a qualified person has done sufficient work to classify the historical estimate as ' +
      'current mineral resources, and the Company is not treating it as current mineral resources.'
    expect(await reasons('historical-estimate', `${LEAD}${neither}\n`)).toEqual([])
    // The verb without the negation says the opposite: no statement.
    const affirmative =
      'A qualified person has done sufficient work to classify the historical estimate as current mineral ' +
      'resources, and the Company is not treating it as current mineral resources.'
    const found = await reasons('historical-estimate', `${LEAD}${affirmative}\n`)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^error (Missing|Unexpected) historical-estimate statement/)
  })

  it('in French too: « la Société ne considère pas … car une personne qualifiée … »', async () => {
    const lead =
      'MONTRÉAL, le 3 mars 2026 – Argent Quillmore inc. (CSE : QSC) acquiert la propriété Tarn, où un rapport de ' +
      'Vessel Mines Ltd. daté de 1984 présente une estimation historique de 310 000 tonnes à 402 g/t Ag, établie par ' +
      'méthode polygonale avec une teneur de coupure de 150 g/t dans la catégorie « probable ». La Société la juge ' +
      'pertinente et fiable ; aucune donnée plus récente n’existe, et des forages de jumelage seraient nécessaires ' +
      'pour la vérifier.\n\n'
    const statement =
      'La Société ne considère pas l’estimation historique comme des ressources minérales actuelles, car une ' +
      'personne qualifiée n’a pas effectué suffisamment de travaux pour la classer comme telles.'
    expect(await reasons('historical-estimate', `${lead}${statement}\n`)).toEqual([])
  })
})

describe('exploration-target: the basis in the paragraph after the target', () => {
  const CAUTION =
    'The potential quantity and grade is conceptual in nature, there has been insufficient exploration to define a ' +
    'mineral resource and it is uncertain if further exploration will result in the target being delineated as a ' +
    'mineral resource.'
  const TARGET =
    'TORONTO, ON, June 2, 2026 – Brackwater Minerals Inc. (TSX: BWM) announces an exploration target of 120 to 180 ' +
    'million tonnes grading 0.25% to 0.35% Cu at its Heddle property.'
  const basis = fc.constantFrom(
    'The exploration target is based on 31 drill holes and the extent of the chargeability anomaly.',
    'The potential quantity and grade were determined from 31 drill holes and an induced polarization survey.',
    'It was estimated using the strike length of the anomaly, a depth of 250 m and the grades of 31 drill holes.'
  )

  it('a basis stated in its own paragraph, before or after the caution, is the target’s basis', async () => {
    await fc.assert(
      fc.asyncProperty(basis, fc.boolean(), async (text, before) => {
        const body = before ? `${text}\n\n${CAUTION}` : `${CAUTION}\n\n${text}`
        expect(await reasons('exploration-target', `${TARGET}\n\n${body}\n`)).toEqual([])
      }),
      {numRuns: 12}
    )
  })

  it('a basis nowhere near the target is still missing', async () => {
    const far = 'Work continues.\n\nThe camp is open.\n\nThe 2025 budget was based on the drill plan.'
    expect(
      await reasons('exploration-target', `${TARGET}\n\n${CAUTION}\n\nDrilling resumes in May.\n\n${far}\n`)
    ).toEqual([
      'warning Missing basis of the exploration target, expected how its potential quantity and grade were determined'
    ])
  })

  it('in French: « La cible repose sur … » in a paragraph of its own', async () => {
    const target =
      'MONTRÉAL, le 2 juin 2026 – Minéraux Brackwater inc. (TSX : BWM) annonce une cible d’exploration de 120 à 180 ' +
      'millions de tonnes à des teneurs de 0,25 % à 0,35 % Cu sur la propriété Heddle.'
    const caution =
      'La quantité et la teneur potentielles sont de nature conceptuelle, les travaux d’exploration ont été ' +
      'insuffisants pour définir une ressource minérale et il n’est pas certain que des travaux d’exploration ' +
      'supplémentaires permettront de définir une ressource minérale.'
    const text = 'Cette cible repose sur 31 sondages et sur l’étendue de l’anomalie de chargeabilité.'
    expect(await reasons('exploration-target', `${target}\n\n${text}\n\n${caution}\n`)).toEqual([])
  })
})

describe('qp-statement: the data verification of s.3.2 is not the approval of s.3.1', () => {
  const RESULTS =
    'VANCOUVER, BC, March 3, 2026 – Fenwick Gold Corp. (TSXV: FWG) reports that hole FW-26-03 returned 5.6 g/t Au ' +
    'over 9.0 m.\n\n'
  const QP_NO_VERB = fc.constantFrom(
    'Rosa Lindqvist, P.Geo., Vice President Exploration of the Company and a Qualified Person as defined by NI 43-101.',
    'The technical information in this release relates to work by Rosa Lindqvist, P.Geo., Vice President ' +
      'Exploration of the Company and a Qualified Person under NI 43-101.'
  )
  const VERIFICATION = fc.constantFrom(
    'Ms. Lindqvist verified the data disclosed by reviewing the assay certificates.',
    'The assay data were verified by Ms. Lindqvist against the laboratory certificates.',
    'Ms. Lindqvist has not verified the historical drill results.',
    'Ms. Lindqvist has not independently verified the sampling data.'
  )
  const approvalMissing = (messages: string[]) => messages.filter((m) => m.startsWith('error Missing approval'))

  it('a QP statement with no approval word, then a verification of the data, lacks its approval', async () => {
    await fc.assert(
      fc.asyncProperty(QP_NO_VERB, VERIFICATION, fc.boolean(), async (qp, verification, sameParagraph) => {
        const text = `${RESULTS}${qp}${sameParagraph ? ' ' : '\n\n'}${verification}\n`
        expect(approvalMissing(await reasons('qp-statement', text))).toHaveLength(1)
      }),
      {numRuns: 16}
    )
  })

  it('"reviewed and verified the technical information" after the QP sentence is its approval', async () => {
    const text =
      `${RESULTS}Rosa Lindqvist, P.Geo., Vice President Exploration of the Company, is a Qualified Person as ` +
      'defined by NI 43-101. She has reviewed and verified the technical information in this release.\n'
    expect(await reasons('qp-statement', text)).toEqual([])
  })

  it('in French: « Mme Lindqvist a vérifié les données » is no approval', async () => {
    const text =
      'MONTRÉAL, le 3 mars 2026 – Or Fenwick inc. (TSXV : FWG) annonce que le sondage FW-26-03 a recoupé 5,6 g/t Au ' +
      'sur 9,0 m.\n\nRosa Lindqvist, géo., vice-présidente exploration de la Société et personne qualifiée au sens ' +
      'du Règlement 43-101. Mme Lindqvist a vérifié les données en comparant les certificats d’analyse à la base de ' +
      'données.\n'
    const found = await reasons('qp-statement', text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^error Il manque/)
  })
})

describe('mineral-resource in French: Inferred added to the other categories, and the caution’s words', () => {
  const LEAD =
    'QUÉBEC, le 8 septembre 2026 – Mines Aurelle inc. (TSX : MAU) annonce une estimation pour le gisement Tilly.'
  const REST =
    'La date d’effet de l’estimation est le 15 août 2026. La teneur de coupure est de 0,40 g/t Au, selon un prix ' +
    'de l’or de 2 000 $ US l’once.\n\nLes ressources minérales qui ne sont pas des réserves minérales n’ont pas ' +
    'démontré leur viabilité économique.'
  const sums = fc.constantFrom(
    'Le gisement renferme des ressources minérales indiquées et présumées de 17,5 millions de tonnes à 1,79 g/t Au.',
    'Les ressources mesurées, indiquées et présumées totalisent 17,5 millions de tonnes à 1,79 g/t Au.',
    'Les ressources indiquées et présumées s’élèvent à 17 500 000 tonnes à 1,79 g/t Au.',
    'Le gisement compte 17,5 Mt à 1,79 g/t Au de ressources indiquées et présumées.'
  )

  it('a figure of Indicated and Inferred resources together is an error, in French', async () => {
    await fc.assert(
      fc.asyncProperty(sums, async (sum) => {
        const found = await reasons('mineral-resource', `${LEAD}\n\n${sum}\n\n${REST}\n`)
        expect(found.filter((m) => m.startsWith('error Ressources présumées additionnées'))).toHaveLength(1)
      }),
      {numRuns: 8}
    )
  })

  it('each category on its own passes', async () => {
    const apart =
      'Le gisement renferme des ressources indiquées de 12,4 millions de tonnes à 1,92 g/t Au et des ressources ' +
      'présumées de 5,1 millions de tonnes à 1,48 g/t Au.'
    expect(await reasons('mineral-resource', `${LEAD}\n\n${apart}\n\n${REST}\n`)).toEqual([])
  })

  it('the prices of the French forward-looking caution are not the estimate’s key assumptions', async () => {
    const estimate =
      'Le gisement renferme des ressources indiquées de 12,4 millions de tonnes à 1,92 g/t Au, en date du 15 août 2026.'
    const caution =
      'Le présent communiqué contient des informations prospectives, qui comportent des risques, notamment le prix ' +
      'des métaux et les taux de récupération.'
    const viability =
      'Les ressources minérales qui ne sont pas des réserves minérales n’ont pas démontré leur viabilité économique.'
    const found = await reasons('mineral-resource', `${LEAD}\n\n${estimate}\n\n${viability}\n\n${caution}\n`)
    expect(found).toEqual([
      'warning Il manque les principales hypothèses de l’estimation ; attendu : sa teneur de coupure, les prix des ' +
        'métaux et les taux de récupération'
    ])
  })
})

describe('qp-statement: a relationship is the QP’s, not the laboratory’s or a contractor’s', () => {
  const RESULTS =
    'VANCOUVER, BC, March 3, 2026 – Fenwick Gold Corp. (TSXV: FWG) reports that hole FW-26-03 returned 5.6 g/t Au ' +
    'over 9.0 m.\n\n'
  const QP =
    'The technical information in this release was approved by Rosa Lindqvist, P.Geo., a Qualified Person under NI 43-101.'
  const others = fc.constantFrom(
    'Samples were assayed by Northfield Labs of Kamloops, a laboratory independent of the Company.',
    'Ms. Lindqvist verified the survey data by reviewing the contractor’s daily reports.',
    'Core was logged by the Company’s geologists and sent to an independent laboratory.'
  )

  it('the relationship word of another sentence about someone else does not give the QP’s', async () => {
    await fc.assert(
      fc.asyncProperty(others, async (other) => {
        const found = await reasons('qp-statement', `${RESULTS}${QP} ${other}\n`)
        expect(found.filter((m) => m.startsWith('error Missing relationship'))).toHaveLength(1)
      }),
      {numRuns: 6}
    )
  })

  it('the QP’s firm said to be independent, or the QP by a pronoun, gives it', async () => {
    for (const said of [
      'The technical information in this release was approved by Rosa Lindqvist, P.Geo., of Harlow Geoscience Ltd., ' +
        'a Qualified Person under NI 43-101. Harlow Geoscience is independent of the Company.',
      `${QP} She is independent of the Company.`,
      `${QP} The QP is a consultant to the Company.`
    ]) {
      expect(await reasons('qp-statement', `${RESULTS}${said}\n`)).toEqual([])
    }
  })
})

describe('exploration-results: a section titled QA/QC does not summarize the program', () => {
  const BODY =
    'VANCOUVER, BC, March 3, 2026 – Fenwick Gold Corp. (TSXV: FWG) reports that diamond drill hole FW-26-03 returned ' +
    '5.6 g/t Au over 9.0 m. True widths are estimated at 80% of the core lengths. Holes were drilled at an azimuth of ' +
    '090° and a dip of -60°.'
  const LAB =
    'Half core was sent to Northfield Labs in Kamloops, a laboratory independent of the Company, where gold was ' +
    'determined by fire assay with an atomic absorption finish.'
  const title = fc.constantFrom(
    '## Sampling and QA/QC',
    'Quality Assurance and Quality Control Procedures',
    'Sampling, Analyses and QAQC',
    '### Quality Control'
  )

  it('a title alone leaves the QA/QC program missing', async () => {
    await fc.assert(
      fc.asyncProperty(title, async (heading) => {
        const found = await reasons('exploration-results', `${BODY}\n\n${heading}\n\n${LAB}\n`)
        expect(found).toEqual([
          expect.stringMatching(/^error Missing QA\/QC program, expected the quality control samples used/)
        ])
      }),
      {numRuns: 8}
    )
  })

  it('the program stated under it passes, even as a line without a stop', async () => {
    for (const program of [
      'Certified reference materials and blanks were inserted every 20 samples.',
      'QA/QC: standards and blanks inserted every 20 samples'
    ]) {
      expect(await reasons('exploration-results', `${BODY}\n\n## Sampling and QA/QC\n\n${LAB} ${program}\n`)).toEqual(
        []
      )
      expect(await reasons('exploration-results', `${BODY}\n\nSampling and QA/QC\n\n${LAB}\n\n${program}\n`)).toEqual(
        []
      )
    }
  })
})

describe('the issuer’s names: defined after its listing, or as « la Société »', () => {
  const results = (lead: string) =>
    `${lead} reports that hole PW-26-02 returned 3.1% Cu over 4.0 m.\n\nThe technical information in this release ` +
    'was approved by Rosa Lindqvist, P.Geo., a consultant to Tarnwell Copper Corp. and a Qualified Person under ' +
    'NI 43-101.\n'
  const leads = fc.constantFrom(
    'TORONTO, ON, April 14, 2026 – Pellworth Resources Inc. (CSE: PWR) ("Pellworth")',
    'TORONTO, ON, April 14, 2026 – Pellworth Resources Inc. (TSXV: PWR) (“Pellworth” or “PWR”)',
    'TORONTO, ON, April 14, 2026 – Pellworth Resources Inc. (Cboe CA: PWR), ("Pellworth")'
  )

  it('a name defined right after the listing is the issuer’s: a consultant to another company has no relationship to it', async () => {
    await fc.assert(
      fc.asyncProperty(leads, async (lead) => {
        const found = await reasons('qp-statement', results(lead))
        expect(found.filter((m) => m.startsWith('error Missing relationship'))).toHaveLength(1)
      }),
      {numRuns: 6}
    )
  })

  it('another party defined later in the opening is not the issuer', () => {
    const value =
      'TORONTO, ON, April 14, 2026 – Pellworth Resources Inc. (CSE: PWR) ("Pellworth") has signed an option with ' +
      'Tarnwell Copper Corp. ("Tarnwell") on the Ashgrove property.\n'
    expect(buildModel(unified().use(remarkParse).parse(value), value).topics.issuerNames).toEqual(['pellworth'])
  })

  it('in French, « Mistassin » ou la « Société »', () => {
    const value =
      'MONTRÉAL, le 12 mai 2026 – Ressources Mistassin inc. (TSXV : RMI) (« Mistassin » ou la « Société ») annonce ' +
      'des résultats.\n'
    expect(buildModel(unified().use(remarkParse).parse(value), value).topics.issuerNames).toEqual(['mistassin'])
  })
})

describe('exploration-results: the laboratory’s certificates name no laboratory', () => {
  const RELEASE = (words: string) =>
    'VANCOUVER, BC, March 3, 2026 – Fenwick Gold Corp. (TSXV: FWG) reports that channel CH-26-03 returned 5.6 g/t ' +
    'Au over 4.0 m; the channel length approximates the true width. Gold was determined by fire assay with an AA ' +
    `finish, and certified standards and blanks were inserted every 20 samples. ${words}\n`
  const documents = fc.constantFrom(
    'The QP verified the results by reviewing the laboratory certificates.',
    'The QP compared the database with the laboratory’s assay certificates.',
    'Laboratory results were checked against the database.',
    'The laboratory QA/QC data showed no bias.'
  )

  it('its documents or figures alone leave the laboratory missing', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (words) => {
        const found = await reasons('exploration-results', RELEASE(words))
        expect(found.filter((m) => m.startsWith('error Missing laboratory'))).toHaveLength(1)
      }),
      {numRuns: 8}
    )
  })

  it('a laboratory named, or the samples sent to the laboratory, is one', async () => {
    for (const words of [
      'Samples were analysed by Northfield Labs in Kamloops, independent of the Company.',
      'Samples were sent to the Kamloops laboratory of Northfield Analytical Ltd., independent of the Company.'
    ]) {
      expect(await reasons('exploration-results', RELEASE(words))).toEqual([])
    }
  })
})

describe('qp-statement: a footnote that identifies the QP under NI 43-101', () => {
  it('gives the statement its reference to the instrument (under a “Qualified Person” title)', async () => {
    const text =
      'VANCOUVER, BC, March 3, 2026 – Fenwick Gold Corp. (TSXV: FWG) reports that hole FW-26-03 returned 5.6 g/t Au ' +
      'over 9.0 m.\n\nQualified Person\n\nRosa Lindqvist, P.Geo.(2), has approved the technical information in this release and ' +
      'verified the underlying data against the certificates.\n\n(2) Ms. ' +
      'Lindqvist is Vice President Exploration of the Company and a qualified person as defined in NI 43-101.\n'
    expect(await reasons('qp-statement', text)).toEqual([])
  })
})

describe('exploration-results: lengths said to be downhole, with the drilling named', () => {
  it('is the warning of lengths only said to be downhole, not the error of no true widths', async () => {
    const lead =
      'VANCOUVER, BC, March 3, 2026 – Fenwick Gold Corp. (TSXV: FWG) reports that RC hole FW-26-03 returned 5.6 g/t ' +
      'Au over 9.0 m. RC chips were analysed by Northfield Labs in Kamloops, independent of the Company, by fire ' +
      'assay with an AA finish; certified standards and blanks were inserted every 20 samples. The hole was drilled ' +
      'at an azimuth of 090° and a dip of -60°.'
    for (const words of [
      'Intervals are downhole (RC) or channel lengths.',
      'Intervals are downhole and channel lengths.'
    ]) {
      const found = await reasons('exploration-results', `${lead} ${words}\n`)
      expect(found).toEqual([expect.stringMatching(/^warning Missing whether true widths are known/)])
    }
  })
})

describe('mineral-resource: « date d’entrée en vigueur » is the French effective date', () => {
  it('dates the estimate; « datée du » (a report’s date) does not', async () => {
    const lead =
      'QUÉBEC, le 8 septembre 2026 – Mines Aurelle inc. (TSX : MAU) annonce des ressources indiquées de 12,4 ' +
      'millions de tonnes à 1,92 g/t Au pour le gisement Tilly.\n\nLa teneur de coupure est de 0,40 g/t Au. Les ' +
      'ressources minérales qui ne sont pas des réserves minérales n’ont pas démontré leur viabilité économique. '
    expect(
      await reasons('mineral-resource', `${lead}La date d’entrée en vigueur de l’estimation est le 15 août 2026.\n`)
    ).toEqual([])
    const dated = await reasons('mineral-resource', `${lead}L’estimation est datée du 15 août 2026.\n`)
    expect(dated).toEqual([expect.stringMatching(/^error Il manque la date d’effet/)])
  })
})

describe('exploration-results: a French title in sentence case names the program without summarizing it', () => {
  const LEAD =
    'MONTRÉAL, le 12 mai 2026 – Ressources Vireo inc. (TSXV : RVO) annonce que le sondage VI-26-02 a recoupé 6,8 g/t ' +
    'Au sur 12,5 m. Les épaisseurs réelles sont estimées à 80 % des longueurs. Le sondage a été foré selon un azimut ' +
    'de 160° et un pendage de -50°.'
  const LAB =
    'Les demi-carottes ont été analysées par ALS à Val-d’Or, un laboratoire indépendant de la Société, par ' +
    'pyroanalyse avec finition par absorption atomique.'

  it('« Méthodologie et contrôle de la qualité » alone leaves the QA/QC program missing', async () => {
    for (const title of [
      'Méthodologie et contrôle de la qualité',
      'Contrôle de la qualité',
      'Assurance et contrôle de la qualité'
    ]) {
      const found = await reasons('exploration-results', `${LEAD}\n\n${title}\n\n${LAB}\n`)
      expect(found).toEqual([expect.stringMatching(/^error Il manque .*(AQ\/CQ|contrôle)/)])
    }
  })

  it('a line that states the program, without a stop, is no title', async () => {
    for (const line of [
      'Des standards et des blancs ont été insérés tous les 20 échantillons',
      'Standards, blancs et duplicatas insérés'
    ]) {
      expect(await reasons('exploration-results', `${LEAD}\n\n${line}\n\n${LAB}\n`)).toEqual([])
    }
  })
})

describe('exploration-results: a word of a resource inside the issuer’s name is a name', () => {
  const names = fc.constantFrom(
    'Vireo Resources Inc. (TSXV: RVO)',
    'Vireo Mining Corp. (CSE: RVO)',
    'Vireo Minerals Ltd. (TSX: RVO)',
    'Vireo Gold Reserve Ltd. (TSXV: RVO)'
  )
  const verbs = fc.constantFrom('reports that hole VR-26-02 returned', 'announces that hole VR-26-02 intersected')

  it('its drill results are results, with their elements asked for', async () => {
    await fc.assert(
      fc.asyncProperty(names, verbs, async (name, verb) => {
        const text = `VANCOUVER, BC, May 12, 2026 – ${name} ${verb} 6.8 g/t Au over 12.5 m.\n`
        const found = await reasons('exploration-results', text)
        expect(found.filter((m) => m.startsWith('error Missing laboratory'))).toHaveLength(1)
      }),
      {numRuns: 8}
    )
  })

  it('in French: « Ressources Vireo inc. annonce que le sondage … a recoupé … »', async () => {
    const text =
      'MONTRÉAL, le 12 mai 2026 – Ressources Vireo inc. (TSXV : RVO) annonce que le sondage VR-26-02 a recoupé ' +
      '6,8 g/t Au sur 12,5 m.\n'
    expect(
      (await reasons('exploration-results', text)).some((m) => m.startsWith('error Il manque le laboratoire'))
    ).toBe(true)
  })

  it('a resource stated by such an issuer is still no result', async () => {
    const text =
      'VANCOUVER, BC, May 12, 2026 – Vireo Resources Inc. (TSXV: RVO) reports an Indicated resource of 2.4 Mt at ' +
      '1.2 g/t Au at its Larch project.\n'
    expect(await reasons('exploration-results', text)).toEqual([])
  })
})
