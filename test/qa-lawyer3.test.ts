/**
 * A securities lawyer's review: subtle slips a careful reviewer catches in a draft that has every statement — the
 * QP's relationship stated for someone else, a QP statement limited to part of the technical disclosure, Inferred
 * added to Indicated in a sentence. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const DRILL =
  'PRINCE GEORGE, BC, November 24, 2026 – Oxbow Creek Gold Corp. (TSXV: OXB) (the "Company") reports that hole ' +
  'OX26-04 returned 5.2 g/t gold over 8.0 metres at its Tilley property.'

describe('qp-statement: the relationship is the QP’s, not that of an officer named beside the statement', () => {
  const statement = (next: string) =>
    [
      DRILL,
      '',
      'The technical information in this news release has been reviewed and approved by Irena Falk, P.Geo., a ' +
        `qualified person as defined in NI 43-101. ${next}`
    ].join('\n')

  it('an error when the only relationship stated is the President’s', async () => {
    const messages = await found(
      'qp-statement',
      statement("Colin Marsh, the Company's President, is not independent of the Company.")
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing relationship of the Qualified Person to the issuer')
  })

  it.each([
    'Ms. Falk is not independent of the Company.',
    'She is the Company’s Vice President, Exploration.',
    'Irena Falk, P.Geo., is the Company’s exploration manager.'
  ])('no finding when the next sentence gives the QP’s own: %s', async (next) => {
    expect(await found('qp-statement', statement(next))).toEqual([])
  })
})

describe('qp-statement: a title with another firm ("Principal Geologist with … Ltd.") is no tie to the issuer', () => {
  const statement = (qp: string) =>
    [
      DRILL,
      '',
      `The scientific and technical information in this news release was approved by Joel Brandt, P.Geo., ${qp}, ` +
        'a qualified person as defined in National Instrument 43-101.'
    ].join('\n')

  it.each([
    'Principal Geologist with Carrow Geological Services Ltd.',
    'senior geologist at Tenby Mining Consultants Inc.'
  ])('an error for “%s” alone', async (qp) => {
    const messages = await found('qp-statement', statement(qp))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing relationship of the Qualified Person to the issuer')
  })

  it.each([
    'Principal Geologist with Carrow Geological Services Ltd., who is independent of the Company',
    'Senior Geologist with the Company',
    'Vice President, Exploration at Oxbow Creek'
  ])('no finding for “%s”', async (qp) => {
    expect(await found('qp-statement', statement(qp))).toEqual([])
  })
})

describe('mineral-resource: Inferred added to Indicated in a sentence whose categories "total" their own figures', () => {
  const estimate = (total: string) =>
    'TORONTO, Ontario, December 1, 2026 – Garrow Copper Inc. (TSX: GWC) reports a mineral resource estimate for its ' +
    'Pike Hill deposit, with an effective date of November 15, 2026. The Indicated category totals 36.1 million ' +
    'tonnes grading 0.44% Cu and 0.21 g/t Au, with a further 20.4 million tonnes grading 0.37% Cu and 0.16 g/t Au ' +
    `in the Inferred category${total}. Mineral Resources that are not Mineral Reserves do not have demonstrated ` +
    'economic viability. The estimate uses a cut-off grade of 0.2% Cu, a copper price of US$4.00/lb and recoveries ' +
    'of 88%.'

  it('an error on the total of both categories', async () => {
    const messages = await found(
      'mineral-resource',
      estimate(', for a total resource of 56.5 million tonnes grading 0.41% Cu and 0.19 g/t Au')
    )
    expect(messages).toEqual([
      '1:378-1:397: error Unexpected Inferred resources added to Measured and Indicated, expected each category ' +
        'reported separately'
    ])
  })

  it('no finding when each category stands alone', async () => {
    expect(await found('mineral-resource', estimate(''))).toEqual([])
  })
})

describe('qp-statement: a statement limited to the drilling results in a release that states a resource estimate', () => {
  const release = (qp: string) =>
    [
      'TORONTO, Ontario, December 1, 2026 – Garrow Copper Inc. (TSX: GWC) (the "Company") reports an initial ' +
        'mineral resource estimate for its Pike Hill deposit, effective November 15, 2026: Indicated Mineral ' +
        'Resources of 36.1 million tonnes grading 0.44% Cu and Inferred Mineral Resources of 20.4 million tonnes ' +
        'grading 0.37% Cu. Hole PH26-09 also returned 0.61% Cu over 42.0 metres.',
      '',
      qp
    ].join('\n')
  const REST =
    ' has been reviewed and approved by Elise Tran, P.Geo., the Company’s Vice President, Exploration, a qualified ' +
    'person as defined in NI 43-101.'

  it('an error on the words that limit it', async () => {
    const messages = await found('qp-statement', release('The drilling results in this news release' + REST))
    expect(messages).toEqual([
      '3:5-3:21: error Missing Qualified Person for the mineral resource estimate (line 1), expected a QP ' +
        'statement that covers it, not only “drilling results”'
    ])
  })

  it.each([
    'The scientific and technical information in this news release' + REST,
    'The drilling results and the resource estimate in this news release' + REST,
    'The drilling results in this news release' +
      REST +
      ' The mineral resource estimate was prepared by Owen Price, P.Geo., of Halden Geoscience Ltd., an ' +
      'independent qualified person under NI 43-101.'
  ])('no finding when the statement covers the estimate: %s', async (qp) => {
    expect(await found('qp-statement', release(qp))).toEqual([])
  })

  it('no finding in a drill release with no estimate', async () => {
    expect(
      await found('qp-statement', [DRILL, '', 'The drilling results in this news release' + REST].join('\n'))
    ).toEqual([])
  })
})

describe('forward-looking-caution: a caution that identifies its information only by the words that signal it', () => {
  const release = (identification: string) =>
    [
      'VANCOUVER, BC, November 24, 2026 – Oxbow Creek Gold Corp. (TSXV: OXB) (the "Company") plans to start a ' +
        '3,000-metre drill program at its Tilley property in February 2027.',
      '',
      `${identification} Such information is based on assumptions, including that drill crews will be available, and ` +
        'is subject to risks, including weather and the availability of financing, that could cause actual results to ' +
        'differ materially. The Company does not undertake to update it except as required by law.'
    ].join('\n')

  it('a warning that says why', async () => {
    const messages = await found(
      'forward-looking-caution',
      release('Forward-looking information can be identified by words such as "plans", "expects" and "will".')
    )
    expect(messages).toEqual([
      '3:1-3:385: warning Missing identification of forward-looking information in the caution'
    ])
  })

  it.each([
    'This news release contains forward-looking information, including statements about the 2027 drill program, ' +
      'which can be identified by words such as "plans" and "will".',
    'Forward-looking information, such as the timing of the drill program, is identified by words such as "plans".'
  ])('no finding when it also says what it covers: %s', async (identification) => {
    expect(await found('forward-looking-caution', release(identification))).toEqual([])
  })
})

describe('exploration-results: true widths stated for one zone’s intervals, none for the other zone’s', () => {
  const release = (ridge: string) =>
    [
      'VANCOUVER, B.C., December 2, 2026 – Wexley Silver Inc. (TSXV: WXS) reports drill results from the Fenn and ' +
        'Ridge zones of its Calder project. Core samples were assayed by fire assay at ALS Canada Ltd. in North ' +
        'Vancouver, which is independent of the Company; standards, blanks and duplicates were inserted in every batch.',
      '',
      '## Fenn Zone',
      '',
      '| Hole | From (m) | To (m) | Length (m) | Ag (g/t) |',
      '| --- | --- | --- | --- | --- |',
      '| WX-01 | 10.0 | 14.0 | 4.0 | 310 |',
      '',
      'True widths of the Fenn Zone intervals are estimated at 85% of the core lengths.',
      '',
      '## Ridge Zone',
      '',
      '| Hole | From (m) | To (m) | Length (m) | Ag (g/t) |',
      '| --- | --- | --- | --- | --- |',
      '| WX-02 | 40.0 | 52.0 | 12.0 | 95 |',
      ...(ridge ? ['', ridge] : []),
      '',
      'Collars, azimuths and dips: WX-01 at 445210E 5461300N, azimuth 270, dip -50; WX-02 at 446010E 5462050N, ' +
        'azimuth 090, dip -45.'
    ].join('\n')

  it('an error on the zone left out, and the note names both', async () => {
    const file = await lintWith('exploration-results', release('') + '\n')
    expect(file.messages.map(format)).toEqual([
      '15:36: error Missing true widths, expected true widths, their estimated ratio to the reported lengths, or ' +
        'that they are not known; this release reports intervals over a width (line 13): “Ag (g/t)”'
    ])
    expect(file.messages[0].note).toContain('said of the Fenn Zone only; the Ridge Zone intervals have none')
  })

  it.each([
    'True widths of the Ridge Zone intervals are not yet known.',
    'True widths are not known for the Ridge Zone.'
  ])('no finding when the other zone has its own: %s', async (ridge) => {
    expect(await found('exploration-results', release(ridge))).toEqual([])
  })

  it('no finding when a statement names no zone: it covers every interval', async () => {
    const text = release('').replace(
      'True widths of the Fenn Zone intervals are estimated at 85% of the core lengths.',
      'True widths are estimated at 85% of the core lengths.'
    )
    expect(await found('exploration-results', text)).toEqual([])
  })
})

describe('metal-equivalent: a threshold in the paragraph ("more than 5 g/t gold") is no grade of the equivalent’s metals', () => {
  const release = (sample: string) =>
    'SMITHERS, BC, November 26, 2026 – Tolmie Ridge Resources Inc. (TSXV: TRR) reports that crews collected 60 grab ' +
    'samples at its Fitch property. Nine samples returned more than 5 g/t gold, with a high of 41.0 g/t gold ' +
    `equivalent ("AuEq") from sample FT-26-012${sample}. Gold equivalent grades use prices of US$2,000/oz gold and ` +
    'US$25/oz silver and assume 100% recovery.'

  it('an error when the sample’s own grades are not given', async () => {
    expect(await found('metal-equivalent', release(''))).toEqual([
      '1:202-1:226: error Missing grades of the metals in the equivalent, expected each metal’s grade with it; this ' +
        'release states an equivalent grade (line 1): “41.0 g/t gold equivalent”'
    ])
  })

  it('no finding with them', async () => {
    expect(await found('metal-equivalent', release(' (38.4 g/t gold and 212 g/t silver)'))).toEqual([])
  })
})
