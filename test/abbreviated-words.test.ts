/**
 * An abbreviation inside a sentence is read as the word it stands for ("approx." as "approximately", "incl." as
 * "including", "excl." as "excluding"): what a rule reads of the word it reads of the abbreviation, and the
 * abbreviation's period ends no gap a pattern looks across ("intervals represent approx. 85% of the true width").
 * The draft's own words are still what a message quotes. Invented issuers, our own words.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {normalize} from '../src/model/text.js'
import {format, lintPreset, lintWith} from './helpers.js'

const read = (text: string) => normalize({text, offsets: Int32Array.from(text, (_, i) => i)})

const RELEASE = (notes: string) => `# Larkspur Gold Intersects 8.4 g/t Gold over 6.0 Metres at Fenwick

VANCOUVER, British Columbia, December 1, 2026 – Larkspur Gold Corp. (TSX-V: LKG) reports assay results from hole \
FW-26-014 at its Fenwick gold project in central British Columbia.

Hole FW-26-014, drilled at an azimuth of 045° and a dip of -60° from a collar at 512300E 6123450N (UTM NAD83), \
intersected 8.4 g/t gold over 6.0 metres from 112.0 metres, including 21.7 g/t gold over 1.5 metres.

${notes}

Drill core was sawn in half; one half went to an independent laboratory for fire assay with an atomic absorption \
finish. Certified reference materials, blanks and duplicates were inserted at a rate of one in ten samples.

The technical information in this news release has been reviewed and approved by Dana Whitlow, P.Geo., Vice \
President Exploration of the Company and a Qualified Person as defined by National Instrument 43-101.

Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of \
the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.
`
const trueWidths = async (notes: string) =>
  (await lintPreset(RELEASE(notes))).messages.filter((message) => /true widths/i.test(message.reason))

describe('abbreviations read as their words', () => {
  it('reads "approx.", "incl." and "excl." inside a sentence as the words', () => {
    expect(read('Intervals represent approx. 85% of the true width.').text).toBe(
      'intervals represent approximately 85% of the true width.'
    )
    expect(read('12.0 m at 3.1 g/t Au incl. 2.0 m at 11.4 g/t Au').text).toBe(
      '12.0 m at 3.1 g/t au including 2.0 m at 11.4 g/t au'
    )
    expect(read('Resources (excl. Mineral Reserves)').text).toBe('resources (excluding mineral reserves)')
    expect(read('Approx.\u00a085% of the true width').text).toBe('approximately 85% of the true width')
  })

  it('keeps the period where nothing of the sentence follows on the line, and in an address or a longer word', () => {
    expect(read('The hole ended at 300 m approx.').text).toBe('the hole ended at 300 m approx.')
    expect(read('The hole ended at 300 m approx.\nNext').text).toBe('the hole ended at 300 m approx. next')
    expect(read('See www.approx.ca for it').text).toBe('see www.approx.ca for it')
    expect(read('A reincl. note').text).toBe('a reincl. note')
  })

  it('maps the whole word back to the abbreviation as written, period included', () => {
    const source = 'They represent approx. 85% of it.'
    const norm = read(source)
    const from = norm.text.indexOf('approximately')
    const to = from + 'approximately'.length
    expect(source.slice(norm.offsets[from], norm.offsets[to - 1] + 1)).toBe('approx.')
    expect(norm.text.slice(norm.starts[source.indexOf('85')]).trimStart()).toBe('85% of it.')
  })

  it('keeps every source offset in order, whatever surrounds the abbreviations', () => {
    const unit = fc.constantFrom('approx.', 'incl.', 'excl.', ' ', '\n', '85', 'A', 'x', '.', '$', '(', 'www.')
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 12}), (units) => {
        const norm = read(units.join(''))
        for (let i = 1; i < norm.text.length; i++) expect(norm.offsets[i]).toBeGreaterThanOrEqual(norm.offsets[i - 1])
      }),
      {numRuns: 300}
    )
  })

  it('reads the true widths stated with "approx." as stated (NI 43-101 s.3.3(2)(c))', async () => {
    expect(await trueWidths('Intervals are core lengths and represent approx. 85% of the true width.')).toEqual([])
    expect(await trueWidths('Intervals are core lengths and represent approximately 85% of the true width.')).toEqual(
      []
    )
  })

  it('still asks for true widths when none are stated', async () => {
    expect(await trueWidths('Intervals are reported as core lengths, approx. 1.5 m each.')).not.toEqual([])
  })

  it.each(['M&I excl. Reserves', 'M&I excluding Reserves', 'M&I (incl. Mineral Reserves)'])(
    'reads the resource table label "%s" as saying whether the resources include the reserves (NI 43-101 s.2.2)',
    async (label) => {
      const text = [
        'Kelowna, BC, March 9, 2026 - Tarrow Silver Corp. (TSXV: TWS) reports updated Mineral Reserves and Mineral ' +
          'Resources for its Ledge Creek silver project, effective December 31, 2025.',
        '',
        `| Category | Proven & Probable (Mt) | Ag (g/t) | ${label} (Mt) | Ag (g/t) |`,
        '| --- | --- | --- | --- | --- |',
        '| Ledge Creek | 6.2 | 141 | 9.8 | 122 |',
        '',
        'Notes: Reserves at US$24/oz silver and a 60 g/t cut-off; Resources at US$27/oz silver and a 45 g/t ' +
          'cut-off. Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'
      ].join('\n')
      const found = (await lintWith('mineral-resource', text + '\n')).messages.map(format).join('\n')
      expect(found).not.toMatch(/include the mineral reserves/)
    }
  )
})
