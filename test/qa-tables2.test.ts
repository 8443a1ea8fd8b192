/**
 * Technical results laid out in tables and lists, and samples other than drill core: an assay table, a list of
 * highlights or a table per hole must be read as the sentences are (drill results, grab samples, equivalents with
 * their metals), wherever the statements sit. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const QAQC =
  'Half-core samples were analysed by ALS Canada Ltd. in Thunder Bay, a laboratory independent of the Company, by ' +
  'fire assay with an atomic absorption finish. Certified reference materials and blanks were inserted every 20 samples.'

describe('exploration-results: drill results given only in an assay table whose columns name the holes', () => {
  const release = (collars: string) =>
    [
      'THUNDER BAY, ON, December 1, 2026 – Pitchstone Lake Gold Corp. (TSXV: PLG) (the "Company") reports assays ' +
        'from its Corbeau property.',
      '',
      '| Hole ID | From (m) | To (m) | Length (m) | Au (g/t) |',
      '| --- | --- | --- | --- | --- |',
      '| CB-26-031 | 41.0 | 52.5 | 11.5 | 2.84 |',
      '| CB-26-032 | 118.0 | 121.0 | 3.0 | 6.10 |',
      '',
      'True widths are estimated at 70% to 80% of the reported core lengths. ' + QAQC,
      ...(collars ? ['', collars] : [])
    ].join('\n')

  it('no finding with a collar table of coordinates, azimuths and dips', async () => {
    const collars = [
      'Hole\tEasting\tNorthing\tAzimuth\tDip',
      'CB-26-031\t352140\t5412330\t180\t-50',
      'CB-26-032\t352190\t5412290\t180\t-60'
    ].join('\n')
    expect(await found('exploration-results', release(collars))).toEqual([])
  })

  it('a warning when the holes’ location, azimuth and dip are nowhere', async () => {
    const messages = await found('exploration-results', release(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning Missing location, azimuth and dip of the drill holes')
    expect(messages[0]).toContain('this release reports drill results (line 3)')
  })

  it('a warning when the collar table gives coordinates only', async () => {
    const collars = [
      'Hole\tEasting\tNorthing\tElevation',
      'CB-26-031\t352140\t5412330\t402',
      'CB-26-032\t352190\t5412290\t398'
    ].join('\n')
    const messages = await found('exploration-results', release(collars))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning Missing azimuth and dip of the drill holes')
  })
})

describe('exploration-results: a channel table’s column of widths is intervals over a width', () => {
  const release = (widths: string) =>
    [
      'SMITHERS, BC, December 2, 2026 – Telkwa Cirque Copper Corp. (TSXV: TCC) (the "Company") reports channel ' +
        'sampling of the Marmot vein.',
      '',
      '| Channel | Length (m) | Cu (%) |',
      '| --- | --- | --- |',
      '| CH-01 | 4.2 | 2.31 |',
      '| CH-02 | 3.6 | 1.74 |',
      '',
      `${widths}Channel samples were analysed by ALS Canada Ltd. in Vancouver, independent of the Company, by ` +
        'four-acid digestion with an ICP-AES finish. Certified standards and blanks were inserted every 20 samples.'
    ].join('\n')

  it('no finding when the channel lengths are said to approximate true widths', async () => {
    const text = release('Channels were cut across the vein, and channel lengths approximate true widths. ')
    expect(await found('exploration-results', text)).toEqual([])
  })

  it('an error when nothing is said of true widths', async () => {
    const messages = await found('exploration-results', release(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Missing true widths')
  })
})

describe('exploration-results: a table or list of results its lead-in introduces as grab samples', () => {
  const LAB =
    'Samples were analysed by Bureau Veritas in Vancouver, independent of the Company, by fire assay with an AA ' +
    'finish. Certified standards and blanks were inserted in each batch.'
  const CAUTION = 'Grab samples are selective by nature and may not be representative of the mineralization.'
  const table = (lead: string, caution: string) =>
    [
      'WHITEHORSE, YT, December 3, 2026 – Tagish Crest Metals Ltd. (TSXV: TCM) (the "Company") reports ' +
        'prospecting results from the Lynx claims.',
      '',
      lead,
      '',
      '| Sample | Easting | Northing | Au (g/t) |',
      '| --- | --- | --- | --- |',
      '| LX-104 | 418220 | 6945310 | 18.40 |',
      '| LX-119 | 418390 | 6945270 | 7.92 |',
      '',
      `${caution}${LAB}`
    ].join('\n')
  const list = (lead: string, caution: string) =>
    [
      'KELOWNA, BC, December 3, 2026 – Monashee Silverline Corp. (TSXV: MSL) (the "Company") reports sampling ' +
        'of the Ladder vein.',
      '',
      lead,
      '',
      '- 1,240 g/t Ag and 4.8% Zn',
      '- 612 g/t Ag and 2.1% Zn',
      '',
      `${caution}${LAB}`
    ].join('\n')

  it.each([
    ['a table', table, 'Crews collected 62 grab samples from outcrop and float. Highlights are listed below:'],
    ['a table under its title line', table, 'Crews collected 62 grab samples from outcrop.\n\nTable 1 – Highlights'],
    ['a list', list, 'Grab samples taken from the vein at surface returned:']
  ])('an error on %s of grab samples without the caution, none with it', async (_, release, lead) => {
    const messages = await found('exploration-results', release(lead, ''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Missing caution that grab samples are selective')
    expect(await found('exploration-results', release(lead, `${CAUTION} `))).toEqual([])
  })

  it.each([
    ['channel samples', table, 'Channel samples were cut across the vein. Highlights are listed below:'],
    ['a drill program', list, 'Grab samples led to the drilling of the vein, whose holes returned:']
  ])('no caution owed where the lead-in names %s', async (_, release, lead) => {
    const messages = await found('exploration-results', release(lead, ''))
    expect(messages.filter((m) => m.includes('grab samples are selective'))).toEqual([])
  })
})

describe('metal-equivalent: an assay table with an equivalent column beside its metals’ columns', () => {
  const release = (header: string[], note: string) =>
    [
      'VAL-D’OR, QC, December 4, 2026 – Harricana Argent Mining Ltd. (TSXV: HAM) (the "Company") reports results ' +
        'from the Carcajou project.',
      '',
      ...header,
      '| CJ-26-031 | 45.0 | 57.5 | 12.5 | 2.41 | 38.2 | 2.87 |',
      '| CJ-26-032 | 130.2 | 136.2 | 6.0 | 1.18 | 14.5 | 1.35 |',
      '',
      note
    ].join('\n')
  const TWO_ROWS = [
    '| Hole | From | To | Interval | Au | Ag | AuEq |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    '|  | (m) | (m) | (m) | (g/t) | (g/t) | (g/t) |'
  ]
  const ONE_ROW = [
    '| Hole | From (m) | To (m) | Interval (m) | Au (g/t) | Ag (g/t) | AuEq (g/t) |',
    '| --- | --- | --- | --- | --- | --- | --- |'
  ]
  const BASIS =
    'AuEq is calculated using US$2,400/oz gold and US$28/oz silver and recoveries of 95% for gold and 85% for silver.'

  it.each([
    ['units on a second header row', TWO_ROWS],
    ['units in the header', ONE_ROW]
  ])('no finding with %s and the basis in the note under it', async (_, header) => {
    expect(await found('metal-equivalent', release(header, BASIS))).toEqual([])
  })

  it('an error on the table’s first row when the note gives prices but no recoveries', async () => {
    const note = 'AuEq is calculated using US$2,400/oz gold and US$28/oz silver.'
    const messages = await found('metal-equivalent', release(ONE_ROW, note))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^5:1-5:\d+: error Missing recoveries of the equivalent/)
    expect(messages[0]).toContain('“| CJ-26-031 | 45.0 | 57.5 | 12.5 | 2.41 | 38.2 | 2.87 |”')
  })

  it('errors for prices and recoveries when the note gives neither', async () => {
    const messages = await found('metal-equivalent', release(TWO_ROWS, 'AuEq values are shown for comparison only.'))
    expect(messages.map((m) => m.replace(/,.*/s, ''))).toEqual([
      '6:1-6:56: error Missing metal prices of the equivalent',
      '6:1-6:56: error Missing recoveries of the equivalent'
    ])
  })
})

