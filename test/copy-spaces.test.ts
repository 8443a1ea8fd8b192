/**
 * The same release as another copy writes its spaces and quotes: a line a hard wrap broke, two spaces after a
 * stop, a no-break space, curly quotes. Found by linting every QA draft again after such a change (the verdict of
 * each rule must not move) and fixed where the model read the text as written with a literal space or a straight
 * quote. Invented issuers throughout.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {sentenceBounds} from '../src/model/sentences.js'
import {lintWith} from './helpers.js'

function model(value: string) {
  return buildModel(unified().use(remarkParse).parse(value), value)
}

/** Each paragraph's lines broken at `width` columns, as an e-mail or a text copy wraps them. */
function wrapped(value: string, width = 40): string {
  return value
    .split('\n')
    .map((line) => {
      const lines: string[] = []
      let current = ''
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > width) {
          lines.push(current)
          current = word
        } else current = current ? `${current} ${word}` : word
      }
      return [...lines, current].join('\n')
    })
    .join('\n')
}

describe('a sentence as written reads a hard wrap, a tab or a no-break space as a space', () => {
  it('"ore grade" as an assay method is no term, broken over two lines', async () => {
    const value =
      'Samples above 1% copper were reanalysed by four-acid digestion and ore\ngrade ICP-AES analysis at the ' +
      'laboratory of Tamarack Assay Labs in Kamloops.\n'
    expect((await lintWith('mining-terminology', value)).messages).toEqual([])
    expect((await lintWith('mining-terminology', value.replace('ore\ngrade', 'ore\u00a0grade'))).messages).toEqual([])
    for (const width of [30, 40, 60]) {
      expect((await lintWith('mining-terminology', wrapped(value.replace('\n', ' '), width))).messages).toEqual([])
    }
  })

  it('each such character becomes one space, so offsets still map every character to the source', () => {
    const value =
      'Messrs. Ann B. Roe, P.Eng. and Tom Fry, P.Geo. from Halverson Mining\nConsultants\u00a0Limited\tare the QPs.\n'
    const [sentence] = model(value).blocks[0].sentences
    expect(sentence.raw.text).toBe(value.trim().replace(/\s/g, ' '))
    expect(value.slice(sentence.start, sentence.end)).toBe(value.trim())
  })
})

describe('placeholders broken over lines', () => {
  const draft =
    'Corrigan Lithium Inc. (the "Company") announces a private placement (the "Offering") of up to ' +
    '[10,000,000] common shares of the Company at a price of $0.15 per share.\n'

  it('a bracketed figure whose unit a wrap put on the next line is still a blank', () => {
    const broken = draft.replace('[10,000,000] common shares', '[10,000,000] common\nshares')
    expect(model(broken).placeholders.map((found) => found.text)).toEqual(['[10,000,000]'])
  })

  it('a bracketed figure a wrap put at a line’s start is no footnote mark', () => {
    const broken = draft.replace('up to [10,000,000] common shares', 'up to\n[10,000,000] Shares')
    expect(model(broken).placeholders.map((found) => found.text)).toEqual(['[10,000,000]'])
    // A footnote's mark stays one: a short number opening its line before a sentence.
    expect(model('Grades are uncut.\n[2] True widths are not known.\n').placeholders).toEqual([])
  })

  it('struck-out text a wrap broke over two lines is still the redline’s, not the release’s', async () => {
    const redline =
      'Corrigan Lithium Inc. announces a private placement of up to ~~10,000,000 common shares at $0.12~~ ' +
      '8,000,000 common shares at $0.15 per share.\n'
    const reasons = async (text: string) =>
      (await lintWith('unfilled-placeholder', text)).messages.map((message) => message.reason)
    const once = await reasons(redline)
    expect(once).toHaveLength(1)
    expect(await reasons(redline.replace('common shares at $0.12', 'common\nshares at $0.12'))).toEqual(once)
  })
})

describe('a source note that cites another company, whatever its spaces', () => {
  const release = (note: string) =>
    '# Kestrel Gold Corp. Outlines Exploration Target at Birch\n\n' +
    'VANCOUVER, BC, May 1, 2026 - Kestrel Gold Corp. (TSXV: KGC) ("Kestrel" or the "Company") reports on its ' +
    'Birch property.\n\n' +
    'The Birch property lies 20 km east of the Halden mine, along the same fault.\n\n' +
    'Sources:\n\n' +
    `${note}\n`

  it.each([
    ['one space', 'Halden Resources Inc. NI43-101 October 2011. Indicated Resources total 412,000 t at 5.1 g/t Au.'],
    ['two spaces', 'Halden Resources Inc.  NI43-101 October 2011.  Indicated Resources total 412,000 t at 5.1 g/t Au.'],
    [
      'its number kept as text',
      '5.\u00a0Halden Resources Inc. NI43-101 October 2011. Indicated Resources total 412,000 t.'
    ]
  ])('is another owner’s estimate (%s), not the issuer’s', (_, note) => {
    expect(model(release(note)).estimates.resources).toEqual([])
  })
})

