/**
 * Drafts as a securities lawyer writes them to test the linter, with one defect planted in an otherwise compliant
 * release: shapes the rules missed or read wrongly before, each decided by its elements. Invented issuers and our
 * own wording only.
 */
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {lintWith} from './helpers.js'

const LEAD = 'VANCOUVER, British Columbia, October 1, 2026 /Newswire/ - Caldwell Peak Mining Ltd. (TSXV: CPK) reports.'
const reasons = async (id: Parameters<typeof lintWith>[0], body: string) =>
  (await lintWith(id, `${LEAD}\n\n${body}\n`)).messages.map((m) => `${m.fatal ? 'error' : 'warning'}: ${m.reason}`)
const SUM =
  'error: Unexpected Inferred resources added to Measured and Indicated, expected each category reported separately'
const sums = async (body: string) => (await reasons('mineral-resource', body)).filter((r) => r === SUM).length

describe('mineral-resource: Inferred added to the other categories by the figures, whatever words frame the total', () => {
  it.each([
    'Indicated Mineral Resources are 14.2 million tonnes grading 1.10 g/t gold for 502,000 ounces and Inferred Mineral ' +
      'Resources 9.8 million tonnes grading 0.95 g/t gold for 299,000 ounces, for a total resource of 801,000 ounces.',
    'The updated mineral resource estimate gives 0.50 Moz Indicated and 0.30 Moz Inferred, 0.80 Moz in all.',
    'The deposit hosts a combined 24.0 million tonnes of resources, being 14.2 million tonnes in the Indicated category and 9.8 ' +
      'million tonnes in the Inferred category.',
    'Measured resources are 154,000 oz, Indicated resources 348,000 oz and Inferred resources 299,000 oz. The ' +
      'overall resource is 801,000 oz.'
  ])('reports the total: %s', async (body) => {
    expect(await sums(body)).toBe(1)
  })

  it.each([
    // A total of Measured and Indicated alone, Inferred apart.
    'Measured resources are 154,000 ounces and Indicated resources 348,000 ounces, for a combined 502,000 ounces ' +
      'Measured and Indicated; Inferred resources are 299,000 ounces.',
    // No Inferred figure among the parts.
    'Measured resources are 154,000 ounces and Indicated resources 348,000 ounces, for a total of 502,000 ounces. ' +
      'Inferred resources were not estimated.',
    // A total that is not the sum.
    'Indicated resources are 502,000 ounces and Inferred resources 299,000 ounces; the total contained gold in the ' +
      'district is 2,400,000 ounces.'
  ])('does not report a total that is not Inferred added to the others: %s', async (body) => {
    expect(await sums(body)).toBe(0)
  })

  it('property: a total equal to the sum of an Indicated and an Inferred figure is reported; one off by more is not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({min: 1, max: 900}),
        fc.integer({min: 1, max: 900}),
        fc.integer({min: 2, max: 50}),
        async (indicated, inferred, off) => {
          const body = (total: number) =>
            `Indicated resources are ${indicated},000 ounces and Inferred resources ${inferred},000 ounces, for a ` +
            `total of ${total.toLocaleString('en-US')},000 ounces.`
          expect(await sums(body(indicated + inferred))).toBe(1)
          expect(await sums(body(indicated + inferred + off))).toBe(0)
        }
      ),
      {numRuns: 25}
    )
  })
})