describe('exploration-results: a table’s column of true widths, and a brine’s samples', () => {
  it('no finding on a table that gives each interval’s estimated true width in a column', async () => {
    const text = [
      'THOMPSON, MB, December 5, 2026 – Grass River Nickel Corp. (TSXV: GRN) (the "Company") reports drill results.',
      '',
      '| Hole-ID | From (m) | To (m) | Core length (m) | Est. true width (m) | Ni (%) |',
      '| --- | --- | --- | --- | --- | --- |',
      '| GR-26-02 | 301.2 | 318.4 | 17.2 | 12.9 | 1.21 |',
      '',
      'GR-26-02 was drilled at azimuth 300° and dip -70° from 556210E 6174380N. NQ core was analysed at SGS Canada ' +
        'Inc. in Burnaby, independent of the Company, by sodium peroxide fusion with ICP-AES finish. Certified ' +
        'reference materials and blanks were inserted every 15 samples.'
    ].join('\n')
    expect(await found('exploration-results', text)).toEqual([])
    const without = text
      .replace(' Est. true width (m) |', '')
      .replace(' 12.9 |', '')
      .replace('| --- | --- |\n', '| --- |\n')
    expect(await found('exploration-results', without)).toEqual([
      expect.stringContaining('warning Missing whether true widths are known')
    ])
  })

  it.each(['Brine samples were collected', 'Wellhead samples were collected'])(
    'the sample type is given: “%s …”',
    async (samples) => {
      const text = [
        'CALGARY, AB, December 5, 2026 – Swan Hills Brine Corp. (TSXV: SHB) (the "Company") reports that its test ' +
          'well returned lithium concentrations averaging 74.2 mg/L Li.',
        '',
        `${samples} after flowback and analysed by ICP-OES at the Company's contract laboratory, Bow Valley ` +
          'Analytical Ltd. in Calgary, which is independent of the Company. Field duplicates, blanks and a lithium ' +
          'standard were submitted with the samples.'
      ].join('\n')
      const messages = await found('exploration-results', text)
      expect(messages.filter((m) => m.includes('type of samples'))).toEqual([])
      const dropped = await found('exploration-results', text.replace(samples, 'Samples were collected'))
      expect(dropped.filter((m) => m.includes('type of samples'))).toHaveLength(1)
    }
  )
})

