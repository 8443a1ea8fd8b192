/**
 * Drafts as securities counsel writes and circulates them: notes to draft, blanks, bracketed alternatives, Word
 * comment anchors, redline residue and a draft's header. A note is the drafters', not the release's: no other rule
 * reads a statement in it; and the unfilled-placeholder rule reports every such thing left in a release. Invented
 * issuers and our own wording only.
 */
import {describe, expect, it} from 'vitest'
import {lintPreset} from './helpers.js'

const LEGEND = 'NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES'
const DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the ' +
  'TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
const US_ACT =
  'The securities referred to in this news release have not been and will not be registered under the United States ' +
  'Securities Act of 1933, as amended, or any state securities laws, and may not be offered or sold in the United ' +
  'States absent registration or an applicable exemption from the registration requirements. This news release does ' +
  'not constitute an offer to sell or the solicitation of an offer to buy any securities.'
const CAUTION =
  'This news release contains forward-looking information, including statements about the use of proceeds and the ' +
  'final acceptance of the Exchange. It is based on assumptions, including that the Exchange will accept the ' +
  'Offering, and is subject to risks, including that the Exchange does not accept it and the risks of mineral ' +
  'exploration, that could cause actual results to differ materially. The Company assumes no obligation to update ' +
  'it except as required by law.'
const EXEMPTIONS =
  'The Company is relying on the exemptions from the formal valuation and minority shareholder approval requirements ' +
  'of MI 61-101 in sections 5.5(a) and 5.7(1)(a), as the fair market value of the Units issued to the insider does ' +
  'not exceed 25% of the Company’s market capitalization.'
const closing = (exemptions: string) =>
  [
    LEGEND,
    'TORONTO, Ontario, December 2, 2026 – Ashgrove Copper Corp. (TSXV: AGC) (the "Company") has closed its ' +
      'non-brokered private placement (the "Offering") of 8,000,000 units (the "Units") at $0.25 per Unit for gross ' +
      'proceeds of $2,000,000. Each Unit is one common share and one warrant exercisable at $0.35 until December 2, 2028.',
    'All securities issued under the Offering are subject to a hold period expiring on April 3, 2027. The Offering ' +
      'remains subject to the final acceptance of the TSX Venture Exchange (the "Exchange").',
    'Wendell Orme, a director of the Company, subscribed for 400,000 Units, a "related party transaction" under ' +
      'Multilateral Instrument 61-101 ("MI 61-101"). ' +
      exemptions +
      ' The Company did not file a material change report 21 days before closing because the insider’s participation ' +
      'was not settled then and the Company wished to close promptly.',
    US_ACT,
    CAUTION,
    DISCLAIMER
  ].join('\n\n') + '\n'

const DRILL_QAQC =
  'Half core was shipped to Bureau Veritas in Vancouver, British Columbia, an accredited laboratory independent of ' +
  'the Company, and analysed for gold by 30-gram fire assay with an atomic absorption finish. Certified standards, ' +
  'blanks and duplicates were inserted at one in ten samples.'
const drill = (qaqc: string) =>
  [
    'KELOWNA, British Columbia, November 25, 2026 – Brackenfell Gold Corp. (TSXV: BFG) (the "Company") reports that ' +
      'hole BF-26-07 at its Wren Lake property intersected 6.1 g/t gold over 9.0 metres from 41.0 metres. The hole ' +
      'was drilled at an azimuth of 045 and a dip of -55 from UTM 412300E 5523100N. True widths are estimated at 80% ' +
      'of core length.',
    qaqc,
    'The scientific and technical information in this news release has been reviewed and approved by Nadia Kerr, ' +
      'P.Geo., Vice President Exploration of the Company and a Qualified Person as defined in National Instrument ' +
      '43-101, who verified the data by checking the assay certificates against the drill logs.',
    DISCLAIMER
  ].join('\n\n') + '\n'

const findings = async (release: string) => (await lintPreset(release)).messages.map((m) => `${m.ruleId}: ${m.reason}`)
const others = async (release: string) =>
  (await findings(release)).filter((finding) => !finding.startsWith('unfilled-placeholder'))
const blanks = async (release: string) =>
  (await lintPreset(release)).messages
    .filter((m) => m.ruleId === 'unfilled-placeholder')
    .map((m) => /“(.*)”, expected/.exec(m.reason)?.[1])