describe('the issuer names itself with curly quotes', () => {
  it('(the “Company”) makes a release without a dateline the issuer’s, not a story about it', () => {
    const value =
      'Kestrel Gold Corp. (the “Company” or “Kestrel”) (TSXV: KGC) reports assays from its Birch project, with the ' +
      'company targeting a resource update in the autumn. Hole BR-12 returned 12.5 m at 3.1 g/t Au.\n'
    expect(model(value).release.speaker).toBe('issuer')
    expect(model(value.replace(/[“”]/g, '"')).release.speaker).toBe('issuer')
  })
})

describe('a French announcement whose closing is planned is no closing', () => {
  it('« la clôture du placement est prévue vers le 18 décembre »', () => {
    const value =
      'VAL-D’OR, QC, le 1er décembre 2026 /CNW/ - Minéraux Sorbier inc. (TSXV : MSB) (la « Société ») annonce un ' +
      'placement privé sans courtier d’au plus 8 000 000 d’actions accréditives au prix de 0,30 $ par action.\n\n' +
      'La clôture du placement est prévue vers le 18 décembre 2026 et demeure assujettie à l’approbation de la Bourse.\n'
    expect(model(value).offering.closing).toBe(false)
    expect(
      model(value.replace('La clôture du placement est prévue vers', 'La Société a clôturé le placement le')).offering
        .closing
    ).toBe(true)
  })
})

describe('French months as GlobeNewswire abbreviates them', () => {
  it('« juill. » ends no sentence', () => {
    const text = 'MONTRÉAL, 28 juill. 2025 (GLOBE NEWSWIRE) -- Exploration Sorbier inc. annonce la clôture.'
    expect(sentenceBounds(text)).toEqual([[0, text.length]])
  })
})

describe('a hold on securities issued from others distributed before', () => {
  it('is counted from that distribution, so a release converting subscription receipts is not checked against its date', async () => {
    const value =
      'VANCOUVER, BC, September 2, 2026 – Pellham Copper Corp. (TSXV: PHC) (the "Company") announces that it has ' +
      'completed its acquisition of the Larch project and that the escrow release conditions of its subscription ' +
      'receipts issued on July 14, 2026 have been satisfied.\n\n' +
      'The shares issued on conversion are subject to a hold period expiring on November 15, 2026, four months and ' +
      'one day after the closing of the subscription receipt offering.\n'
    const [hold] = model(value).offering.holds
    expect(hold.earlier).toBe(true)
    expect((await lintWith('hold-period', value)).messages).toEqual([])
  })
})

describe('a rule’s test of whether the draft names its subject reads a hard wrap as a space', () => {
  it('a preliminary economic assessment named over two lines still owes its caution', async () => {
    const value =
      'VANCOUVER, BC, May 1, 2026 – Kestrel Gold Corp. (TSXV: KGC) reports that a preliminary\neconomic ' +
      'assessment of its Birch project projects an after-tax NPV (5%) of $210 million and an IRR of 24% over a ' +
      'mine life of 11 years, on Indicated resources.\n'
    const reasons = async (text: string) =>
      (await lintWith('pea-caution', text)).messages.map((message) => message.reason.split(',')[0])
    expect(await reasons(value)).toContain('Missing PEA caution')
    expect(await reasons(value)).toEqual(await reasons(value.replace('\n', ' ')))
  })
})