describe('qp-statement: a professional who approves the technical information without being called a QP', () => {
  const RESULTS =
    'Hole CP-26-04 returned 12.4 g/t gold over 6.0 metres from 142.0 metres; true widths are about 80% of core lengths.'

  it('reports what the statement lacks, on its sentence, not a statement missing', async () => {
    const body = `${RESULTS}\n\nThe technical information in this release has been reviewed by Jordan Pike, P.Geo.`
    const file = await lintWith('qp-statement', `${LEAD}\n\n${body}\n`)
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([
      '5:1 Missing relationship of the Qualified Person to the issuer (title, “independent of the Company”, “consultant to the Company”)',
      // A review alone is not the approval s.3.1 names: a warning on the word.
      '5:52 Unexpected “reviewed” alone in the QP statement, expected “reviewed and approved”',
      '5:1 Missing identification as a Qualified Person under NI 43-101'
    ])
  })

  it('passes once the statement has every part, and a designation without an approval is no statement', async () => {
    const full =
      'The technical information in this release has been reviewed and approved by Jordan Pike, P.Geo., Vice ' +
      'President Exploration of Caldwell Peak and a qualified person under NI 43-101.'
    expect(await reasons('qp-statement', `${RESULTS}\n\n${full}`)).toEqual([])
    const bio = 'Jordan Pike, P.Geo., joined the board in 2024 after a career in exploration.'
    expect(await reasons('qp-statement', `${RESULTS}\n\n${bio}`)).toEqual([
      expect.stringMatching(/^error: Missing Qualified Person statement/)
    ])
  })
})

describe('exploration-results: where the drill holes are and how they were drilled (NI 43-101 s.3.3(2)(b))', () => {
  const METHODS =
    'True widths are estimated at 80% of core lengths. Half core was assayed by fire assay at SGS Canada Inc. in ' +
    'Timmins, independent of the Company; certified standards, blanks and duplicates were inserted in each batch.'
  const HOLE = 'Hole CP-26-07 returned 5.1 g/t gold over 9.0 metres from 88.0 metres.'
  const LOCATION = /^warning: Missing location, azimuth and dip of the drill holes/

  it('warns on drill results that give no location, azimuth or dip', async () => {
    expect(await reasons('exploration-results', `${HOLE}\n\n${METHODS}`)).toEqual([expect.stringMatching(LOCATION)])
  })

  it.each([
    'The hole was drilled at an azimuth of 220° and a dip of -60°.',
    '| Hole | Easting | Northing | Azimuth | Dip |\n|---|---|---|---|---|\n| CP-26-07 | 512300 | 5431200 | 220 | -60 |',
    'Figure 1 is a plan map of the drill holes.',
    'Le sondage a été foré selon un azimut de 220° et un pendage de -60°.'
  ])('accepts them given in words, a table or a map: %s', async (location) => {
    expect(await reasons('exploration-results', `${HOLE}\n\n${METHODS} ${location}`)).toEqual([])
  })

  it('does not ask a channel or surface sample for a drill hole’s azimuth', async () => {
    const channel = 'Channel CH-26-03 returned 5.1 g/t gold over 9.0 metres across the vein.'
    const methods = METHODS.replace(
      'True widths are estimated at 80% of core lengths',
      'The channel is across the vein'
    )
    expect(await reasons('exploration-results', `${channel}\n\n${methods}`)).not.toContainEqual(
      expect.stringMatching(LOCATION)
    )
  })
})

describe('historical-estimate: a statement that no more recent work was done states the more recent data', () => {
  const HISTORICAL =
    'The property hosts a historical estimate of 3.2 million tonnes grading 1.4% nickel, reported by Falconwood ' +
    'Mines Ltd. in 1998 using the polygonal method and a cut-off of 0.8% nickel, in categories that are not those of ' +
    'the CIM Definition Standards. It is relevant and considered reliable, as it was prepared by a professional ' +
    'engineer. Twinning historical holes would be needed to verify it. A qualified person has not done sufficient ' +
    'work to classify the historical estimate as current mineral resources, and the Company is not treating it as ' +
    'current mineral resources.'
  const RECENT = /^warning: Missing .*more recent estimates or data/

  it.each(['No drilling has been done on the deposit since 1998.', 'The deposit has not been drilled since then.'])(
    'accepts: %s',
    async (sentence) => {
      expect(await reasons('historical-estimate', `${HISTORICAL} ${sentence}`)).not.toContainEqual(
        expect.stringMatching(RECENT)
      )
    }
  )

  it('still warns when the release says nothing of more recent data', async () => {
    expect(await reasons('historical-estimate', HISTORICAL)).toContainEqual(expect.stringMatching(RECENT))
  })

  it('reads it in French too', async () => {
    const french =
      'La propriété renferme une estimation historique de 3,2 millions de tonnes à 1,4 % de nickel, rapportée par ' +
      'Falconwood Mines Ltd. en 1998 selon la méthode polygonale, dans des catégories qui ne sont pas celles des ' +
      'normes de l’ICM. Elle est pertinente et jugée fiable. Le forage de trous jumeaux serait nécessaire pour la ' +
      'vérifier. Une personne qualifiée n’a pas effectué suffisamment de travaux pour classer l’estimation historique ' +
      'comme ressources minérales actuelles, et la Société ne la considère pas comme des ressources minérales actuelles.'
    const recent = /^warning: Il manque .*estimations ou données plus récentes/
    expect(await reasons('historical-estimate', french)).toContainEqual(expect.stringMatching(recent))
    const none = `${french} Aucun forage n’a été effectué sur le gisement depuis 1998.`
    expect(await reasons('historical-estimate', none)).not.toContainEqual(expect.stringMatching(recent))
  })
})