describe('a note to draft that names a statement is not read as the statement', () => {
  it('the bases are clean', async () => {
    expect(await findings(closing(EXEMPTIONS))).toEqual([])
    expect(await findings(drill(DRILL_QAQC))).toEqual([])
  })

  it('MI 61-101 exemptions named only in a note are missing', async () => {
    const note =
      '[NTD: Counsel to insert the exemptions in sections 5.5(a) and 5.7(1)(a) of MI 61-101 and the 25% market ' +
      'capitalization basis.]'
    const found = await others(closing(note))
    expect(found.some((f) => f.startsWith('related-party: Missing the exemptions'))).toBe(true)
    expect(await blanks(closing(note))).toEqual([note])
  })

  it('a laboratory and method named only in a request to the issuer are missing', async () => {
    const note =
      '[Company to provide QA/QC paragraph: Bureau Veritas, Vancouver, 30-gram fire assay, standards and blanks.]'
    const found = await others(drill(note))
    expect(found.some((f) => f.startsWith('exploration-results: Missing analytical method'))).toBe(true)
    expect(found.some((f) => f.startsWith('exploration-results: Missing QA/QC program'))).toBe(true)
  })

  it('a note of more than 200 characters is one note, read to its closing bracket', async () => {
    const note =
      '[Note to draft: U.S. counsel to confirm the form of this paragraph before release. The securities have not ' +
      'been registered under the United States Securities Act of 1933 and may not be offered or sold in the United ' +
      'States absent registration or an exemption.]'
    const release = closing(EXEMPTIONS).replace(US_ACT, note)
    expect(await blanks(release)).toEqual([note])
    expect((await others(release)).some((f) => f.startsWith('us-securities-act: Missing'))).toBe(true)
  })

  it('a note that proposes a QP statement with its blanks is one note, and no QP statement', async () => {
    const qp = drill(DRILL_QAQC).split('\n\n')[2]
    const note =
      '[NTD: QP statement to come. The scientific and technical information in this news release has been approved ' +
      'by [Name], P.Geo., a Qualified Person as defined in National Instrument 43-101.]'
    const release = drill(DRILL_QAQC).replace(qp, note)
    expect(await blanks(release)).toEqual([note])
    expect((await others(release)).some((f) => f.startsWith('qp-statement: Missing Qualified Person statement'))).toBe(
      true
    )
  })

  it('a note beside a complete statement changes nothing else', async () => {
    const noted = EXEMPTIONS.replace('5.7(1)(a),', '5.7(1)(a) [NTD: confirm the market capitalization as at signing],')
    expect(await others(closing(noted))).toEqual([])
    expect(await blanks(closing(noted))).toEqual(['[NTD: confirm the market capitalization as at signing]'])
  })

  it('struck-out text is not read: an old "four months" struck through is no short hold period', async () => {
    const release = closing(EXEMPTIONS).replace(
      'hold period expiring',
      'hold period of ~~four months~~ four months and one day expiring'
    )
    expect(await others(release)).toEqual([])
    expect(await blanks(release)).toEqual(['~~four months~~'])
  })
})