describe('exploration-results: an assay table whose header gives the units on a second row', () => {
  const release = (widths: string) =>
    [
      'TIMMINS, ON, December 6, 2026 – Buskegau Gold Corp. (TSXV: BKG) (the "Company") reports results from its ' +
        'Mattagami drilling.',
      '',
      '| Drill Hole | Depth From | Depth To | Width | Gold |',
      '| --- | --- | --- | --- | --- |',
      '|  | (m) | (m) | (m) | (g/t) |',
      '| MG-26-014 | 112.0 | 126.5 | 14.5 | 3.12 |',
      '| MG-26-015 | 204.3 | 209.8 | 5.5 | 2.07 |',
      '',
      `${widths}${QAQC} Both holes were drilled at an azimuth of 180° and a dip of -55° from 478215E 5367420N.`
    ].join('\n')

  it('no finding when every statement is given', async () => {
    const text = release('True widths are estimated at 70% to 85% of the reported lengths. ')
    expect(await found('exploration-results', text)).toEqual([])
  })

  it('its intervals owe their true widths, and its samples their laboratory', async () => {
    const messages = await found('exploration-results', release(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Missing true widths')
    expect(messages[0]).toContain('this release reports intervals over a width (line 3): “Gold”')
    const noLab = release('True widths are not known. ').replace('by ALS Canada Ltd. in Thunder Bay, a laboratory ', '')
    expect(await found('exploration-results', noLab)).toEqual([
      expect.stringMatching(/^3:\d+-3:\d+: error Missing laboratory/)
    ])
  })
})

describe('exploration-results: results of samples a note of their own calls grab samples', () => {
  const release = (note: string, caution = '') =>
    [
      'JAMES BAY, QC, December 6, 2026 – Radisson Spodumene Inc. (TSXV: RSI) (the "Company") reports prospecting ' +
        'results from its Opinaca property.',
      '',
      'Of 87 rock samples collected from pegmatite outcrops, 31 returned more than 1.00% Li2O, up to 3.84% Li2O.',
      '',
      `${note} The samples were analysed by SGS Canada Inc. in Lakefield, independent of the Company, by sodium ` +
        `peroxide fusion with ICP-AES finish; certified reference materials and blanks were inserted.${caution}`
    ].join('\n')

  it.each(['Rock samples were collected as grab samples from outcrop.', 'All samples reported are grab samples.'])(
    'an error without the caution: “%s”',
    async (note) => {
      const messages = await found('exploration-results', release(note))
      expect(messages).toHaveLength(1)
      expect(messages[0]).toContain('error Missing caution that grab samples are selective')
      const cautioned = release(note, ' Grab samples are selective by nature and may not be representative.')
      expect(await found('exploration-results', cautioned)).toEqual([])
    }
  )

  it.each([
    'The Company will collect grab samples from the new showings next season.',
    'Channel samples were collected across each outcrop.'
  ])('no caution owed: “%s”', async (note) => {
    expect(await found('exploration-results', release(note))).toEqual([])
  })
})

describe('exploration-results: the heavy mineral concentrate of a till sample is an exploration sample', () => {
  const release = (lab: string) =>
    [
      'NORTH BAY, ON, December 6, 2026 – Temagami Drift Exploration Corp. (TSXV: TDE) (the "Company") reports till ' +
        'sampling results from its Obabika project.',
      '',
      `Forty-two till samples of 12 kg were collected from hand-dug pits. Heavy mineral concentrates were processed${lab} ` +
        'by tabling and heavy liquid separation, and the concentrate fire assay returned up to 3,420 ppb Au.',
      '',
      'Quality control included blind duplicate till samples and a blank of barren sand in each batch of twenty.'
    ].join('\n')

  it('no finding when the laboratory is named by its full name', async () => {
    const lab = ' at Overburden Drilling Management Limited in Ottawa, which is independent of the Company,'
    expect(await found('exploration-results', release(lab))).toEqual([])
  })

  it('an error when no laboratory is named', async () => {
    const messages = await found('exploration-results', release(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Missing laboratory')
    expect(messages[0]).toContain('“3,420 ppb”')
  })
})

describe('exploration-results: an assay table whose grade column is in weight percent, “U3O8 (wt%)”', () => {
  const release = (lab: string) =>
    [
      'SASKATOON, SK, December 6, 2026 – Geikie River Uranium Corp. (TSXV: GRU) (the "Company") reports assays.',
      '',
      '| Hole ID | From (m) | To (m) | Interval (m) | U3O8 (wt%) |',
      '| --- | --- | --- | --- | --- |',
      '| GR26-007 | 288.4 | 293.9 | 5.5 | 2.41 |',
      '',
      `True thickness is estimated at 80% to 95% of the interval. Split core was analysed by ICP-OES${lab}; the ` +
        'Company inserted blanks and certified standards. GR26-007 was drilled at azimuth 320° and dip -75° from ' +
        '512880E 6381240N.'
    ].join('\n')

  it('is results: no finding with its statements, an error without its laboratory', async () => {
    const lab = ' at the Saskatchewan Research Council laboratory in Saskatoon, independent of the Company'
    expect(await found('exploration-results', release(lab))).toEqual([])
    expect(await found('exploration-results', release(''))).toEqual([
      expect.stringMatching(/^3:\d+-3:\d+: error Missing laboratory, .*“U3O8 \(wt%\)”$/)
    ])
  })
})
