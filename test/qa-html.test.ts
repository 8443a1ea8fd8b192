/**
 * Drafts exported to markdown with their markup (Word or a newswire page through pandoc, turndown or a CMS): raw
 * HTML blocks, inline tags, entities, front matter. Every statement is read wherever the markup puts it, and the
 * markup itself is never read as the release's words. The issuers, people and properties are invented, in our own
 * words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const closing = (terms: string, hold: string) =>
  [
    'PRINCE GEORGE, BC, December 4, 2026 – Quillan Basin Metals Inc. (TSXV: QBM) (the "Company") has closed its ' +
      `non-brokered private placement of 6,000,000 common shares at a price of ${terms}.`,
    '',
    `The shares issued are subject to a hold period of ${hold} from the closing date.`
  ].join('\n')

describe('inline HTML: a tag that ends a line or a cell separates the words around it', () => {
  it('a superscript footnote mark after a price is no digit of the price', async () => {
    const text = closing('$0.15<sup>1</sup> per share for gross proceeds of $900,000', 'four months and one day')
    expect(await found('offering-arithmetic', text)).toEqual([])
  })

  it('a wrong figure beside a superscript mark is still caught', async () => {
    const text = closing('$0.15<sup>(1)</sup> per share for gross proceeds of $960,000', 'four months and one day')
    const messages = await found('offering-arithmetic', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('$900,000')
  })

  it('"<br>" between "four months" and "and one day" reads as a line break', async () => {
    const text = closing('$0.15 per share for gross proceeds of $900,000', 'four months<br>and one day')
    expect(await found('hold-period', text)).toEqual([])
    const cut = closing('$0.15 per share for gross proceeds of $900,000', 'four months<br/>')
    const messages = await found('hold-period', cut)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('“four months”')
  })

  it('an interval before "<br>" keeps its width: the next line is not glued to "m"', async () => {
    const text =
      'PRINCE GEORGE, BC, December 4, 2026 – Quillan Basin Metals Inc. (TSXV: QBM) reports these intervals from ' +
      'its Tamsin Lake drill program:<br>TL-26-03: 2.4 g/t Au over 3.0 m<br>TL-26-04: 1.9 g/t Au over 12.5 m'
    const messages = await found('exploration-results', text)
    const laboratory = messages.find((message) => message.includes('Missing laboratory'))
    expect(laboratory).toContain('“2.4 g/t Au over 3.0 m”')
  })
})

describe('raw HTML blocks: read as the page shows them, not as one run of tags and text', () => {
  const DISCLAIMER =
    'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
    'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'

  it('paragraphs of a Word export with no blank line between them are each their own: the disclaimer is one', async () => {
    const text = [
      '<p class=MsoNormal><span lang=EN-CA>PRINCE GEORGE, BC, December 4, 2026 &#8211; Quillan Basin Metals Inc. ' +
        '(TSXV: QBM) reports that its annual general meeting will be held on January 14, 2027.<o:p></o:p></span></p>',
      '<p class=MsoNormal><span lang=EN-CA>The Company does not undertake to update this information except as ' +
        'required by law.<o:p></o:p></span></p>',
      `<p class=MsoNormal><i><span lang=EN-CA>${DISCLAIMER}<o:p></o:p></span></i></p>`
    ].join('\n')
    expect(await found('exchange-disclaimer', text)).toEqual([])
  })

  it('the disclaimer with a clause dropped is still named, inside its <p>', async () => {
    const text = [
      '<p>PRINCE GEORGE, BC, December 4, 2026 &ndash; Quillan Basin Metals Inc. (TSXV: QBM) reports that its ' +
        'annual general meeting will be held on January 14, 2027.</p>',
      `<p>${DISCLAIMER.replace('adequacy or accuracy', 'adequacy')}</p>`
    ].join('\n')
    const messages = await found('exchange-disclaimer', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('drops “or accuracy”')
  })

  const resource = (rows: string[], notes: string[]) =>
    [
      '<p>TORONTO, ON, December 2, 2026 &ndash; Ferrow Hill Gold Corp. (TSXV: FHG) announces a mineral resource ' +
        'estimate for its Ostrander gold project, with an effective date of November 15, 2026.</p>',
      '<table>',
      '<tr><th>Category</th><th>Tonnes (Mt)</th><th>Grade (g/t Au)</th><th>Contained Au (koz)</th></tr>',
      ...rows,
      '</table>',
      '<ol>',
      ...notes.map((note) => `<li>${note}</li>`),
      '</ol>'
    ].join('\n')
  const ROWS = [
    '<tr><td>Indicated</td><td>6.2</td><td>1.48</td><td>295</td></tr>',
    '<tr><td>Inferred</td><td>3.9</td><td>1.27</td><td>159</td></tr>'
  ]
  const NOTES = [
    'The estimate was prepared by Hollis Brandt, P.Geo., of Kestrel Geoscience Ltd., an independent Qualified ' +
      'Person as defined in National Instrument 43-101, who approved this release.',
    'Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.',
    'The estimate is reported at a cut-off grade of 0.30 g/t Au, a gold price of US$2,000/oz and a recovery of 92%.'
  ]

  it('an HTML table of a resource estimate is read as a table: Inferred added to Indicated is caught', async () => {
    expect(await found('mineral-resource', resource(ROWS, NOTES))).toEqual([])
    const summed = [...ROWS, '<tr><td>Total Indicated and Inferred</td><td>10.1</td><td>1.40</td><td>454</td></tr>']
    const messages = await found('mineral-resource', resource(summed, NOTES))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Inferred resources added to Measured and Indicated')
  })

  it('the economic-viability caution dropped from an HTML list of notes is caught', async () => {
    const messages = await found('mineral-resource', resource(ROWS, [NOTES[0], NOTES[2]]))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('do not have demonstrated economic viability')
  })

  it('a LIFE release laid out in one <div> is read paragraph by paragraph', async () => {
    const life = (document: string) =>
      [
        '<div class="release">',
        '<h2>Dunmore Silver Announces LIFE Offering</h2>',
        '<p>SASKATOON, SK, December 3, 2026 &ndash; Dunmore Silver Ltd. (TSXV: DSV) announces an offering of up to ' +
          '8,000,000 common shares at $0.25 per share under the listed issuer financing exemption in Part 5A of ' +
          'National Instrument 45-106.</p>',
        `<p>${document}The Company will use the proceeds for drilling at its Ruelle project.</p>`,
        '</div>'
      ].join('\n')
    const DOCUMENT =
      'There is an offering document related to the offering that can be accessed under the Company&rsquo;s ' +
      'profile at www.sedarplus.ca and at www.dunmoresilver.example. Prospective investors should read this ' +
      'offering document before making an investment decision. '
    expect(await found('life-offering', life(DOCUMENT))).toEqual([])
    const messages = await found('life-offering', life(''))
    expect(messages.some((message) => message.includes('Missing where the LIFE offering document'))).toBe(true)
  })
})

describe('front matter: a pandoc or CMS export’s YAML fields are the file’s metadata, not the release’s words', () => {
  const release = (opening: string) =>
    [
      opening,
      'KAMLOOPS, BC, December 4, 2026 – Ardley Creek Minerals Ltd. (TSXV: ACM) reports that its shareholders ' +
        'approved all matters put to its annual general meeting held on [date].'
    ].join('\n')

  it('"status: TBD" in the front matter is an editor’s note; a blank in the release is still a placeholder', async () => {
    const front = ['---', 'title: "Ardley Creek Minerals AGM Results"', 'status: draft 3 - TBD by counsel', '---', '']
    const messages = await found('unfilled-placeholder', release(front.join('\n')))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('“[date]”')
  })

  it('a rule at the top of a draft, then its words, is no front matter', async () => {
    const messages = await found('unfilled-placeholder', release('---\nNote: TBD with the transfer agent\n---\n'))
    expect(messages.some((message) => message.includes('“TBD”'))).toBe(true)
  })
})

describe('pandoc’s subscript and superscript marks: "Li~2~O" reads as "Li2O"', () => {
  const channels = (column: string) =>
    [
      'RED LAKE, ON, December 2, 2026 – Torrance Lake Lithium Inc. (CSE: TLL) reports channel samples from its ' +
        'Mirren pegmatite.',
      '',
      `| Channel | From (m) | Length (m) | ${column} |`,
      '| --- | --- | --- | --- |',
      '| MC-26-01 | 0.0 | 7.5 | 1.44 |',
      '| MC-26-02 | 0.0 | 10.0 | 1.21 |'
    ].join('\n')

  it('a table of Li~2~O grades is results a QP statement is owed for, as a table of Li2O grades is', async () => {
    for (const column of ['Li2O (%)', 'Li~2~O (%)']) {
      const messages = await found('qp-statement', channels(column))
      expect(messages).toHaveLength(1)
      expect(messages[0]).toContain('error')
    }
  })
})
