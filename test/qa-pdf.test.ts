/**
 * Compliant releases as they reach the tool after copy (qa-pdf): text copied out of a PDF of the filed release
 * (running headers and footers with page numbers between paragraphs or inside one), paragraphs indented as Word
 * saves them as text (a tab on the first line) or by four spaces. A compliant release stays compliant through the
 * copy, and a statement dropped is still caught. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {normalize} from '../src/model/text.js'
import {format, lintPreset, lintWith, wrapLines} from './helpers.js'

const DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
  'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'

const TOP = 'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES'
const LEAD =
  'KELOWNA, British Columbia, November 19, 2026 - Thornbury Lake Metals Corp. (TSXV: TLM) (the "Company") has ' +
  'closed its non-brokered private placement of 6,000,000 common shares at $0.25 per share for gross proceeds of ' +
  '$1,500,000.'
const HOLD = 'The shares issued are subject to a hold period of four months and one day under securities laws.'
const US =
  'The shares have not been and will not be registered under the United States Securities Act of 1933, as ' +
  'amended, or any state securities laws, and may not be offered or sold in the United States absent ' +
  'registration or an applicable exemption. This release is not an offer to sell securities in the United States.'
const CAUTION =
  'This release contains forward-looking information, including the use of the proceeds. It rests on ' +
  'assumptions, including that the Company spends the proceeds as planned. Actual results may differ materially ' +
  'because of risks, including the results of exploration and market conditions. The Company does not undertake ' +
  'to update forward-looking information except as required by law.'

const wrap = (text: string) => wrapLines(text)

/** The paragraph hard-wrapped, a page's footer set after its line `at` (as its own paragraph or as a line). */
function pageCut(text: string, at: number, footer: string, own: boolean): string {
  const lines = wrap(text)
  const gap = own ? '\n\n' : '\n'
  return lines.slice(0, at).join('\n') + gap + footer + gap + lines.slice(at).join('\n')
}

const release = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n'
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text)).messages.map(format)

describe('a page header or footer copied from a PDF inside a statement', () => {
  const FOOTERS = ['Thornbury Lake Metals Corp. | News Release | Page 2 of 2', 'Page 2 of 2', '- 2 -', '2']

  it('reads the disclaimer whole across a footer set as a paragraph or as a line of its own', async () => {
    for (const footer of FOOTERS) {
      for (const own of [true, false]) {
        const text = release(TOP, LEAD, HOLD, US, CAUTION, pageCut(DISCLAIMER, 1, footer, own))
        expect(await messages('exchange-disclaimer', text), `${footer} ${own}`).toEqual([])
      }
    }
    // A disclaimer element dropped is still named; a title set at a page's foot stays apart from the next paragraph.
    const dropped = DISCLAIMER.replace('accepts responsibility for', 'is answerable for')
    const text = release(TOP, LEAD, HOLD, US, CAUTION, pageCut(dropped, 1, FOOTERS[0], true))
    expect((await messages('exchange-disclaimer', text)).join('\n')).toMatch(/accepts responsibility/)
    const title = 'Cautionary Note Regarding Forward-Looking Information'
    const titled = release(TOP, LEAD, HOLD, US, title, 'Page 2 of 2', CAUTION, DISCLAIMER)
    expect(await messages('forward-looking-caution', titled)).toEqual([])
  })

  it('reads a footer whose parts copy set apart by columns of spaces or a tab as a footer', async () => {
    for (const footer of ['Thornbury Lake Metals Corp.    Page 2 of 2', 'November 19, 2026\tPage 2', '2 | Page']) {
      const text = release(TOP, LEAD, HOLD, US, CAUTION, pageCut(DISCLAIMER, 1, footer, true))
      expect(await messages('exchange-disclaimer', text), footer).toEqual([])
    }
  })

  it('reads a hold period and a U.S. paragraph cut by a page whole', async () => {
    const hold = HOLD.replace(' and one day', '\n\nPage 1 of 2\n\nand one day')
    const us = US.replace(
      ' the United States absent',
      '\nThornbury Lake Metals Corp. – Page 2\nthe United States absent'
    )
    expect(await messages('hold-period', release(TOP, LEAD, hold, US, CAUTION, DISCLAIMER))).toEqual([])
    expect(await messages('us-securities-act', release(TOP, LEAD, HOLD, us, CAUTION, DISCLAIMER))).toEqual([])
  })

  it("reads a resource estimate's caution on economic viability whole across a page", async () => {
    const estimate =
      'GATINEAU, Quebec, November 23, 2026 - Pellet River Gold Inc. (TSXV: PRG) reports a Mineral Resource ' +
      'estimate for its Ruisseau Noir deposit, effective October 31, 2026: Indicated Mineral Resources of 8.2 ' +
      'million tonnes grading 1.4 g/t gold for 369,000 ounces, at a cut-off grade of 0.4 g/t gold and a gold ' +
      'price of US$2,000 per ounce.'
    const viability =
      'The estimate was prepared under the CIM Definition Standards, and the Company reminds readers that ' +
      'Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'
    const lines = wrap(viability)
    const cut = lines.findIndex((line) => /not$/.test(line)) + 1 || 1
    const text = release(estimate, pageCut(viability, cut, 'Pellet River Gold Inc. | Page 2 of 3', true))
    expect(await messages('mineral-resource', text)).toEqual([])
    // A page number alone is not taken for one in a table's column of figures.
    const table = ['Hole', 'Azimuth', 'Dip', 'TR-1', '045', '-55', 'TR-2', '050', '-60'].join('\n')
    const lead =
      'PRINCE GEORGE, British Columbia, November 20, 2026 - Sable Fork Resources Ltd. (TSXV: SFR) reports that ' +
      'hole TR-1 intersected 3.2 g/t gold over 8.0 metres and hole TR-2 intersected 1.9 g/t gold over 12.0 metres.'
    expect((await messages('exploration-results', release(lead, table))).join('\n')).not.toMatch(/azimuth|dip/i)
  })
})