describe('related-party: a debt owed to a related party, settled in shares', () => {
  const lead = (body: string) =>
    lintWith(
      'related-party',
      `# Fallowmere Settles Debt\n\nVANCOUVER, British Columbia, April 2, 2026 – Fallowmere Resources Ltd. ` +
        `(TSXV: FMR) ${body}\n`
    )
  const MISSING = /^Missing MI 61-101 related party transaction paragraph/

  it.each([
    'has agreed to settle $90,000 of accrued management fees owed to its Chief Executive Officer, Anton Berg, by ' +
      'issuing 1,500,000 common shares at a deemed price of $0.06 per share.',
    'will issue 1,500,000 common shares at a deemed price of $0.06 per share in settlement of $90,000 of loans ' +
      'advanced to the Company by a director.'
  ])('asks for the MI 61-101 paragraph (%#)', async (body) => {
    const file = await lead(body)
    expect(file.messages.map((m) => m.reason)).toContainEqual(expect.stringMatching(MISSING))
  })

  it('does not take a debt owed to arm’s length creditors, or a director’s options, for a related party’s', async () => {
    for (const body of [
      'has agreed to settle $90,000 of debt owed to arm’s length creditors by issuing 1,500,000 common shares at a ' +
        'deemed price of $0.06 per share.',
      'has granted 500,000 stock options to directors and officers, exercisable at $0.10 per share for five years.'
    ]) {
      expect((await lead(body)).messages).toEqual([])
    }
  })

  it('reads it in French', async () => {
    const french =
      '# Fallowmere règle une dette en actions\n\nVANCOUVER (Colombie-Britannique), le 2 avril 2026 – Ressources ' +
      'Fallowmere ltée (TSXV : FMR) a convenu de régler 90 000 $ d’honoraires dus à son chef de la direction par ' +
      'l’émission de 1 500 000 actions ordinaires au prix réputé de 0,06 $ l’action.\n'
    const file = await lintWith('related-party', french)
    expect(file.messages.map((m) => m.reason)).toEqual([
      expect.stringMatching(/^Il manque, après la participation, le paragraphe/)
    ])
  })
})

describe('release kind: an offering the release calls off offers nothing', () => {
  const release = (lead: string) =>
    `# Corrib Metals Update\n\nVANCOUVER, British Columbia, July 21, 2026 /CNW/ - Corrib Metals Inc. (TSXV: CRB) ${lead}\n`
  const legend = async (lead: string) =>
    (await lintWith('us-distribution-legend', release(lead))).messages.map((m) => m.reason)

  it.each([
    'announces that it has terminated the non-brokered private placement of up to 5,000,000 units at $0.20 per ' +
      'unit that it announced on June 2, 2026. No securities were issued.',
    'announces that its non-brokered private placement of up to 5,000,000 units at $0.20 per unit has been ' +
      'cancelled in light of market conditions.',
    'a mis fin au placement privé sans l’entremise d’un courtier de 5 000 000 d’unités au prix de 0,20 $ l’unité ' +
      'annoncé le 2 juin 2026.'
  ])('owes no legend (%#)', async (lead) => {
    expect(await legend(lead)).toEqual([])
  })

  it('still owes the legend for the offering that replaces the one called off', async () => {
    const lead =
      'announces that it has terminated its proposed private placement. The Company will instead complete a ' +
      'non-brokered private placement of up to 4,000,000 units at $0.25 per unit for gross proceeds of up to $1,000,000.'
    expect(await legend(lead)).toEqual([expect.stringMatching(/^Missing U\.S\. distribution legend/)])
  })
})

