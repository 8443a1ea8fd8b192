/**
 * The same release under another issuer's name must get the same verdict: found by renaming the issuer of every
 * corpus and QA release (an accented name, a name opening with a figure, a longer name). Invented issuers throughout.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {lintWith} from './helpers.js'

function model(value: string) {
  return buildModel(unified().use(remarkParse).parse(value), value)
}

const verdict = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text)).messages.map((message) => `${message.fatal ? 'error' : 'warning'} ${message.reason}`)

describe('an issuer whose name starts with an accented letter', () => {
  const release = (name: string, short: string) =>
    `VANCOUVER, BC, June 2, 2026 – ${name} ("${short}" or the "Company") (TSXV: ECL) reports on its Osprey project. ` +
    `${short}'s Osprey project holds an Inferred Mineral Resource of 9.8 million tonnes grading 2.8 g/t gold for ` +
    '880,000 ounces.\n'

  it('owns the estimate it calls its own ("Éclair\'s Osprey project"), as an ASCII name does', async () => {
    const ascii = await verdict('mineral-resource', release('Eclair Metals Inc.', 'Eclair'))
    expect(ascii.length).toBeGreaterThan(0)
    expect(await verdict('mineral-resource', release('Éclair Minéraux Inc.', 'Éclair'))).toEqual(ascii)
  })

  it('is the subject of its own modal ("Éclair may …"): forward-looking information as with any name', async () => {
    const text = (short: string) =>
      `VANCOUVER, BC, June 2, 2026 – ${short} Gold Inc. (the "Company" or "${short}") (TSXV: ECL) announces its ` +
      `annual meeting results. ${short} may seek a listing on a senior exchange next year.\n`
    const ascii = await verdict('forward-looking-caution', text('Eclair'))
    expect(ascii.length).toBeGreaterThan(0)
    expect(await verdict('forward-looking-caution', text('Éclair'))).toEqual(ascii)
  })
})

describe('a release written one paragraph per line, a paragraph opening with a figure', () => {
  it('"79North Metals Ltd. …" after the date\'s line, and after a sentence\'s end, starts a paragraph', () => {
    const value =
      'June 2 2026\n79North Metals Ltd. ("79North" or the "Company") is pleased to report on its acquisition of the ' +
      'Teal claims, announced on May 4, 2026, which closed today after the approval of the Exchange was received.\n' +
      '79North has issued 2,000,000 common shares to the vendor.\n'
    const texts = model(value).blocks.map((block) => block.raw.text.slice(0, 12))
    expect(texts).toEqual(['June 2 2026', '79North Meta', '79North has '])
  })

  it('a figure after a line that ends mid-sentence still goes on ("at a price of ⏎ 5 cents")', () => {
    const value =
      'The Company will issue to the vendor, on the closing of the acquisition of the Teal claims, shares at a price of\n' +
      '5 cents each, for a total of 2,000,000 shares, subject to the approval of the Exchange and other conditions.\n' +
      'x'.repeat(210) +
      '\n'
    expect(model(value).blocks[0].raw.text).toContain('price of\n5 cents')
  })
})

describe('a PDF page’s running header inside a sentence, whatever the issuer’s name', () => {
  it('a line the draft repeats, set where the sentence goes on after it, is the page’s, not the disclaimer’s', () => {
    const header = 'Canada Lithium Company Inc. – News Release – June 2, 2026'
    const value =
      `${header}\n\nCanada Lithium Company Inc. (TSXV: CLC) has closed its private placement.\n\n` +
      `Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is\n${header}\n` +
      'defined in the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of ' +
      'this release.\n'
    const disclaimer = model(value).blocks.find((block) => block.raw.text.startsWith('Neither'))
    expect(disclaimer?.raw.text).toBe(
      'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is\ndefined in the policies of ' +
        'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
    )
  })

  it('a header that never stands alone is one by its words (the release’s kind, a date set apart at its end)', () => {
    const header = 'Corvid Copper Corp. – News Release – June 2, 2026'
    const value =
      `The securities issued are subject to a hold period that\n${header}\nexpires on October 3, 2026.\n\n` +
      `Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is\n${header}\n` +
      'defined in the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of ' +
      'this release.\n'
    expect(model(value).blocks.every((block) => !block.raw.text.includes('News Release'))).toBe(true)
    // A date in a wrapped sentence the draft says twice (a website's copy and its PDF's) is no header's.
    const twice = 'The shares are subject to a hold period\nexpiring February 7, 2027,\nbeing four months and one day.'
    expect(model(`${twice}\n\n${twice}\n`).blocks.map((block) => block.raw.text)).toEqual([twice, twice])
  })

  it('a repeated line of prose is no header for its words: it starts in lower case, or ends on "to"', () => {
    // A hard-wrapped paragraph the draft says twice (pasted twice, or in a website's copy and its PDF's).
    const paragraph =
      'The securities have not been registered under the U.S. Securities Act and may not be offered or sold in the\n' +
      'United States absent registration or an applicable exemption from the registration\n' +
      'requirements. This news release does not constitute an offer to\n' +
      'sell any securities in the United States.'
    expect(model(`${paragraph}\n\n${paragraph}\n`).blocks.map((block) => block.raw.text)).toEqual([
      paragraph,
      paragraph
    ])
  })

  it('a line a hard wrap cut from words the draft repeats is no header: it never stands alone', () => {
    const paragraph =
      'The Company notes that the approval\nof the TSX Venture Exchange remains\nsubject to the filing of documents.'
    const value = `${paragraph}\n\n${paragraph}\n`
    expect(model(value).blocks.map((block) => block.raw.text)).toEqual([paragraph, paragraph])
  })

  it('a line said once stays, and so does a repeated line where the sentence does not go on', () => {
    const value =
      'Highlights of the program\n\nThe program tested the Teal zone over a strike of\nHighlights of the program\n' +
      'Two holes are planned.\n'
    expect(model(value).blocks.at(-1)?.raw.text).toContain('Highlights of the program\nTwo holes')
  })
})

describe('an issuer whose name is a word of a statement', () => {
  it('"Standard Copper" names no QA/QC standards: a release without a QA/QC program still misses it', async () => {
    const release = (name: string) =>
      `${name} Drills 14.0 Metres Grading 1.12% Copper at Larch\n\n` +
      `VANCOUVER, BC, June 2, 2026 – ${name} Corp. (the "Company" or "${name}") (TSXV: SCC) reports that hole ` +
      `LA-26-004 intersected 14.0 metres grading 1.12% Cu from 62.0 metres. ${name}'s samples were sent to ` +
      'Kestrel Assay Labs in Kamloops, BC, an independent laboratory, and analysed by four-acid digestion with ICP-OES.\n'
    const missing = (messages: string[]) => messages.filter((message) => message.includes('QA/QC'))
    const plain = missing(await verdict('exploration-results', release('Larchmont Copper')))
    expect(plain).toHaveLength(1)
    expect(missing(await verdict('exploration-results', release('Standard Copper')))).toEqual(plain)
  })

  it('the name the release defines after a long list of highlights is still the issuer’s', () => {
    const highlights = Array.from(
      {length: 30},
      (_, i) => `Hole LA-26-0${10 + i} returned ${10 + i}.0 m at 1.${i}% Li2O, extending the zone to depth.`
    )
    const value =
      'Standard Lithium Drills 21.0 m at 1.9% Li2O at Larch\n\nHighlights\n\n' +
      highlights.join('\n\n') +
      '\n\nVANCOUVER, BC, June 2, 2026 – Standard Lithium Corp. (the "Company" or "Standard") (TSXV: SLC) reports ' +
      'assays from its winter program.\n'
    expect(model(value).topics.issuerNames).toEqual(['standard'])
  })
})

describe('a release that defines no name for its issuer', () => {
  it('calls it by its legal name without the legal form, as the opening gives it before the listing', () => {
    const names = (opening: string) =>
      model(`${opening} announces the results of its annual meeting.\n`).topics.issuerNames
    expect(names('VANCOUVER, BC, June 2, 2026 – Kestrel Gold Corp. (TSXV: KGC)')).toEqual(['kestrel gold'])
    expect(
      names('VANCOUVER, BC / ACCESS Newswire / June 2, 2026 / Element 31 Resources Inc. (CSE:ELT)(OTCQB:ELTF)')
    ).toEqual(['element 31 resources'])
    expect(names('Kestrel Gold Corp. (TSXV: KGC) (the "Company" or "Kestrel")')).toEqual(['kestrel'])
  })

  it('so its own modal is forward-looking information, as under a defined name', async () => {
    const release = (defined: string) =>
      `VANCOUVER, BC, June 2, 2026 – Kestrel Gold Corp. (TSXV: KGC)${defined} announces the results of its annual ` +
      'meeting. Kestrel Gold may seek a listing on a senior exchange next year.\n'
    const defined = await verdict('forward-looking-caution', release(' (the "Company" or "Kestrel Gold")'))
    expect(defined.some((message) => message.startsWith('error'))).toBe(true)
    expect(await verdict('forward-looking-caution', release(''))).toEqual(defined)
  })
})

describe('a definition copy glued to the legal form', () => {
  it('"… Metals Corp.(“Bolt” or the “Company”)" is one sentence, and defines the issuer’s name', () => {
    const value =
      'VANCOUVER, BC – June 2, 2026 – Kestrel Metals Corp.(“Kestrel” or the “Company”) (TSXV: KST) announces a debt ' +
      'settlement.\n'
    const {sentences, topics} = model(value)
    expect(sentences).toHaveLength(1)
    expect(topics.issuerNames).toEqual(['kestrel'])
  })
})