describe('paragraphs indented as a text file saves them (a tab on the first line, four spaces)', () => {
  const indented = (paragraphs: string[], indent: string) => release(...paragraphs.map((p) => indent + p))

  it('reads each indented paragraph as a paragraph: a hold period dropped is caught', async () => {
    for (const indent of ['\t', '    ']) {
      const ok = indented([LEAD, HOLD, US, CAUTION, DISCLAIMER], indent)
      const dropped = indented([LEAD, US, CAUTION, DISCLAIMER], indent)
      expect(await messages('hold-period', TOP + '\n\n' + ok), JSON.stringify(indent)).toEqual([])
      expect((await messages('hold-period', TOP + '\n\n' + dropped)).join('\n')).toMatch(/Missing hold period/)
    }
    // Compliant through the indentation and CRLF of a Word text file.
    const text = (TOP + '\n\n' + indented([LEAD, HOLD, US, CAUTION, DISCLAIMER], '\t')).replace(/\n/g, '\r\n')
    expect((await lintPreset(text)).messages.map(format)).toEqual([])
  })
})

describe('UTF-8 read as Windows-1252 (mojibake) in a release pasted from a web page or an e-mail', () => {
  /** The text as a program that read its UTF-8 bytes as Windows-1252 (or Latin-1) shows it. */
  const garble = (text: string, latin1 = false): string => {
    const bytes = new TextEncoder().encode(text)
    if (latin1) return String.fromCharCode(...bytes)
    return new TextDecoder('windows-1252').decode(bytes)
  }
  const norm = (text: string) => normalize({text, offsets: new Int32Array(text.length), base: 0}).text

  it('reads the characters the garbled bytes spell', () => {
    const text = 'Mr. Rémi Lacasse’s “Qualified Person” – 7.4\u00a0g/t gold; Québec • 5 €'
    expect(norm(garble(text))).toBe(norm(text))
    expect(norm(garble(text, true))).toBe(norm(text))
    // A no-break space whose second byte copy made a space, and a right quote whose last byte was dropped.
    expect(norm('7.4\u00c2 g/t and the \u00e2\u20ac\u0153Company\u00e2\u20ac or')).toBe(
      norm('7.4 g/t and the "Company" or')
    )
    // French as written keeps its letters and signs: « été », « CHÂTEAU », SÃO.
    const french = 'l’été\u00a0» au «\u00a0CHÂTEAU\u00a0» de SÃO'
    expect(norm(french)).toBe('l\'été " au " château " de são')
  })

  it('reads grades garbled by copy as grades: true widths dropped are caught', async () => {
    const lead =
      'SMITHERS, British Columbia, November 17, 2026 – Ardent Falls Gold Corp. (TSXV: AFG) reports that hole ' +
      'AF-26-011 intersected 6.3\u00a0g/t gold over 9.0\u00a0metres from 54.0\u00a0metres.'
    const widths = 'True widths are estimated at 70% of the core lengths.'
    const lab =
      'Core samples were analysed by fire assay at the SGS laboratory in Burnaby, British Columbia, which is ' +
      'independent of the Company, and the Company’s QA/QC program inserts standards and blanks.'
    const withWidths = garble(release(`${lead} ${widths}`, lab))
    const without = garble(release(lead, lab))
    expect(without).toContain('6.3\u00c2\u00a0g/t')
    expect((await messages('exploration-results', withWidths)).join('\n')).not.toMatch(/true widths/)
    expect((await messages('exploration-results', without)).join('\n')).toMatch(/Missing true widths/)
  })
})