describe('unfilled-placeholder: every blank and note a draft leaves is reported in a release', () => {
  const base = closing(EXEMPTIONS)
  it.each([
    ['a draft header', `DRAFT — PRIVILEGED & CONFIDENTIAL\n\n${base}`, ['DRAFT — PRIVILEGED & CONFIDENTIAL']],
    ['a version header', `Draft No. 4 (blackline to No. 3)\n\n${base}`, ['Draft No. 4 (blackline to No. 3)']],
    [
      'a line that is privileged',
      `Solicitor-client privilege applies\n\n${base}`,
      ['Solicitor-client privilege applies']
    ],
    [
      'tracked changes’ balloons',
      base.replace('\n\nWendell', '\n\nDeleted: No insider participated.\n\nFormatted: Font: Bold\n\nWendell'),
      ['Deleted: No insider participated.', 'Formatted: Font: Bold']
    ],
    ['struck-out text', base.replace('$2,000,000', '~~$1,800,000~~ $2,000,000'), ['~~$1,800,000~~']],
    ['a comment anchor set against the text', base.replace('promptly.', 'promptly.[A1]'), ['[A1]']],
    ['a comment anchor before its comment', `${base}\n[RB2]Comment: confirm the expiry.\n`, ['[RB2]']],
    ['bracketed alternatives, each', base.replace('has closed', '[closes]/[has closed]'), ['[closes]', '[has closed]']],
    [
      'a speaker to confirm, named with a title',
      base.replace('Wendell Orme, a director', '[Wendell Orme, Chair of the Board], a director'),
      ['[Wendell Orme, Chair of the Board]']
    ],
    [
      'an optional clause holding an ampersand',
      base.replace('risks of mineral exploration', 'risks of mineral exploration[, and those in the MD&A]'),
      ['[, and those in the MD&A]']
    ]
  ])('%s', async (_, release, expected) => {
    expect(await blanks(release)).toEqual(expected)
  })

  it.each([
    [
      'an optional sentence in brackets',
      base.replace('\n\nAll securities', '\n\n[The Offering may be increased by 1,000,000 Units.] All securities'),
      ['[The Offering may be increased by 1,000,000 Units.]']
    ],
    [
      'an optional sentence in brackets longer than a line',
      base.replace(
        'The Company did not file',
        '[The Company did not file a material change report more than 21 days before the closing, as the terms of ' +
          'the insider’s participation were settled only at the closing and the Company wished to close promptly, ' +
          'which it considers reasonable in the circumstances.] The Company did not file'
      ),
      [
        '[The Company did not file a material change report more than 21 days before the closing, as the terms of ' +
          'the insider’s participation were settled only at the closing and the Company wished to close promptly, ' +
          'which it considers reasonable in the circumstances.]'
      ]
    ],
    [
      'a Word comment copied with its words',
      `${base}\nCommented [WO1]: Wendell's holding company to be confirmed.\n`,
      ["Commented [WO1]: Wendell's holding company to be confirmed."]
    ]
  ])('%s', async (_, release, expected) => {
    expect(await blanks(release)).toEqual(expected)
  })

  it('struck-out text in pasted HTML is reported and not read: an old price is no price', async () => {
    const release = base.replace('at $0.25 per Unit', 'at <del>$0.04</del> $0.25 per Unit')
    expect(await blanks(release)).toEqual(['<del>$0.04</del>'])
    expect(await others(release)).toEqual([])
  })

  it('an editor’s note in a wire’s copy is not a drafter’s sentence', async () => {
    expect(
      await blanks(base.replace('\n\nAll securities', '\n\n[Editor’s note: The photo is on the wire.] All securities'))
    ).toEqual([])
  })

  it('a request to someone is a note to draft, to be removed', async () => {
    const file = await lintPreset(base.replace('promptly.', 'promptly. [Geology team to confirm]'))
    expect(file.messages.map((m) => m.reason).filter((r) => r.includes('to draft'))).toEqual([
      'Unexpected note to draft “[Geology team to confirm]”, expected it resolved and removed'
    ])
  })

  it.each([
    ['a defined term in brackets', closing(EXEMPTIONS).replace('(the "Company")', '[the Company]')],
    [
      'a defined term of two words',
      closing(EXEMPTIONS).replace('insider does', 'insider [the Subscribing Director] does')
    ],
    [
      'a formula in brackets after a space',
      closing(EXEMPTIONS).replace('promptly.', 'promptly. Emissions [CO2] fell.')
    ],
    ['a footnote mark', closing(EXEMPTIONS).replace('promptly.', 'promptly.[1]')],
    [
      'a draft named in prose',
      closing(EXEMPTIONS).replace('promptly.', 'promptly.\nDraft technical report filings follow.')
    ],
    [
      '[sic] in a quotation',
      closing(EXEMPTIONS).replace('promptly.', 'promptly. He called it “a persistant [sic] vein.”')
    ]
  ])('not a blank: %s', async (_, release) => {
    expect(await blanks(release)).toEqual([])
  })
})

describe('hold-period: the hold stated as the legend the certificates bear', () => {
  const legend = (date: string) =>
    closing(EXEMPTIONS).replace(
      'All securities issued under the Offering are subject to a hold period expiring on April 3, 2027.',
      `The certificates for the Units will bear a legend restricting their transfer until ${date}, under National ` +
        'Instrument 45-102.'
    )
  it('is a hold period, with its expiry', async () => {
    expect(await others(legend('April 3, 2027'))).toEqual([])
  })
  it('whose date is checked', async () => {
    expect(
      (await others(legend('March 2, 2027'))).some((f) => f.startsWith('hold-period: Unexpected hold expiry'))
    ).toBe(true)
  })
})

describe('a hard-wrapped draft: a note or blank broken over lines is one, and still a note', () => {
  it('a request broken over two lines is reported whole, and the QA/QC it names is still missing', async () => {
    const note =
      '[Company to provide QA/QC paragraph: Bureau Veritas, Vancouver,\n30-gram fire assay, standards and blanks.]'
    expect(await blanks(drill(note))).toEqual([note.replace('\n', ' ')])
    expect((await others(drill(note))).some((f) => f.startsWith('exploration-results: Missing QA/QC program'))).toBe(
      true
    )
  })

  it('"Note to" and "draft:" on two lines open one note; "draft:" opening a wrapped line of prose is no header', async () => {
    const release = closing(EXEMPTIONS).replace('promptly.', 'promptly. [Note to\ndraft: confirm with Wendell.]')
    expect(await blanks(release)).toEqual(['[Note to draft: confirm with Wendell.]'])
    const prose = closing(EXEMPTIONS).replace(
      'close promptly.',
      'close promptly, as the board’s\ndraft: of the terms set.'
    )
    expect(await blanks(prose)).toEqual([])
  })

  it('an optional sentence wrapped over lines', async () => {
    const optional = '[The Offering may be increased by\n1,000,000 Units.]'
    const release = closing(EXEMPTIONS).replace('\n\nAll securities', `\n\n${optional} All securities`)
    expect(await blanks(release)).toEqual([optional.replace('\n', ' ')])
  })
})