describe('a dash a hard wrap put at a line’s start is no list', () => {
  const release =
    'VANCOUVER, BC, June 2, 2026 – Corvid Copper Corp. (TSXV: CVD) reports that drill hole CV-26-04 at its Larch ' +
    'project intersected 14.0 metres grading 1.12% Cu from 62.0 metres.\n\n' +
    'Dana Whitlock, P.Geo., Vice President Exploration of the Company and a Qualified Person as defined by ' +
    'National Instrument 43-101 - Standards of Disclosure for Mineral Projects, has reviewed and approved the ' +
    'scientific and technical information in this news release.\n'
  // The widths at which the wrap sets "- Standards …" at a line's start (markdown reads a list's item there).
  const widths = [...Array(61).keys()].map((i) => i + 40).filter((width) => wrapped(release, width).includes('\n- '))

  it('the wrapped paragraph is one block, its dash a dash', () => {
    expect(widths.length).toBeGreaterThan(0)
    for (const width of widths) {
      const {blocks} = model(wrapped(release, width))
      expect(blocks).toHaveLength(2)
      expect(blocks[1].list).toBeUndefined()
      expect(blocks[1].norm.text).toBe(model(release).blocks[1].norm.text)
    }
  })

  it('the Qualified Person statement it holds is read whole', async () => {
    const messages = async (text: string) =>
      (await lintWith('qp-statement', text)).messages.map((message) => message.reason)
    expect(await messages(release)).toEqual([])
    for (const width of widths) expect(await messages(wrapped(release, width))).toEqual([])
  })

  it('a list under its lead-in, or a title, or after a line a wrap did not fill, is a list', () => {
    for (const value of [
      'Highlights of the program at the Larch project include the following:\n' +
        '- 14.0 metres grading 1.12% Cu from 62.0 metres in hole CV-26-04\n- 9.5 metres grading 0.84% Cu\n',
      'Larch Copper Project (Exploration Licence 4411)\n' +
        '- The Larch estimate is reported at 12.4 Mt grading 0.61% Cu at a cut-off grade of 0.2% Cu, in the\n' +
        'Indicated category, with an effective date of May 1, 2026.\n',
      'The drilling at the Larch project returned a number of wide intercepts, which\nincluded\n' +
        '- 14.0 metres grading 1.12% Cu from 62.0 metres in hole CV-26-04 and more in the holes drilled since\n'
    ]) {
      const {blocks} = model(value)
      expect(blocks.at(-1)!.list).toBe(0)
    }
  })
})

describe('a website’s or a PDF’s copy, hard-wrapped after', () => {
  it('a headline of the site’s list of other releases broken over two lines is still no words of this release', () => {
    const value =
      'VANCOUVER, BC, June 2, 2026 – Corvid Copper Corp. (TSXV: CVD) has closed its private placement of ' +
      '5,000,000 shares at $0.20 per share.\n\nRecent News\n\nCorvid Copper Intersects 1.12% Copper over\n' +
      '14.0 Metres at Larch\n\nMay 4, 2026\n\nRead more »\n'
    const texts = model(value).blocks.map((block) => block.raw.text)
    expect(texts.some((text) => text.includes('1.12% Copper'))).toBe(false)
    expect(texts[0]).toContain('private placement')
  })

  it('a paragraph a page cut, its last line short from the wrap, goes on after the page’s running header', () => {
    const value =
      'Neither TSX Venture Exchange nor its Regulation Services Provider (as\nthat term is\n\n' +
      'Corvid Copper Corp. – News Release – June 2, 2026\n\n' +
      'defined in the policies of the TSX Venture Exchange) accepts\nresponsibility for the adequacy or accuracy of ' +
      'this release.\n'
    const {blocks} = model(value)
    expect(blocks).toHaveLength(1)
    expect(blocks[0].raw.text).toContain('(as\nthat term is\ndefined in')
  })
})

describe('a section’s title over the QP statement, set as a heading or as a bold line', () => {
  const release = (title: string) =>
    'Corvid Copper Corp. (TSXV: CVD) reports that hole CV-26-04 at its Larch project intersected 14.0 metres ' +
    `grading 1.12% Cu from 62.0 metres.\n\n${title}\n\nDana Whitlock, P.Geo., Vice President Exploration of the ` +
    'Company, has reviewed and approved the scientific and technical information in this news release.\n'

  it('names the person below as the Qualified Person either way: the instrument missing is a warning in each', async () => {
    const verdicts = await Promise.all(
      ['## Qualified Person', '**Qualified Person**', 'Qualified Person'].map(async (title) =>
        (await lintWith('qp-statement', release(title))).messages.map(
          (message) => `${message.fatal ? 'error' : 'warning'} ${message.reason}`
        )
      )
    )
    expect(verdicts[0]).toEqual(['warning Missing identification as a Qualified Person under NI 43-101'])
    expect(verdicts[1]).toEqual(verdicts[0])
    expect(verdicts[2]).toEqual(verdicts[0])
  })

  it('a heading that names no QP identifies nobody', async () => {
    const messages = (await lintWith('qp-statement', release('## Technical Information'))).messages
    expect(messages.map((message) => [message.fatal, message.reason])).toEqual([
      [true, 'Missing identification as a Qualified Person under NI 43-101']
    ])
  })
})