describe('a word a PDF hyphenated at a line end, a ligature on either side of the break', () => {
  const norm = (text: string) => normalize({text, offsets: new Int32Array(text.length), base: 0}).text

  it('joins the word, and keeps a compound ligature-set ("ﬂow-through") a compound', () => {
    expect(norm('a Quali-\n\uFB01ed Person')).toBe('a qualified person')
    expect(norm('the assay certi\uFB01-\ncates')).toBe('the assay certificates')
    expect(norm('9,000,000 \uFB02ow-\nthrough shares')).toBe('9,000,000 flow-through shares')
  })

  it('reads a QP statement broken so as a QP statement', async () => {
    const lead =
      'TIMMINS, Ontario, November 16, 2026 - Wickham Bay Gold Ltd. (TSXV: WBG) reports that hole WB-26-07 ' +
      'intersected 5.1 g/t gold over 7.5 metres.'
    const qp =
      'The scienti\uFB01c and technical information in this release has been reviewed and approved by the ' +
      'Company\u2019s Vice President Exploration, Hal Osterberg, P.Geo., a Quali-\n\uFB01ed Person as de\uFB01ned ' +
      'by National Instrument 43-101, who is not independent of the Company.'
    expect(await messages('qp-statement', release(lead, qp))).toEqual([])
  })
})

describe("a footnote's number a PDF set as a superscript, glued to the word by copy", () => {
  const norm = (text: string) => normalize({text, offsets: new Int32Array(text.length), base: 0}).text

  it('is read apart from the word it marks; figures, names and symbols ending in one keep it', () => {
    expect(norm('a Qualified Person1 as defined')).toBe('a qualified person as defined')
    expect(norm('Indicated Mineral Resources2 of 8.2 million tonnes, true widths3.')).toBe(
      'indicated mineral resources of 8.2 million tonnes, true widths.'
    )
    for (const kept of ['over11.0 metres', 'from8 metres', 'hole TR-26 and Li2O', 'km2 of claims', 'in 2026', 'U3O8'])
      expect(norm(kept)).toBe(kept.toLowerCase())
  })

  it('reads a QP statement with a footnote mark as a QP statement', async () => {
    const lead =
      'VAL-D\u2019OR, Quebec, November 21, 2026 - Marrow Lake Mining Inc. (TSXV: MLM) reports that hole ML-26-02 ' +
      'intersected 4.4 g/t gold over 6.0 metres.'
    const qp =
      'Jules Ferrand, P.Geo., the Company\u2019s Exploration Manager and a Qualified Person1 as defined by ' +
      'National Instrument 43-101, has reviewed and approved the technical information in this release. He is ' +
      'not independent of the Company.'
    const note = '1 As the term is used in National Instrument 43-101 Standards of Disclosure for Mineral Projects.'
    expect(await messages('qp-statement', release(lead, qp, note))).toEqual([])
  })
})

describe('character references a web page left as text ("&nbsp;" where its source held "&amp;nbsp;")', () => {
  const norm = (text: string) => normalize({text, offsets: new Int32Array(text.length), base: 0}).text

  it('are read as their characters; an ampersand in a name stays', () => {
    expect(norm('four months&nbsp;and one day, the Company&rsquo;s &#8220;Units&#x201D;')).toBe(
      'four months and one day, the company\'s "units"'
    )
    expect(norm('R&D; AT&T and Smith &amp; Ng LLP; &bogus;')).toBe('r&d; at&t and smith & ng llp; &bogus;')
  })

  it('reads a hold period so copied as the full hold period', async () => {
    const hold = 'The shares issued are subject to a hold period of four months&amp;nbsp;and one day.'
    const text = release(TOP, LEAD, hold, US, CAUTION, DISCLAIMER)
    expect(await messages('hold-period', text)).toEqual([])
  })
})

describe('the header of the e-mail a release was forwarded or answered in', () => {
  const HEADERS = [
    '-----Original Message-----\nFrom: Investor Relations\nSent: Wednesday, November 18, 2026 5:40 PM\n' +
      'To: Legal\nSubject: FW: final release',
    'De : Relations investisseurs\nEnvoyé : mercredi 18 novembre 2026 17:40\nÀ : Juridique\nObjet : TR: communiqué',
    'On Wed, Nov 18, 2026 at 5:40 PM, Ines Varga <ivarga@thornbury.example.com> wrote:'
  ]

  it("is not the dateline: the hold expiry is counted from the release's own date", async () => {
    const hold = 'The shares issued are subject to a hold period of four months and one day, expiring March 20, 2027.'
    for (const header of HEADERS) {
      const text = release(header, TOP, LEAD, hold, US, CAUTION, DISCLAIMER)
      expect(await messages('hold-period', text), header).toEqual([])
      expect(await messages('us-distribution-legend', text), header).toEqual([])
    }
  })
})
