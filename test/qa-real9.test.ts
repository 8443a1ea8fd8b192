/**
 * Corporate, acquisition, production and other releases that are neither drill results nor a plain financing, of
 * the kinds a ninth QA round read on real newswire copy and news services' reports (the cases below are invented
 * issuers in our own words, each reproducing the shape of a defect the document model once misread).
 */
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const CAUTION =
  'Forward-looking information: this release contains forward-looking information, including the timing of ' +
  'production. Actual results may differ materially. Risks include metal prices. The Company assumes that permits ' +
  'are kept and undertakes no obligation to update it, except as required by law.'

describe('release: a news service’s report of an interview points to the interview', () => {
  const report =
    '# MineWire – Tamsin Mining Corp. (TSXV: TMS) Starts Production at Its Ferrand Mill\n\n' +
    'Tamsin Mining (TSXV: TMS) has started gold concentrate production at its Ferrand mill and is preparing to ' +
    'process ore from a partner’s project next quarter. CEO Lyle Brandt spoke about the milestone.\n\n'
  it.each(['To view the full interview, visit https://example.com/tms', 'To watch the interview, click here.'])(
    '%s',
    async (pointer) => {
      const value = report + pointer
      const release = model(value).release
      expect(release.speaker).toBe('third-party')
      const words = value.slice(release.speakerEvidence!.start, release.speakerEvidence!.end)
      expect(pointer.startsWith(words)).toBe(true)
      expect(await messages('exchange-disclaimer', value)).toEqual([])
      const caution = await messages('forward-looking-caution', value)
      expect(caution.length).toBe(1)
      expect(caution[0]).toContain(': warning ')
    }
  )

  it('the issuer’s own release that links to its CEO’s interview stays the issuer’s', () => {
    const value = report + 'To view the full interview, visit https://example.com/tms\n\n' + CAUTION
    expect(model(value).release.speaker).toBe('issuer')
  })
})

describe('release: a story about the issuer, with no dateline and no apparatus, that calls it “the company”', () => {
  const story = (close: string) =>
    '# Ardmore Silver’s Quillan Project Shows Strong Economics\n\n' +
    'Ardmore Silver Corp. has released a preliminary economic assessment for its Quillan project in Peru, with an ' +
    'after-tax net present value of US$310 million and an internal rate of return of 41%. The company plans to ' +
    'build a 2,000 tonne per day mill and expects permits by the end of next year.\n\n' +
    `Chief Executive Officer Ines Moro said the results confirm a district-scale project. ${close}`

  it.each([
    ['a reporter’s closing line', 'This development is noteworthy for investors in the silver sector.'],
    ['an officer quoted with her own “we”', '“We will now move to a feasibility study,” she added.']
  ])('%s', async (_kind, close) => {
    const value = story(close)
    const release = model(value).release
    expect(release.speaker).toBe('third-party')
    expect(value.slice(release.speakerEvidence!.start, release.speakerEvidence!.end)).toBe('The company')
    expect(await messages('exchange-disclaimer', value)).toEqual([])
    const caution = await messages('forward-looking-caution', value)
    expect(caution.length).toBe(1)
    expect(caution[0]).toContain(': warning ')
  })

  it.each([
    ['with a dateline', (s: string) => s.replace('\n\nArdmore', '\n\nLIMA, Peru, May 1, 2026 /Newswire/ - Ardmore')],
    ['that names itself “the Company”', (s: string) => s.replace('The company plans', 'The Company plans')],
    ['in the first person', (s: string) => s.replace('This development', 'We believe this development')],
    ['that announces in its voice', (s: string) => s.replace('Corp. has released', 'Corp. is pleased to announce')],
    ['that carries a forward-looking caution', (s: string) => s + '\n\n' + CAUTION]
  ])('an issuer’s own release %s stays the issuer’s', async (_kind, edit) => {
    const value = edit(story('This development is noteworthy for investors in the silver sector.'))
    expect(model(value).release.speaker).toBe('issuer')
    const disclaimer = await messages('exchange-disclaimer', value)
    expect(disclaimer.length).toBe(1)
    expect(disclaimer[0]).toContain(': error ')
  })
})

