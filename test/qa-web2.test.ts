/**
 * Technical releases of the kinds a QA round read on real releases taken from issuers' pages and a newswire harvest
 * (the cases below are invented issuers in our own words, each reproducing the shape of a defect the document model
 * once misread): a marketing or corporate release that recalls an earlier release's assays, a French disclaimer that
 * names the regulator's « prestataire de services », a French QP statement that spells the designation out.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const QP =
  'Qualified Person: Dana Kirsch, P.Geo., Vice President Exploration of the Company and a Qualified Person under ' +
  'National Instrument 43-101, has reviewed and approved the technical information in this release.'

describe('exploration-results: assays an earlier release of the issuer reported, recalled by that release', () => {
  const lead =
    'VANCOUVER, BC, May 4, 2026 - Harlow Critical Metals Corp. (CSE: HCM) has engaged an investor awareness firm ' +
    'for a six-month term to widen its audience after the recent discoveries at its Tamar project.\n\n'

  it.each([
    'In its March 30, 2026 news release, the Company reported a single assay of 96.4 g/t Ga2O3 over 2 metres in hole TR-11.',
    'In our prior release, Harlow reported a single assay of 96.4 g/t Ga2O3 over 2 metres in hole TR-11.',
    'In its earlier press release, the Company reported a single assay of 96.4 g/t Ga2O3 over 2 metres in hole TR-11.'
  ])('%s', async (recalled) => {
    expect(await messages('exploration-results', lead + recalled + '\n\n' + QP)).toEqual([])
  })

  it('new assays of this release still need their laboratory and method', async () => {
    const value =
      lead + 'Hole TR-14 returned 41.2 g/t Ga2O3 over 6 metres, the widest interval drilled at Tamar to date.\n\n' + QP
    const found = await messages('exploration-results', value)
    expect(found.some((line) => line.includes('error') && line.includes('Missing laboratory'))).toBe(true)
  })

  it('a new result stated next to a mention of "its release" of another matter stays new', async () => {
    const value =
      lead +
      'Hole TR-14 returned 41.2 g/t Ga2O3 over 6 metres; the Company will report the remaining holes in its next ' +
      'news release.\n\n' +
      QP
    const found = await messages('exploration-results', value)
    expect(found.some((line) => line.includes('error') && line.includes('Missing laboratory'))).toBe(true)
  })
})

describe('exchange-disclaimer: « prestataire de services de réglementation » is the provider in French', () => {
  const lead =
    'Val-d’Or (Québec), le 4 mai 2026 – Ressources Corvelle inc. (TSXV : CVL) annonce le début de son programme de ' +
    'forage au projet Lemieux.\n\n'

  it.each([
    'Ni la Bourse de croissance TSX ni son prestataire de services de réglementation (au sens donné à ce terme dans ' +
      'les politiques de la Bourse de croissance TSX) n’assument de responsabilité quant à la pertinence ou à ' +
      'l’exactitude du présent communiqué.',
    'Ni la Bourse de croissance TSX ni son prestataire de services de reglementation n’acceptent de responsabilite ' +
      'quant a la pertinence ou a l’exactitude du present communique.'
  ])('%s', async (disclaimer) => {
    expect(await messages('exchange-disclaimer', lead + disclaimer)).toEqual([])
  })

  it('a « prestataire » disclaimer that drops « pertinence » is still read, and wrong', async () => {
    const value =
      lead +
      'Ni la Bourse de croissance TSX ni son prestataire de services de réglementation n’acceptent de ' +
      'responsabilité quant à l’exactitude du présent communiqué.'
    const found = await messages('exchange-disclaimer', value)
    expect(found.length).toBe(1)
    expect(found[0]).toContain('pertinence')
  })
})

describe('qp-statement: the designation spelled out in French', () => {
  const lead =
    'Rouyn-Noranda (Québec), le 4 mai 2026 – Mines Brévent inc. (TSXV : MBV) annonce que le sondage BR-26-03 a ' +
    'recoupé 7,45 g/t Au sur 3,2 mètres au projet Clairval.\n\n'

  it.each([
    'Les informations scientifiques et techniques du présent communiqué ont été examinées et approuvées par ' +
      'Louise Arsenault, géologue professionnelle (Québec), vice-présidente exploration de la Société et personne ' +
      'qualifiée au sens du Règlement 43-101.',
    'Le contenu technique du présent communiqué a été approuvé par Marc Girouard, ingénieur professionnel, ' +
      'consultant indépendant et personne qualifiée au sens du Règlement 43-101.'
  ])('%s', async (statement) => {
    const found = await messages('qp-statement', lead + statement)
    expect(found.filter((line) => line.includes('titre professionnel'))).toEqual([])
  })

  it('a statement with no designation at all is still told so', async () => {
    const value =
      lead +
      'Les informations scientifiques et techniques du présent communiqué ont été approuvées par Louise Arsenault, ' +
      'vice-présidente exploration de la Société et personne qualifiée au sens du Règlement 43-101.'
    const found = await messages('qp-statement', value)
    expect(found.some((line) => line.includes('titre professionnel'))).toBe(true)
  })
})

describe('exploration-results: a list of results the release says earlier releases reported', () => {
  const lead =
    'LIMA, Peru, June 2, 2026 - Quenua Copper Corp. (TSXV: QNC) has received the permits for its first drill ' +
    'program at the Sorata project, which will start on June 20, 2026.\n\n'
  const trenches =
    'Trenching outlined the oxide zone and returned long intervals from surface, including:\n\n' +
    '- 48 m of 1.21% Cu, including 12 m of 2.06% Cu (see news releases dated January 8, 2026 and February 2, 2026);\n' +
    '- 72 m of 0.64% Cu, including 30 m of 0.91% Cu;\n' +
    '- 60 m of 0.58% Cu.\n\n'
  const rocks =
    'Rock chip sampling across the porphyry target returned, among others:\n\n' +
    '- 410 g/t Ag with 3.9% Cu from a quartz vein;\n' +
    '- 5 g/t Au with 0.66% Cu from a vein;\n\n' +
    'See news releases dated March 3, 2026 and April 14, 2026 for the detailed results related to the above.\n\n'
  const highlight =
    'The drilling will test a zone where trenches returned 48 m of 1.21% Cu and veins up to 410 g/t Ag.\n\n'

  it('a citation in the first item and one after the list cover their lists and the highlights that repeat them', async () => {
    const found = await messages('exploration-results', lead + highlight + trenches + rocks + QP)
    // Only the grab-sample caution is owed: selected samples are selective whenever they were taken.
    expect(found.filter((line) => line.includes('error') && !line.includes('selective'))).toEqual([])
  })

  it('a list of new results whose later item cites an older release stays new', async () => {
    const value =
      lead +
      'Highlights of the first holes:\n\n' +
      '- SR-26-01 returned 33 m of 0.92% Cu;\n' +
      '- SR-26-02 returned 18 m of 1.44% Cu (compare 12 m of 2.06% Cu, see news release dated January 8, 2026);\n\n' +
      QP
    const found = await messages('exploration-results', value)
    expect(found.some((line) => line.includes('error') && line.includes('Missing laboratory'))).toBe(true)
  })

  it('a sentence that points back without citing a release does not make the list above it old', async () => {
    const value =
      lead +
      'The first holes returned:\n\n' +
      '- SR-26-01: 33 m of 0.92% Cu;\n' +
      '- SR-26-02: 18 m of 1.44% Cu.\n\n' +
      'The above intervals are core lengths; true widths are not yet known.\n\n' +
      QP
    const found = await messages('exploration-results', value)
    expect(found.some((line) => line.includes('error') && line.includes('Missing laboratory'))).toBe(true)
  })
})

describe('data-verification: the QP has not confirmed the historical results, and why', () => {
  const lead =
    'TORONTO, ON, June 2, 2026 - Halvorsen Uranium Corp. (CSE: HVU) has started drilling at its Kettu project, ' +
    'where historical hole K-7 returned 6.2 m grading 0.84% U3O8.\n\n'

  it('a caution that a Qualified Person has not confirmed them says whether the data were verified', async () => {
    const value =
      lead +
      'The Company cautions that a Qualified Person has not independently confirmed these historical results, as ' +
      'the laboratory and the quality control used are unknown, and that they should not be relied upon.\n\n' +
      QP
    expect(await messages('data-verification', value)).toEqual([])
  })

  it('confirmation still to come says nothing of it', async () => {
    const value = lead + 'The Qualified Person expects the new holes to confirm these historical results.\n\n' + QP
    const found = await messages('data-verification', value)
    expect(found.length).toBe(1)
  })
})

describe('results and equivalents: the figures of a note on method are rules, not results', () => {
  const lead =
    'VANCOUVER, BC, June 2, 2026 - Corriveau Silver Corp. (TSX: CVS) reports drilling at its Palmar mine; the ' +
    'intercepts are given in Table 1 (not reproduced here).\n\n'
  const notes =
    'Notes: AgEq = Ag + Au x 80, using prices of US$30/oz silver and US$2,400/oz gold and 100% recovery. ' +
    'Intercepts were composited with a 150 g/t AgEq minimum grade (cut-off grade) and a minimum length of 0.8 m. ' +
    'A single sample grading >60 g/t AgEq was allowed inside a composite. ' +
    'Assays higher than 900 g/t AgEq are highlighted in the table.\n\n' +
    'Samples are analysed at SGS Durango, independent of the Company, by 30 g fire assay with an atomic absorption ' +
    'finish; results above 10 g/t Au are re-assayed with a gravimetric finish. Blanks, standards and duplicates ' +
    'are inserted in the sample stream. Core is cut in half; true widths are given in the table.\n\n'

  it('an equivalent named a cut-off after it, or compared with, asks for no metals', async () => {
    expect(await messages('metal-equivalent', lead + notes + QP)).toEqual([])
  })

  it('the thresholds of the notes are not results of the release', async () => {
    expect(await messages('exploration-results', lead + notes + QP)).toEqual([])
  })

  it('an equivalent result beside them still needs its metals', async () => {
    const value = lead + 'Hole P-26-07 returned 2.4 m of 812 g/t AgEq.\n\n' + notes + QP
    const found = await messages('metal-equivalent', value)
    expect(found.some((line) => line.includes('812 g/t AgEq'))).toBe(true)
  })
})

describe('exchange-disclaimer: "assumes responsibility" is the same undertaking as "accepts"', () => {
  const lead = 'Acme Gold Corp. (TSXV: ACM) will start drilling at its Birch project in May.\n\n'

  it('accepts it in the standard sentence', async () => {
    const value =
      lead +
      'Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the ' +
      'policies of the TSX Venture Exchange) assumes responsibility for the adequacy or accuracy of this release.'
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })

  it('still errs where the sentence disclaims the completeness instead of the adequacy', async () => {
    const value =
      lead +
      'Neither the TSX Venture Exchange nor its Regulation Services Provider assumes responsibility for the ' +
      'accuracy or completeness of this release.'
    const found = await messages('exchange-disclaimer', value)
    expect(found.length).toBe(1)
    expect(found[0]).toContain('error')
    expect(found[0]).toContain('adequacy')
  })
})

describe('forward-looking-caution: a right an agreement grants is a term, not a plan', () => {
  const lead =
    'VANCOUVER, BC, June 2, 2026 - Pelham Copper Corp. (TSXV: PLC) has completed the purchase of the Orcas ' +
    'property from an arm’s length vendor for US$150,000 and 500,000 common shares.\n\n'

  it.each([
    'The vendor will have the right to nominate one director of the Company, under the terms of the agreement.',
    'The Company will have the right to acquire a further 20% interest by paying one million dollars.'
  ])('%s', async (term) => {
    expect(await messages('forward-looking-caution', lead + term)).toEqual([])
  })

  it('a plan beside it still needs the caution', async () => {
    const value =
      lead +
      'The vendor will have the right to nominate one director. The Company will begin mapping the property in ' +
      'July.'
    const found = await messages('forward-looking-caution', value)
    expect(found.some((line) => line.includes('error'))).toBe(true)
  })
})

describe('unfilled-placeholder: a bracketed pointer to a web address is filled in', () => {
  const lead = 'Corvid Silver Corp. (TSXV: CVD) reports new mineralized zones at its Tamsin property.\n\n'

  it.each([
    '[For more photographs, maps, figures, etc. on Tamsin see https://example.com/tamsin]',
    '[A location map is at www.example.com/maps, e.g. the claims and the new zones.]'
  ])('%s', async (pointer) => {
    expect(await messages('unfilled-placeholder', lead + pointer)).toEqual([])
  })

  it('an instruction to insert the address is still a blank', async () => {
    const found = await messages('unfilled-placeholder', lead + '[Insert link to maps, e.g. www.example.com/maps]')
    expect(found.length).toBe(1)
  })
})

describe('exploration-results: a result another owner got, named by its role', () => {
  const lead =
    'VANCOUVER, BC, June 2, 2026 - Corvid Silver Corp. (TSXV: CVD) reports two new mineralized zones found by ' +
    'prospecting at its Tamsin property; grab samples have been sent for assay.\n\n'

  it.each([
    'The CEO staked the ground to the north long ago. This was confirmed by subsequent owners with the discovery ' +
      'hole yielding 8.4 g/t gold over 52 metres.',
    'Drilling by a prior operator returned 8.4 g/t gold over 52 metres on the adjoining claims.'
  ])('%s', async (other) => {
    expect(await messages('exploration-results', lead + other + '\n\n' + QP)).toEqual([])
  })

  it('the issuer’s own result beside it stays new', async () => {
    const value =
      lead +
      'Drilling by a prior operator returned 8.4 g/t gold over 52 metres. Hole CV-26-02 returned 3.1 g/t gold ' +
      'over 12 metres.\n\n' +
      QP
    const found = await messages('exploration-results', value)
    expect(found.some((line) => line.includes('error') && line.includes('Missing laboratory'))).toBe(true)
  })
})

describe('mining-terminology: "Ore" in the title of another company’s report is a name', () => {
  const lead =
    'Corvid Copper Corp. (TSXV: CVC) will start drilling its Sorata project, which lies near several large mines.\n\n'

  it('a cited report’s title', async () => {
    const value =
      lead +
      'Sources: 1 2025 Annual Report (10K) – Halvard Copper; 2 ASX Announcement – March 2 2019 – Presentation – ' +
      'Tamsin High Grade Development Option; 3 2025 Ore Reserve and Mineral Resources Report – Orca Metals; ' +
      '4 2025 Annual Report (10K) – Pelham Copper.'
    expect(await messages('mining-terminology', value)).toEqual([])
  })

  it('the term in the release’s own words still warns', async () => {
    const value = lead + 'Trenching exposed a wide ore zone at surface.'
    expect((await messages('mining-terminology', value)).length).toBe(1)
  })
})

describe('exploration-results: the sentences after historical work in its paragraph are historical', () => {
  const lead =
    'SASKATOON, SK, June 2, 2026 - Northgate Uranium Corp. (TSXV: NGU) has staked the Larch uranium project.\n\n'

  it('grades after "historical prospecting between 1971 and 1973" in the same paragraph', async () => {
    const value =
      lead +
      'As follow-up to government radiometric surveys, historical prospecting between 1971 and 1973 found ' +
      'uranium-bearing pegmatites at Tern Lake. Individual pegmatites were traced over 120 metres, with average ' +
      'sampled grades of 150 to 250 ppm. Higher grades of 0.18% to 0.31% U3O8 were recorded along structures.\n\n' +
      QP
    expect(await messages('exploration-results', value)).toEqual([])
  })

  it('a sentence of the issuer’s own work after it is new again', async () => {
    const value =
      lead +
      'Historical prospecting between 1971 and 1973 found uranium-bearing pegmatites at Tern Lake. In 2026 the ' +
      'Company sampled them again and returned 0.42% U3O8 from a channel over 2.0 metres.\n\n' +
      QP
    const found = await messages('exploration-results', value)
    expect(found.some((line) => line.includes('error') && line.includes('Missing laboratory'))).toBe(true)
  })
})

describe('exploration-results: a campaign of earlier owners dated this century is not the issuer’s present', () => {
  const lead =
    'SASKATOON, SK, June 2, 2026 - Northgate Uranium Corp. (TSXV: NGU) has optioned the Tern uranium project.\n\n'
  const paragraph = (campaigns: string) =>
    lead +
    'Uranium at Tern Lake was found in 1961 by boulder tracing. ' +
    campaigns +
    ' More than eighty boulders assayed above 1% uranium, and pits exposed pitchblende veins.\n\n' +
    QP

  it('campaigns of 1961–64 and 2006–08 listed among the historical ones', async () => {
    const campaigns = 'Three programs followed, by Prairie Atomic (1961-64), the provincial survey and Vexor (2006-08).'
    expect(await messages('exploration-results', paragraph(campaigns))).toEqual([])
  })

  it('a year of the release’s own present is new work again', async () => {
    const campaigns = 'Northgate prospected the area again in 2025.'
    const found = await messages('exploration-results', paragraph(campaigns))
    expect(found.some((line) => line.includes('error') && line.includes('Missing laboratory'))).toBe(true)
  })
})

describe('mineral-resource: an estimate cited as a precedent for the region is another owner’s', () => {
  it('a precedent with its historical estimate', async () => {
    const value =
      'Northgate Uranium Corp. (TSXV: NGU) has staked the Larch project, where historical outcrop samples returned ' +
      'up to 2.1% TREE.\n\n' +
      'The region has a precedent for high-grade pegmatite REE deposits, including Wren Lake (historical NI 43-101 ' +
      'mineral resource estimate including 3.1 million tonnes at 1.8% TREE).'
    expect(await messages('mineral-resource', value)).toEqual([])
  })
})