describe('release kind: a termination of something else is no offering called off', () => {
  it('owes the legend for a placement announced after an option agreement’s termination', async () => {
    const lead =
      '# Corrib Metals Update\n\nVANCOUVER, British Columbia, July 21, 2026 /CNW/ - Corrib Metals Inc. (TSXV: CRB) ' +
      'announces that, following the termination of its option agreement on the Larch property, it will complete a ' +
      'non-brokered private placement of up to 4,000,000 units at $0.25 per unit for gross proceeds of up to $1,000,000.\n'
    const file = await lintWith('us-distribution-legend', lead)
    expect(file.messages.map((m) => m.reason)).toEqual([expect.stringMatching(/^Missing U\.S\. distribution legend/)])
  })
})

describe('who speaks: a holder with its holding in its subject', () => {
  const lint = (lead: string) =>
    lintWith('exchange-disclaimer', `# Meeting Requisitioned\n\nTORONTO, Ontario, September 3, 2026 /CNW/ - ${lead}\n`)

  it('a shareholder that owns 14.2% of the listed company speaks for itself: no disclaimer owed', async () => {
    const lead =
      'Halvard Capital Partners LP ("Halvard"), which owns approximately 14.2% of the outstanding common shares of ' +
      'Ormond Resources Inc. (TSXV: ORM) ("Ormond"), has requisitioned a special meeting of Ormond shareholders.'
    expect((await lint(lead)).messages).toEqual([])
  })

  it('the issuer, tagged before the holding it describes, still speaks: the disclaimer is owed', async () => {
    const lead =
      'Acme Gold Corp. (TSXV: ACM), which holds 40.5% of the shares of Birch Metals Inc. (TSXV: BRM), has ' +
      'completed its annual general meeting.'
    expect((await lint(lead)).messages.map((m) => m.reason)).toEqual([
      expect.stringMatching(/^Missing TSX Venture Exchange disclaimer/)
    ])
  })
})

describe('qp-statement: each QP’s relationship, where the statement names two', () => {
  const RESULTS = 'Hole CP-26-07 returned 5.1 g/t gold over 9.0 metres; true widths are about 80% of core lengths.'
  const reasonsOf = async (statement: string) =>
    (await lintWith('qp-statement', `${LEAD}\n\n${RESULTS}\n\n${statement}\n`)).messages.map((m) => m.reason)
  const OTHER = /^Missing relationship to the issuer of the Qualified Person “Tomas Reyes”/

  it('warns on the second QP whose relationship is not given', async () => {
    const statement =
      'The drill program was supervised by Renata Olsen, P.Geo., of Halvard Mining Consultants, who is independent ' +
      'of the Company. The other technical information has been reviewed and approved by Tomas Reyes, P.Geo. Both ' +
      'are qualified persons under NI 43-101.'
    expect(await reasonsOf(statement)).toEqual([expect.stringMatching(OTHER)])
  })

  it.each([
    // Each with their own.
    'The drill program was supervised by Renata Olsen, P.Geo., who is independent of the Company, and the other ' +
      'technical information approved by Tomas Reyes, P.Geo., Vice President Exploration of the Company, both ' +
      'qualified persons under NI 43-101.',
    // Together.
    'The technical information has been reviewed and approved by Renata Olsen, P.Geo., and Tomas Reyes, P.Geo., ' +
      'both of whom are independent of the Company and qualified persons under NI 43-101.',
    // Through their firm.
    'The estimate was prepared by Renata Olsen, P.Geo. and Tomas Reyes, P.Geo. from Halvard Mining Consultants, ' +
      'qualified persons under NI 43-101. Halvard Mining Consultants is independent of the Company.'
  ])('accepts the relationship each has (%#)', async (statement) => {
    expect(await reasonsOf(statement)).toEqual([])
  })

  it('does not take degrees for a second person', async () => {
    const statement =
      'The technical information has been reviewed and approved by Phillip Moss, BSc Geol MBA, MAIG, a consultant ' +
      'to the Company and a qualified person under NI 43-101.'
    expect(await reasonsOf(statement)).toEqual([])
  })
})