describe('qp-statement: the study a statement says was prepared is no one’s name', () => {
  const release = (statement: string) =>
    'VANCOUVER, BC, May 1, 2026 /Newswire/ - Tarrow Metals Corp. (TSXV: TRW) ("Tarrow" or the "Company") has filed ' +
    `its updated feasibility study for the Kelso project.\n\n${statement}\n\nNeither TSX Venture Exchange nor its ` +
    'Regulation Services Provider (as that term is defined in the policies of the TSX Venture Exchange) accepts ' +
    'responsibility for the adequacy or accuracy of this release.'

  it.each([
    'The Definitive Feasibility Study was prepared by independent Qualified Persons as defined in NI 43-101.',
    'The Updated Preliminary Economic Assessment Report was prepared by independent Qualified Persons under NI 43-101.'
  ])('%s', async (statement) => {
    const value = release(statement)
    expect(model(value).qp?.person).toBeUndefined()
    const found = await messages('qp-statement', value)
    expect(found.some((m) => m.includes(': error ') && m.includes('Missing name of the Qualified Person'))).toBe(true)
  })

  it('a named QP beside the study is still read', () => {
    const value = release(
      'The Definitive Feasibility Study was prepared under the supervision of Dana Whitlock, P.Eng., an independent ' +
        'Qualified Person as defined in NI 43-101.'
    )
    expect(model(value).qp?.person?.words).toBe('Dana Whitlock')
  })
})

describe('listing: an issuer tagged only abroad is not listed where its partner is', () => {
  const release = (lead: string, more = '') =>
    `DENVER, Colorado, May 1, 2026 /Newswire/ - ${lead} has signed a letter of intent to supply rare earth ` +
    'concentrate to Borealis Refining Inc. ("Borealis") from its Kettle project.\n\n' +
    `About Borealis\n\nBorealis is listed on the TSX Venture Exchange under the trading symbol "BRL".${more}`
  const DISCLAIMER =
    '\n\nNeither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies ' +
    'of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'

  it('the partner’s listing statement is the partner’s', async () => {
    const value = release('Kettle Metals Corp. (Nasdaq: KTLM) ("Kettle" or the "Company")')
    expect(model(value).exchange).toBeUndefined()
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })

  it.each([
    ['a TSX-V tag beside the one abroad', release('Kettle Metals Corp. (OTCQB: KTLMF) (TSXV: KTL)'), 'TSXV'],
    ['the TSX-V disclaimer it carries', release('Kettle Metals Corp. (OTCQB: KTLMF)', DISCLAIMER), 'TSXV'],
    ['no tag at all', release('Kettle Metals Corp.'), 'TSXV']
  ])('an issuer with %s keeps the exchange its evidence names', (_kind, value, exchange) => {
    expect(model(value).exchange).toBe(exchange)
  })
})

describe('layout: a wire named in a web address is a footer, not a dateline', () => {
  const story =
    '# Quarry Clean Tech discusses its tailings process\n\n' +
    'Quarry Clean Tech (TSXV: QCT) CEO Ona Vale discussed the company’s tailings process with a reporter.\n\n' +
    'Vale explained that the process recovers zircon from waste and that the company plans a pilot plant.\n\n'

  it.each([
    'View source version on newsdirect.com: https://newsdirect.com/news/quarry-clean-tech-123',
    'View source version on accesswire.com: https://www.accesswire.com/123/quarry'
  ])('%s', async (footer) => {
    const value = story + footer
    expect(model(value).layout.dateline).toBeUndefined()
    expect(model(value).release.speaker).toBe('third-party')
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })

  it('a dateline that names its wire is still one', () => {
    const value =
      'VANCOUVER, BC /CNW/ - Quarry Clean Tech (TSXV: QCT) announces that it will build a pilot plant for ' +
      'its tailings process.\n\nMore.'
    expect(model(value).layout.dateline?.index).toBe(0)
  })
})

describe('forward-looking: a listed security’s status is no plan', () => {
  const release = (sentence: string) =>
    'VANCOUVER, BC, August 4, 2026 /Newswire/ - Birchwood Metals Inc. (TSXV: BWM) ("Birchwood" or the "Company") ' +
    `announces that its common shares have been approved for quotation on the OTCQB under the symbol "BWMTF". ${sentence}`

  it.each([
    'The common shares will continue to trade on the TSX Venture Exchange under the symbol "BWM".',
    'The shares will also continue to be listed on the TSX Venture Exchange.'
  ])('%s', async (sentence) => {
    const value = release(sentence)
    expect(model(value).topics.forwardLooking).toBeUndefined()
    expect(await messages('forward-looking-caution', value)).toEqual([])
  })

  it('a plan beside it is still forward-looking', () => {
    const value = release(
      'The shares will continue to trade on the TSXV, and the Company will drill its Ardley project.'
    )
    expect(model(value).topics.forwardLooking?.strength).toBe('strong')
  })
})
