/**
 * The same release as other copies write it (QA round): a copy's line ends, bullets and layout must not move a
 * verdict. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const ids = async (id: Parameters<typeof lintWith>[0], value: string) =>
  (await lintWith(id, value)).messages.map((m) => `${m.fatal ? 'E' : 'W'} ${m.reason.replace(/\r/g, '')}`)

describe('a draft saved with Windows line ends (CR LF) reads as with LF', () => {
  // A director lends and takes bonus warrants; no MI 61-101 paragraph. The director's name is cut by a hard wrap.
  const LOAN = [
    '# Tallgrass Nickel Arranges $250,000 Loan',
    '',
    'SUDBURY, Ontario, December 2, 2026 – Tallgrass Nickel Corp. (TSXV: TGN) (the "Company") has',
    'signed a loan agreement with Marisol',
    'Fenwick, a director of the Company, who has advanced $250,000 to the Company (the "Loan").',
    '',
    'In consideration of the Loan, and subject to TSX Venture Exchange acceptance, the Company will issue',
    'to Ms. Fenwick 900,000 bonus warrants, each exercisable for one common share at $0.20 for 12 months.',
    ''
  ].join('\n')
  it('finds the related party whose name a CR LF line end cuts', async () => {
    const lf = await ids('related-party', LOAN)
    expect(lf.some((m) => m.startsWith('E Missing MI 61-101'))).toBe(true)
    expect(await ids('related-party', LOAN.replace(/\n/g, '\r\n'))).toEqual(lf)
  })
  it('a CR LF draft with the paragraph passes as the LF one does', async () => {
    const paragraph =
      '\nMs. Fenwick is a related party, and the issue of the bonus warrants to her is a "related party ' +
      'transaction" under MI 61-101. The Company relies on the exemptions from the formal valuation and minority ' +
      'approval requirements in sections 5.5(a) and 5.7(1)(a) of MI 61-101, as the fair market value of the ' +
      'transaction is not more than 25% of its market capitalization.\n'
    expect(await ids('related-party', (LOAN + paragraph).replace(/\n/g, '\r\n'))).toEqual(
      await ids('related-party', LOAN + paragraph)
    )
  })
})

describe('a draft indented whole (an e-mail reply, a forwarded copy) reads as the draft', () => {
  // Drill results in a list and a table, with every statement but the QA/QC program (a mutant): its bold heading is left.
  const DRILL = [
    '# Osprey Ridge Metals Cuts 7.4 g/t Gold over 11.0 Metres at Kettle Creek',
    '',
    'TIMMINS, Ontario, December 3, 2026 – Osprey Ridge Metals Inc. (TSXV: ORM) reports assays from the first',
    'four holes of its fall program at the Kettle Creek gold project.',
    '',
    '## Highlights',
    '',
    '- KC-26-011 cut 7.4 g/t gold over 11.0 metres from 142.0 metres;',
    '- KC-26-014 cut 3.2 g/t gold over 19.5 metres from 207.5 metres.',
    '',
    '| Hole | From (m) | To (m) | Length (m) | Au (g/t) |',
    '|---|---|---|---|---|',
    '| KC-26-011 | 142.0 | 153.0 | 11.0 | 7.4 |',
    '| KC-26-014 | 207.5 | 227.0 | 19.5 | 3.2 |',
    '',
    'Lengths are core lengths; true widths are estimated at 80% to 90% of them. The holes were drilled at an',
    'azimuth of 180° and a dip of -50° from collars at 488,120 E, 5,372,400 N (UTM NAD83 zone 17).',
    '',
    '**Quality Assurance and Quality Control**',
    '',
    'Sawn half core was assayed by SGS Canada Inc. in Cochrane, Ontario, which is independent of the Company,',
    'by 50-gram fire assay with an atomic absorption finish.',
    '',
    'The technical information in this release was reviewed and approved by Pierre Lachance, P.Geo., the',
    "Company's Vice President, Exploration, and a Qualified Person as defined in National Instrument 43-101.",
    ''
  ].join('\n')
  const indented = (text: string, indent: string) =>
    text
      .split('\n')
      .map((line) => (line === '' ? line : indent + line))
      .join('\n')
  const qaqc = async (value: string) =>
    (await lintWith('exploration-results', value)).messages.filter((m) => /quality|QA\/QC/i.test(m.reason))
  it('misses no QA/QC program under four spaces or a tab', async () => {
    expect(await qaqc(DRILL)).toHaveLength(1)
    expect(await qaqc(indented(DRILL, '    '))).toHaveLength(1)
    expect(await qaqc(indented(DRILL, '\t'))).toHaveLength(1)
  })
  it('places the finding on the words as indented', async () => {
    const [plain] = await qaqc(DRILL)
    const [tab] = await qaqc(indented(DRILL, '\t'))
    expect([tab.line, tab.column]).toEqual([plain.line, (plain.column ?? 0) + 1])
  })
  it('passes the indented draft with its QA/QC program', async () => {
    const full = DRILL.replace(
      'atomic absorption finish.',
      'atomic absorption finish. Certified standards, blanks and field duplicates were inserted into every batch of samples.'
    )
    expect(await qaqc(full)).toHaveLength(0)
    expect(await qaqc(indented(full, '    '))).toHaveLength(0)
  })
})

describe("Word's plain text: a rule typed under a paragraph, with no blank line between paragraphs", () => {
  // One paragraph a line, no blank line between them (Word's "Save as plain text"), a rule of dashes under the
  // disclaimer: markdown makes every line above the rule one heading.
  const NAME_CHANGE = [
    'Larchmont Minerals to Change Its Name to Larchmont Critical Metals',
    'KELOWNA, British Columbia, December 4, 2026 – Larchmont Minerals Inc. (TSXV: LMI) (the "Company") announces ' +
      'that it will change its name to Larchmont Critical Metals Inc. Its shares will begin trading under the new ' +
      'name on or about December 10, 2026, under the symbol "LCM", subject to the acceptance of the TSX Venture ' +
      'Exchange.',
    'Forward-Looking Information',
    'This news release contains forward-looking information, including the date on which the shares will trade ' +
      'under the new name. It rests on assumptions, including that the Exchange will accept the change in time. ' +
      'Actual results may differ materially because of risks, including delays in that acceptance. The Company ' +
      'undertakes no duty to update it, except as the law requires.',
    'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
      'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.',
    '---',
    'Contact: Ines Kovac, Corporate Secretary, 250-555-0144',
    ''
  ].join('\n')
  const found = async (id: Parameters<typeof lintWith>[0], value: string) =>
    (await lintWith(id, value)).messages.map((m) => m.reason)
  it('reads the paragraphs above the rule as paragraphs: the caution and the disclaimer are there', async () => {
    expect(await found('forward-looking-caution', NAME_CHANGE)).toEqual([])
    expect(await found('exchange-disclaimer', NAME_CHANGE)).toEqual([])
  })
  it('still misses nothing: the caution removed is named', async () => {
    const cut = NAME_CHANGE.split('\n')
      .filter((line) => !line.startsWith('Forward-Looking') && !line.startsWith('This news release contains'))
      .join('\n')
    expect(await found('forward-looking-caution', cut)).toHaveLength(1)
  })
  it('keeps a headline wrapped over two lines and underlined a heading', async () => {
    const headline = 'Larchmont Minerals to Change Its Name\nto Larchmont Critical Metals\n===\n\n'
    expect(await found('forward-looking-caution', headline + NAME_CHANGE.split('\n').slice(1).join('\n\n'))).toEqual([])
  })
})

describe('a title set as a plain paragraph over the QP statement is no part of it', () => {
  // Plain text (a PDF's or Word's copy) sets the section's title as a line of its own; the statement under it never
  // calls the person a Qualified Person. The title names the person the QP, set any way (qp.ts, `headingAbove`): the
  // instrument is what is missing, a warning.
  const RELEASE = (title: string) =>
    [
      'Brantwood Silver Samples 412 g/t Silver at the Corrie Vein',
      '',
      'SMITHERS, British Columbia, December 5, 2026 – Brantwood Silver Corp. (TSXV: BWS) reports that a chip ' +
        'sample across the Corrie vein returned 412 g/t silver over 1.8 metres.',
      '',
      title,
      '',
      'The technical information in this news release has been reviewed and approved by Helga Sandvik, P.Geo., ' +
        'Vice President, Exploration of the Company.',
      ''
    ].join('\n')
  const qp = async (value: string) =>
    (await lintWith('qp-statement', value)).messages
      .filter((m) => m.reason.startsWith('Missing identification'))
      .map((m) => (m.fatal ? 'error' : 'warning'))
  it('names the missing identification under a plain title as under a markdown heading', async () => {
    expect(await qp(RELEASE('## Qualified Person'))).toEqual(['warning'])
    expect(await qp(RELEASE('Qualified Person'))).toEqual(['warning'])
    expect(await qp(RELEASE('Statement of the Qualified Person'))).toEqual(['warning'])
    expect(await qp(RELEASE('Technical Information'))).toEqual(['error'])
  })
  it('still joins a sentence a blank line cut to the statement', async () => {
    const cut = RELEASE('The technical information in this news release has been reviewed and approved by').replace(
      'The technical information in this news release has been reviewed and approved by Helga',
      'Helga'
    )
    expect(await qp(cut.replace('of the Company.', 'of the Company and a Qualified Person under NI 43-101.'))).toEqual(
      []
    )
  })
})
