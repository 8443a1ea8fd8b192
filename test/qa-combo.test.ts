/**
 * Releases that carry several things at once, and releases in which someone other than the issuer speaks: a royalty
 * holder relaying its operators' results, a joint venture partner, an acquirer, a conference notice, a letter or an
 * interview. Each duty is decided on the right part and for the right speaker. The issuers, people and properties are
 * invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

describe("qp-statement: an operator's drill interval relayed beside the royalty the issuer holds is strong evidence", () => {
  const lead = (result: string) =>
    'VANCOUVER, BC, December 2, 2026 – Quillon Metals Corp. (TSXV: QRY) ("Quillon" or the "Company") notes that ' +
    `Morrow Silver Inc., the operator of the Sable Creek project, on which Quillon holds a 2% net smelter return royalty, ${result}`

  it.each([
    'has reported that hole SC-26-05 intersected 11.0 metres grading 412 g/t silver from 66.0 metres.',
    'has reported that hole SC-26-05 returned 412 g/t silver over 11.0 metres from 66.0 metres.',
    'has reported that channel CH-14 returned 3.2% copper over 6 m.'
  ])('an error: %s', async (result) => {
    const messages = await found('qp-statement', lead(result))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Missing Qualified Person statement')
  })

  it('production beside the royalty stays weak (a warning)', async () => {
    const messages = await found(
      'qp-statement',
      lead('produced 41,200 ounces of gold in the quarter at a head grade of 2.9 g/t gold over the period.')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning Missing Qualified Person statement')
  })
})

describe("exploration-results: an operator's results restated by a royalty holder, named by the hole or intercept", () => {
  const release = (sentence: string) =>
    [
      'TORONTO, Ontario, November 12, 2026 – Corvid Royalties Inc. (TSX: CVR) ("Corvid" or the "Company") reports ' +
        'its results for the three months ended September 30, 2026.',
      '',
      `*Pike River (1.5% NSR)*: ${sentence}`
    ].join('\n')

  it.each([
    'Sumner Copper Corp. reported drill hole PR-26-31 intersecting 64 metres of 0.71% copper.',
    'The operator announced an intersection of 64 metres of 0.71% copper in hole PR-26-31.',
    'Sumner Copper Corp. has disclosed step-out hole PR-26-31, which cut 64 metres of 0.71% copper.',
    'Sumner Copper Corp. has reported a new zone 600 metres north of the pit, where hole PR-26-31 cut 64 metres of ' +
      '0.71% copper.'
  ])("not the issuer's new results: %s", async (sentence) => {
    expect(await found('exploration-results', release(sentence))).toEqual([])
  })

  it("the issuer's own hole, told as reported by it, is still its result", async () => {
    const messages = await found(
      'exploration-results',
      release('Corvid reported drill hole PR-26-31 intersecting 64 metres of 0.71% copper.')
    )
    expect(messages.some((message) => message.includes('error Missing laboratory'))).toBe(true)
  })
})

describe("forward-looking-caution: a conference notice's meetings, the presentation's subject and where it is posted", () => {
  const notice = (sentence: string) =>
    'VANCOUVER, BC, December 4, 2026 – Osterley Metals Corp. (CSE: OST) (the "Company") announces that its CEO, ' +
    `Priya Chandran, will present at the Vancouver Resource Investment Conference on January 19, 2027. ${sentence}`

  it.each([
    'She will meet investors at booth 414.',
    'Ms. Chandran will also be meeting with institutional investors and analysts during the conference.',
    "The presentation will review the Company's copper exploration in central British Columbia.",
    'The webinar will cover the results of the 2026 season.',
    "The presentation will be posted on the Company's website after the conference."
  ])('no error: %s', async (sentence) => {
    const messages = await found('forward-looking-caution', notice(sentence))
    expect(messages.filter((message) => message.includes(': error '))).toEqual([])
  })

  it('a plan the presentation names is still a plan', async () => {
    const messages = await found(
      'forward-looking-caution',
      notice('Ms. Chandran will meet investors at booth 414. The Company will drill 4,000 metres at Elkhorn in 2027.')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Missing forward-looking information caution')
  })
})

describe("data-verification: figures only restated from the issuer's earlier releases, cited, owe none", () => {
  const notice = (highlights: string) =>
    [
      'VANCOUVER, BC, December 2, 2026 – Harrowgate Silver Corp. (TSXV: HSC) (the "Company") will host a live webinar ' +
        'on December 9, 2026 to review the 2026 drill results at its Kestrel project.',
      '',
      highlights,
      '',
      'Wendell Achebe, P.Geo., Vice President Exploration of the Company and a Qualified Person under NI 43-101, has ' +
        'reviewed and approved the technical information in this news release.'
    ].join('\n')

  it.each([
    "Highlights include 7.8 metres of 688 g/t silver in hole KE-26-19, as reported in the Company's news releases of " +
      'October 6 and November 17, 2026.',
    'As previously announced, hole KE-26-19 returned 7.8 metres of 688 g/t silver.',
    'Hole KE-26-19 returned 7.8 metres of 688 g/t silver (see our news release dated October 6, 2026).'
  ])('none: %s', async (highlights) => {
    expect(await found('data-verification', notice(highlights))).toEqual([])
  })

  it.each([
    // Another party's figures, or a new one beside the restated ones.
    'Highlights include 7.8 metres of 688 g/t silver in hole KE-26-19, as reported by Morrow Silver Inc. on October 6, 2026.',
    'As previously announced, hole KE-26-19 returned 7.8 metres of 688 g/t silver. Hole KE-26-24, reported today, ' +
      'returned 3.1 metres of 402 g/t silver.'
  ])('a warning: %s', async (highlights) => {
    const messages = await found('data-verification', notice(highlights))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning Missing data verification statement')
  })
})

describe("forward-looking-caution: an interview's question about the future, answered without a verb", () => {
  const interview = (question: string) =>
    [
      'SUDBURY, ON, November 29, 2026 – Vantage Nickel Corp. (TSXV: VNC) (the "Company") shares an interview with its ' +
        'Chief Executive Officer, Tobias Rehn.',
      '',
      `**Q: ${question}**`,
      '',
      'Tobias Rehn: A borehole electromagnetic survey in hole ML-26-03 in January, then a 3,000-metre winter program.'
    ].join('\n')

  it.each([
    'What comes next?',
    "What's next for Mallard?",
    'What are your plans for 2027?',
    'What can investors expect?'
  ])('an error: %s', async (question) => {
    const messages = await found('forward-looking-caution', interview(question))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Missing forward-looking information caution')
  })

  it('a question about the past states no future', async () => {
    expect(await found('forward-looking-caution', interview('What did the fall drilling show?'))).toEqual([])
  })
})

describe("us-distribution-legend: another listed company's offering, told after an apposition or by its securities", () => {
  it("a royalty holder notes its operator's bought deal, the operator described between its name and the verb", async () => {
    const text =
      'VANCOUVER, BC, December 3, 2026 – Quillon Royalty Corp. (TSXV: QRY) ("Quillon" or the "Company") notes that ' +
      'Morrow Silver Inc. (TSX: MRW) ("Morrow"), the operator of the Sable Creek project, on which Quillon holds a 2% ' +
      'net smelter return royalty, has closed a bought deal public offering of 20,000,000 common shares at $1.25 per ' +
      'share for gross proceeds of $25,000,000.'
    expect(await found('us-distribution-legend', text)).toEqual([])
    expect(await found('us-securities-act', text)).toEqual([])
  })

  it("the issuer subscribes in another company's placement whose units the next sentence describes", async () => {
    const text = [
      'TORONTO, Ontario, December 1, 2026 – Ardent Gold Corp. (TSX: ARD) ("Ardent" or the "Company") has subscribed ' +
        'for 8,000,000 units of Fernhill Exploration Ltd. (TSXV: FHX) ("Fernhill") at $0.25 per unit, for a total of ' +
        "$2,000,000, in Fernhill's non-brokered private placement. Each unit consists of one Fernhill share and one " +
        'warrant exercisable at $0.40 for 24 months.'
    ].join('\n')
    expect(await found('us-distribution-legend', text)).toEqual([])
  })

  it.each([
    // "and" opens another subject: the issuer's own placement.
    'Quillon Royalty Corp. (TSXV: QRY) ("Quillon" or the "Company") and Morrow Silver Inc. (TSX: MRW) ("Morrow") ' +
      'are partners at Sable Creek. The Company has closed a non-brokered private placement of 5,000,000 units at ' +
      '$0.20 per unit for gross proceeds of $1,000,000.',
    // A listed investor takes up the issuer's placement: what it completed is an investment in the Company.
    'Pellmark Resources Ltd. (TSXV: PLK) ("Pellmark" or the "Company") announces that Titan Mining Corp. (TSX: TTN) ' +
      '("Titan"), a major shareholder of the Company, has completed a strategic investment in the Company by ' +
      'subscribing for 5,000,000 units at $0.20 per unit in a non-brokered private placement.',
    'Pellmark Resources Ltd. (TSXV: PLK) ("Pellmark" or the "Company") announces that Titan Mining Corp. (TSX: TTN) ' +
      'has completed a strategic investment in Pellmark by subscribing for 5,000,000 units at $0.20 per unit in a ' +
      'non-brokered private placement.',
    // The issuer's own units described with the issuer named.
    'Quillon Royalty Corp. (TSXV: QRY) ("Quillon" or the "Company") has closed a non-brokered private placement of ' +
      '5,000,000 units at $0.20 per unit for gross proceeds of $1,000,000. Each unit consists of one Quillon share ' +
      'and one warrant of the Company.'
  ])("the issuer's own offering keeps its legend: %s", async (lead) => {
    const messages = await found('us-distribution-legend', `VANCOUVER, BC, December 3, 2026 – ${lead}`)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Missing U.S. distribution legend')
  })
})

describe('offering-arithmetic: the offering\'s size before its form ("a $1.8 million private placement of …")', () => {
  const lead = (terms: string) =>
    'VANCOUVER, BC, November 27, 2026 – Kestrel Bay Metals Inc. (TSXV: KBM) (the "Company") has closed ' + terms

  it.each([
    'a $1.8 million private placement of 7,500,000 units at $0.20 per unit.',
    'a $1,800,000 non-brokered private placement of 7,500,000 units at a price of $0.20 per unit.'
  ])('an error: case %#', async (terms) => {
    const messages = await found('offering-arithmetic', lead(terms))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Unexpected proceeds that do not agree with the count and the price')
  })

  it("a highlights bullet against the body's terms", async () => {
    const text = [
      lead('its non-brokered private placement of 7,500,000 units at $0.20 per unit for gross proceeds of $1,500,000.'),
      '',
      '- Closed a $1.8 million private placement of 7,500,000 units at $0.20'
    ].join('\n')
    const messages = await found('offering-arithmetic', text)
    expect(messages).toHaveLength(1)
    // On the bullet's "$1.8 million" (line 3, columns 12 to 24), with the count × price as the fix.
    expect(messages[0]).toMatch(/^3:12-3:24: error .*expected \$1\.5 million/)
  })

  it.each([
    'a $1.5 million private placement of 7,500,000 units at $0.20 per unit.',
    // Run into its sign, "A$" is the Australian dollar, another currency than the price's.
    'an A$1.8 million private placement of 7,500,000 units at $0.20 per unit.'
  ])('none: case %#', async (terms) => {
    expect(await found('offering-arithmetic', lead(terms))).toEqual([])
  })
})

describe("data-verification: a partner's records reviewed, named by their owner's possessive", () => {
  const release = (verification: string) =>
    [
      'VANCOUVER, BC, December 1, 2026 – Brisk Metals Inc. (TSXV: BRK) (the "Company") reports drilling at the Fernie ' +
        'Gap project, operated by its partner Halcyon Mining Corp. ("Halcyon"). Hole FG-26-06 intersected 17.0 metres ' +
        'of 0.91% copper from 88.0 metres.',
      '',
      'The technical information in this news release has been reviewed and approved by Maya Osei, P.Geo., Vice ' +
        `President Exploration of the Company and a Qualified Person under NI 43-101, ${verification}`
    ].join('\n')

  it.each([
    "who reviewed Halcyon's certificates and QA/QC data.",
    "who checked the operator's assay certificates against the drill database."
  ])('none: %s', async (verification) => {
    expect(await found('data-verification', release(verification))).toEqual([])
  })

  it('a review of the release alone verifies nothing', async () => {
    const messages = await found('data-verification', release("who reviewed Halcyon's news release."))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning Missing data verification statement')
  })
})