describe('NI 43-101 duties bind the issuer’s own disclosure: a third party’s report gets warnings', () => {
  const ARTICLE = (byline: string) =>
    `# Kestrel Ridge Drills 12.4 g/t Gold at Argent\n\n${byline}\n\n` +
    'Kestrel Ridge Silver Ltd. (TSXV: KRS) reported that hole AR-26-02 returned 12.4 g/t gold over 6.0 metres ' +
    'at its Argent zone.\n\nTo view the full press release, visit the company’s website.\n'
  const levels = async (value: string) =>
    (await lintWith('qp-statement', value)).messages.map((m) => `${m.fatal ? 'error' : 'warning'}: ${m.reason}`)

  it('a news service’s report: the missing QP statement is a warning, and the note says whose report it is', async () => {
    const file = await lintWith('qp-statement', ARTICLE('By Dana Roe, Daily Metals'))
    expect(file.messages.map((m) => [m.fatal, m.reason.slice(0, 38)])).toEqual([
      [false, 'Missing Qualified Person statement, ex']
    ])
    expect(file.messages[0].note).toContain('third party’s report about the issuer (“By Dana Roe, Daily Metals”)')
  })

  it('a piece disseminated on behalf of the issuer is its disclosure: an error', async () => {
    expect(await levels(ARTICLE('Disseminated on behalf of Kestrel Ridge Silver Ltd.'))).toEqual([
      expect.stringMatching(/^error: Missing Qualified Person statement/)
    ])
  })
})

describe('exchange: a release that states only listings abroad owes no Canadian exchange’s disclaimer', () => {
  const lint = (tag: string) =>
    lintWith(
      'exchange-disclaimer',
      `# Lone Pine Update\n\nTUCSON, Arizona, May 5, 2026 - Lone Pine Copper Inc. ${tag} reports that drilling has started.\n`
    )
  const reasonsOf = async (tag: string) => (await lint(tag)).messages.map((m) => m.reason)

  it.each(['(OTCQB: LPCU)', '(NYSE American, AIM and VFEX: LPC)', '(ASX: LPC)'])('%s: no finding', async (tag) => {
    expect(await reasonsOf(tag)).toEqual([])
  })

  it('a list of exchanges with one ticker states each: a TSX-V one owes the disclaimer, a TSX one does not', async () => {
    expect(await reasonsOf('(TSX-V and OTCQB: LPC)')).toEqual([
      expect.stringMatching(/^Missing TSX Venture Exchange disclaimer/)
    ])
    expect(await reasonsOf('(TSX, NYSE American: LPC)')).toEqual([])
  })

  it('a release that states no listing at all still takes the TSX-V default', async () => {
    expect(await reasonsOf('')).toEqual([expect.stringMatching(/^Missing TSX Venture Exchange disclaimer/)])
  })
})

describe('who speaks: reported words in an issuer’s own release', () => {
  const DISCLAIMER =
    'Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies ' +
    'of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
  const release = (lead: string, end: string) =>
    `# Acme Gold Closes Placement\n\nVANCOUVER, British Columbia, May 5, 2026 /CNW/ - ${lead}\n\n${end}\n`
  const LEAD =
    'Acme Gold Corp. (TSXV: ACM) on Tuesday said it has closed its non-brokered private placement of 5,000,000 ' +
    'units at $0.10 per unit for gross proceeds of $500,000, the Company said.'

  it('a release that carries its exchange disclaimer is the issuer’s: its offering owes the legend', async () => {
    const file = await lintWith('us-distribution-legend', release(LEAD, DISCLAIMER))
    expect(file.messages.map((m) => m.reason)).toEqual([expect.stringMatching(/^Missing U\.S\. distribution legend/)])
  })

  it('without any issuer’s apparatus, the same words make a news report: no legend owed', async () => {
    const file = await lintWith('us-distribution-legend', release(LEAD, 'Shares of Acme rose 4% on the news.'))
    expect(file.messages).toEqual([])
  })
})

describe('exploration-results: a vertical hole states its dip', () => {
  it.each([
    'The hole was drilled vertically.',
    'All three were vertical holes.',
    'Les sondages ont été forés verticalement.'
  ])('%s', async (sentence) => {
    const body =
      'Hole CP-26-07 returned 5.1 g/t gold over 9.0 metres from 88.0 metres. True widths are estimated at 80% of ' +
      'core lengths. Half core was assayed by fire assay at SGS Canada Inc. in Timmins, independent of the Company; ' +
      `certified standards, blanks and duplicates were inserted in each batch. ${sentence}`
    expect(await reasons('exploration-results', body)).toEqual([])
  })
})

describe('who speaks: the issuer’s own words about its share price', () => {
  const release = (middle: string, end = '') =>
    '# Acme Gold Announces $2 Million Private Placement\n\nVANCOUVER, British Columbia, May 5, 2026 /CNW/ - Acme ' +
    'Gold Corp. (TSXV: ACM) announces a non-brokered private placement of up to 10,000,000 units at $0.20 per unit ' +
    `for gross proceeds of up to $2,000,000.\n\n${middle}\n${end ? `\n${end}\n` : ''}`
  const legend = async (value: string) =>
    (await lintWith('us-distribution-legend', value)).messages.map((m) => m.reason)
  const OWED = [expect.stringMatching(/^Missing U\.S\. distribution legend/)]

  it('a quote of its CEO on the share price leaves the release the issuer’s', async () => {
    const quote =
      '"Our share price rose 40% this year on our drilling. Our shares were up again in May," said Jane Roe, CEO.'
    expect(await legend(release(quote))).toEqual(OWED)
  })

  it('the narrator’s market report in a release with the issuer’s caution leaves it the issuer’s', async () => {
    const caution =
      'Forward-looking information: statements about the placement are forward-looking; they assume the Exchange ' +
      'accepts it and are subject to the risk that it does not close. Actual results may differ materially.'
    expect(await legend(release('The share price rose 4% on the news.', caution))).toEqual(OWED)
  })

  it('without a caution or disclaimer, the narrator’s market report makes a news report', async () => {
    expect(await legend(release('The share price rose 4% on the news.'))).toEqual([])
  })
})

describe('offering-arithmetic: a French debt settled in shares is checked as the English one is', () => {
  const settle = (debt: string) =>
    '# Métaux Laurentides règle une dette\n\nMONTRÉAL (Québec), le 5 mai 2026 – Métaux Laurentides inc. (TSXV : MLX) ' +
    `a convenu de régler une dette de ${debt} envers des créanciers sans lien de dépendance par l’émission de ` +
    '3 000 000 d’actions ordinaires au prix réputé de 0,05 $ l’action.\n'
  const found = async (debt: string) =>
    (await lintWith('offering-arithmetic', settle(debt))).messages.map((m) => m.reason)

  it('reports a debt that 3,000,000 shares at $0.05 do not settle', async () => {
    expect(await found('120 000 $')).toEqual([expect.stringMatching(/^Dette réglée inattendue/)])
  })

  it('passes the debt they do settle', async () => {
    expect(await found('150 000 $')).toEqual([])
  })
})
