/**
 * The issuer's exchange and its disclaimer, one invented issuer per class of
 * failure seen on real releases: an abbreviation defined inside the
 * disclaimer, words run together or split by copy, a one-word slip, singular
 * "Service", a Cboe Canada (formerly NEO) issuer, a TSX issuer with the TSX's
 * own statement, conflicting listing evidence; and the defects that must stay
 * errors.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import exchangeDisclaimer, {CSE_DISCLAIMER, TSXV_DISCLAIMER} from '../rules/exchange-disclaimer.js'
import {copiedParenthetical, disclaimerDefect, termSlips} from '../src/model/disclaimer-defects.js'
import {runsOn} from '../src/model/document.js'
import {buildModel, getModel, type Model} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

const model = (value: string): Model => buildModel(unified().use(remarkParse).parse(value), value)
const lint = async (value: string) => (await lintWith('exchange-disclaimer', value)).messages.map(format)

describe('exchange-disclaimer on what copy and issuers really do', () => {
  it.each([
    [
      'an abbreviation defined inside the disclaimer',
      'Hollis Bay Gold Inc. (TSXV: HBG) reports assays.',
      'Neither the TSX Venture Exchange (the \u201cExchange\u201d) nor its Regulation Services Provider ' +
        '(as that term is defined in the policies of the Exchange) accepts responsibility for the adequacy ' +
        'or accuracy of this release.'
    ],
    [
      'words run together and split by newswire copy',
      'Hollis Bay Gold Inc. (TSXV: HBG) reports assays.',
      'Neither the TSX Venture Exchange norits Regulation Services Provider (as that term is defined in ' +
        'thepolicies of the TSX Venture Exchange) accepts responsibility for the adequacy or ac curacy of ' +
        'this news release.'
    ],
    [
      'a one-word slip',
      'Hollis Bay Gold Inc. (TSXV: HBG) reports assays.',
      'Neither the TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for ' +
        'the adequacy of accuracy of this release.'
    ],
    [
      'a TSX issuer with the TSX’s own statement and no ticker',
      'Ironwood Mines Ltd. has received conditional approval from the TSX for its offering.',
      'The TSX does not accept responsibility for the adequacy or accuracy of this news release.'
    ],
    [
      'a Cboe Canada issuer with a Cboe-named statement',
      'Kestrel Lithium Corp. (Cboe CA: KLC) reports assays.',
      'Neither Cboe Canada Inc. nor its Regulation Services Provider accepts responsibility for the ' +
        'adequacy or accuracy of this release.'
    ],
    [
      'a NEO Exchange issuer with no statement',
      'Kestrel Lithium Corp. (NEO: KLC) reports assays.',
      'For further information contact the Chief Executive Officer.'
    ],
    [
      'a CSE issuer with the CSE’s statement, words run together',
      'Larkspur Silver Inc. (CSE: LKS) reports assays.',
      'Neither the CanadianSecurities Exchange nor itsMarket Regulator (as that term is defined in the ' +
        'policies of the Canadian Securities Exchange) accepts responsibility for the adequacy or accuracy ' +
        'of this release.'
    ],
    [
      'a word added inside an element, and a longer object',
      'Hollis Bay Gold Inc. (TSXV: HBG) reports assays.',
      'Neither the TSX Venture Exchange nor its Regulation Services Provider (as defined in the policies of the ' +
        'TSX Venture Exchange) accepts any responsibility for the adequacy or the accuracy of the information in ' +
        'this news release.'
    ]
  ])('accepts %s', async (_, lead, closing) => {
    expect(await lint(`${lead}\n\n${closing}\n`)).toEqual([])
  })

  it('offers a CSE issuer the CSE’s own formula, with its term “Market Regulator”, for a TSX-V disclaimer', async () => {
    const file = await lintWith(
      'exchange-disclaimer',
      `Larkspur Silver Inc. (CSE: LKS) reports assays.\n\n${TSXV_DISCLAIMER}\n`
    )
    expect(file.messages.map((m) => m.expected)).toEqual([[CSE_DISCLAIMER]])
    expect(CSE_DISCLAIMER).toContain(
      'nor its Market Regulator (as that term is defined in the policies of the Canadian'
    )
    // The formula the fix inserts is one the rule accepts.
    expect(await lint(`Larkspur Silver Inc. (CSE: LKS) reports assays.\n\n${CSE_DISCLAIMER}\n`)).toEqual([])
  })

  it('warns, at most, on singular "Service" with an inline definition', async () => {
    expect(
      await lint(
        'Hollis Bay Gold Inc. reports assays.\n\nNeither the TSX Venture Exchange ("TSX-V") nor its ' +
          'Regulation Service Provider (as that term is defined in the policies of the TSX-V) accepts ' +
          'responsibility for the adequacy or accuracy of this press release.\n'
      )
    ).toEqual(['3:52-3:79: warning Unexpected “Regulation Service Provider”, expected “Regulation Services Provider”'])
  })

  it('warns on a parenthetical copied from another exchange’s disclaimer', async () => {
    expect(
      await lint(
        'Hollis Bay Gold Inc. (TSXV: HBG) reports.\n\nNeither the TSX Venture Exchange nor its Regulation Services ' +
          'Provider (as that term is defined in the policies of the Canadian Securities Exchange) accepts ' +
          'responsibility for the adequacy or accuracy of this release.\n'
      )
    ).toEqual([
      "3:119-3:147: warning Unexpected Canadian Securities Exchange in the disclaimer's parenthetical, expected TSX Venture Exchange"
    ])
  })

  it('warns on conflicting listing evidence, naming both, instead of a confident error', async () => {
    const value =
      'VANCOUVER, BC, March 3, 2026 - Marlow Creek Metals Corp. (TSXV: MCM) settles debt.\n\n' +
      'Marlow Creek Metals trades on the CSE under the symbol MCM.\n\n' +
      'The Canadian Securities Exchange has not approved or disapproved this news release.\n'
    const m = model(value)
    expect(m.exchangeDecision.conflict?.map((e) => e.exchange).sort()).toEqual(['CSE', 'TSXV'])
    expect(await lint(value)).toEqual([
      '1:59-1:68: warning Unexpected listings on two exchanges, “trades on the CSE under the symbol MCM” ' +
        'and “TSXV: MCM”, expected one'
    ])
  })

  it('still errs on the TSX-V’s disclaimer in a Cboe Canada issuer’s release', async () => {
    const messages = (
      await lintWith('exchange-disclaimer', `Kestrel Lithium Corp. (Cboe CA: KLC) reports.\n\n${TSXV_DISCLAIMER}\n`)
    ).messages
    expect(messages.map((m) => [m.fatal, m.reason])).toEqual([
      [true, 'Unexpected TSX Venture Exchange disclaimer in the release of a Cboe Canada-listed issuer']
    ])
    expect(messages[0].note).toMatch(/no Cboe Canada disclaimer mandate is confirmed/i)
  })

  it('still errs on a CSE statement in a TSX-V release when nothing else says CSE', async () => {
    expect(
      await lint(
        'Hollis Bay Gold Inc. (TSXV: HBG) reports.\n\nNeither the Canadian Securities Exchange nor its ' +
          'Market Regulator accepts responsibility for the adequacy or accuracy of this release.\n'
      )
    ).toEqual([
      '3:1-3:135: error Unexpected Canadian Securities Exchange in the disclaimer of a TSX-V issuer, ' +
        'expected TSX Venture Exchange'
    ])
  })

  it.each([
    [
      'drops “Provider”',
      'Neither the TSX Venture Exchange nor its Regulation Services accepts responsibility for the ' +
        'adequacy or accuracy of this release.',
      /drops “Provider” from “Regulation Services Provider”/
    ],
    [
      'uses “Market Regulator”',
      'Neither the TSX Venture Exchange nor its Market Regulator accepts responsibility for the adequacy ' +
        'or accuracy of this release.',
      /replaces “Regulation Services Provider” with “Market Regulator”/
    ],
    [
      'names no exchange',
      'Neither the Exchange nor its Regulation Services Provider accepts responsibility for the adequacy ' +
        'or accuracy of this release.',
      /names no exchange/
    ],
    [
      'drops “Neither … nor its”',
      'The TSX Venture Exchange has not reviewed this release and takes no responsibility for its adequacy ' +
        'or accuracy.',
      /Regulation Services Provider/
    ],
    [
      'adds a party',
      'Neither the TSX Venture Exchange, the Lima Stock Exchange, nor its Regulation Services Provider ' +
        'accepts responsibility for the adequacy or accuracy of this release.',
      /“the Lima Stock Exchange” added/
    ],
    [
      'takes rather than accepts responsibility',
      'Neither the TSX Venture Exchange nor its Regulation Services Provider takes responsibility for the adequacy ' +
        'or accuracy of this release.',
      /drops “accepts” from “accepts responsibility for the”/
    ],
    [
      'approves instead of disclaiming',
      'Neither the TSX Venture Exchange nor its Regulation Services Provider approves this release.',
      /replaces “accepts responsibility for the” with “approves”/
    ]
  ])('errs on a TSX-V disclaimer that %s', async (_, text, reason) => {
    const messages = (await lintWith('exchange-disclaimer', `Hollis Bay Gold Inc. (TSXV: HBG) reports.\n\n${text}\n`))
      .messages
    expect(messages).toHaveLength(1)
    expect(messages[0].fatal).toBe(true)
    expect(messages[0].reason).toMatch(reason)
    expect(messages[0].expected).toEqual([TSXV_DISCLAIMER])
  })
})

describe('the issuer’s exchange', () => {
  it.each([
    ['Kestrel Lithium Corp. (Cboe CA: KLC) reports.', 'CBOE'],
    ['Kestrel Lithium Corp. (NEO: KLC) reports.', 'CBOE'],
    ['Kestrel Lithium Corp. (CBOE: KLC) reports.', 'CBOE'],
    // "Exchange" added to the name, as issuers write the other exchanges' names.
    ['Kestrel Lithium Corp. (Cboe Canada Exchange: KLC) reports.', 'CBOE'],
    ['Kestrel Lithium Corp. is listed on the Cboe Canada Exchange under the symbol "KLC".', 'CBOE'],
    ['Kestrel Lithium Corp. is listed on the Neo Exchange Inc. under the symbol "KLC".', 'CBOE'],
    [
      'Ironwood Mines Ltd. reports.\n\nThe TSX does not accept responsibility for the adequacy or accuracy ' +
        'of this release.',
      'TSX'
    ],
    ['Larkspur Silver Inc. reports.\n\nLarkspur Silver trades on the CSE under the symbol LKS.', 'CSE'],
    // Copy that runs words together: still the TSX Venture Exchange, never the TSX.
    ['Hollis Bay Gold Inc. reports.\n\nHollis Bay Gold is trading on the TSX VentureExchange.', 'TSXV'],
    ['Hollis Bay Gold Inc. reports.\n\nHollis Bay Gold is listed on the TSXVenture Exchange.', 'TSXV'],
    // A dash for the colon in the tag.
    ['Hollis Bay Gold Inc. (TSXV-HBG) reports.', 'TSXV'],
    ['Larkspur Silver Inc. (CSE - LKS) reports.', 'CSE'],
    // A draft with a blank for its symbol states its exchange all the same.
    ['Larkspur Silver Inc. (CSE: [●]) reports.', 'CSE'],
    ['Kestrel Lithium Corp. (Cboe CA: [ticker]) reports.', 'CBOE'],
    ['Ironwood Mines Ltd. (TSX: ●) reports.', 'TSX']
  ])('%s → %s', (value, exchange) => {
    expect(model(`${value}\n`).exchange).toBe(exchange)
  })

  it('takes a statement without the issuer’s ticker for a partner’s: no conflict', () => {
    const m = model(
      'Hollis Bay Gold Inc. (TSXV: HBG) options a claim from Larkspur Silver Inc.\n\n' +
        'Larkspur Silver is listed on the CSE under the symbol LKS. Its parent trades on the Canadian Securities Exchange.\n'
    )
    expect([m.exchange, m.exchangeDecision.conflict]).toEqual(['TSXV', undefined])
  })

  it('never takes "TSX-V" run into the next word for a TSX listing', () => {
    const m = model(
      'Hollis Bay Gold Inc. (TSXV: HBG) reports assays.\n\nIts shares are listed on the TSX-Vunder the symbol HBG.\n'
    )
    expect(m.listings.map((listing) => listing.exchange)).not.toContain('TSX')
    expect([m.exchange, m.exchangeDecision.conflict]).toEqual(['TSXV', undefined])
  })

  it('takes a tag with a dash for its colon as the definition of the abbreviation the disclaimer uses', async () => {
    const value =
      'Hollis Bay Gold Inc. (TSXV-HBG) reports assays.\n\nNeither the TSXV nor its Regulation Services Provider (as ' +
      'that term is defined in the policies of the TSXV) accepts responsibility for the adequacy or accuracy of this ' +
      'release.\n'
    expect(model(value).listings.map((l) => [l.exchange, l.ticker])).toEqual([['TSXV', 'hbg']])
    expect(await lint(value)).toEqual([])
    // Not a tag: "(TSX-V)" alone, or a CSE-listed issuer described in parentheses.
    expect(model('Hollis Bay Gold Inc. (TSX-V) reports.\n').listings).toEqual([])
    expect(model('Hollis Bay Gold Inc. (CSE-listed) reports.\n').listings).toEqual([])
  })

  it('weighs a claim said again once: two copies of a copied disclaimer never outweigh the issuer’s first tag', async () => {
    const once =
      'Halvard Metals Corp. (TSX: HVM) grants options, subject to the approval of the TSX Venture Exchange.\n\n' +
      TSXV_DISCLAIMER
    const error = 'error Unexpected TSX Venture Exchange disclaimer in the release of a TSX-listed issuer'
    // A footer repeating the disclaimer, the caution repeating the approval, or the draft pasted twice.
    for (const value of [`${once}\n\n${TSXV_DISCLAIMER}\n`, `${once}\n\n----\n\n${once}\n`]) {
      expect(model(value).exchange).toBe('TSX')
      expect((await lint(value)).map((message) => message.slice(message.indexOf(' ') + 1))).toContain(error)
    }
  })

  it('weighs a partner’s tag below the issuer’s first tag: no conflict', () => {
    const m = model('Hollis Bay Gold Inc. (TSXV: HBG) signed an option with Larkspur Silver Inc. (CSE: LKS).\n')
    expect([m.exchange, m.exchangeDecision.conflict]).toEqual(['TSXV', undefined])
  })
})

describe('the speaker', () => {
  it('does not ask a third party (an acquirer’s early warning) for the issuer’s disclaimer', async () => {
    const value = 'Northgate Capital Ltd. acquired shares of Hollis Bay Gold Inc. (TSXV: HBG).\n'
    const run = async (speaker: 'issuer' | 'third-party') => {
      const processor = unified().use(remarkParse).use(exchangeDisclaimer, ['error'])
      const file = new VFile({value})
      const tree = processor.parse(file)
      // The speaker is decided in release.ts; here it is set on this tree's model.
      getModel(tree, file).release.speaker = speaker
      await processor.run(tree, file)
      return file.messages.map((m) => m.reason)
    }
    expect(await run('issuer')).toEqual([
      'Missing TSX Venture Exchange disclaimer, expected it at the end of the release'
    ])
    expect(await run('third-party')).toEqual([])
  })
})

describe('a release two listed companies announce together', () => {
  const JOINT =
    'Halvard Metals Corp. (TSX: HVM) ("Halvard") and Quillon Resources Ltd. (TSXV: QRL) ("Quillon") announce a ' +
    'definitive arrangement agreement under which Halvard will acquire all of the shares of Quillon.'
  const JOINT_FR =
    'Mines Laurentia inc. (TSX : MLA) (« Laurentia ») et Exploration Chibou inc. (TSXV : XCB) (« Chibou ») annoncent ' +
    'la conclusion d’une convention d’arrangement visant l’acquisition de Chibou par Laurentia.'
  const DISCLAIMER_FR =
    'Ni la Bourse de croissance TSX ni son fournisseur de services de réglementation (au sens attribué à ce terme ' +
    'dans les politiques de la Bourse de croissance TSX) n’acceptent de responsabilité quant à la pertinence ou à ' +
    'l’exactitude du présent communiqué.'

  it('reads the announcers’ tags from the subject of the announcing sentence', () => {
    expect(model(JOINT + '\n').release.announcers.map((tag) => tag.exchange)).toEqual(['TSX', 'TSXV'])
    expect(model(JOINT_FR + '\n').release.announcers.map((tag) => tag.exchange)).toEqual(['TSX', 'TSXV'])
    const alone = model('Halvard Metals Corp. (TSX: HVM) announces an option on a property of Quillon (TSXV: QRL).\n')
    expect(alone.release.announcers.map((tag) => tag.exchange)).toEqual(['TSX'])
  })

  it('accepts the TSX-V disclaimer in a TSX issuer’s release announced jointly with a TSX-V issuer', async () => {
    expect(await lint(`${JOINT}\n\n${TSXV_DISCLAIMER}\n`)).toEqual([])
    expect(await lint(`${JOINT_FR}\n\n${DISCLAIMER_FR}\n`)).toEqual([])
  })

  it('asks for it when the joint release lacks it, saying why, in the release’s language', async () => {
    const [message, ...rest] = (await lintWith('exchange-disclaimer', JOINT + '\n')).messages
    expect(rest).toEqual([])
    expect(message.reason).toBe('Missing TSX Venture Exchange disclaimer, expected it at the end of the release')
    expect(message.note).toContain('this release is announced jointly with a TSX-V issuer (line 1: “TSXV: QRL”)')
    const [french] = (await lintWith('exchange-disclaimer', JOINT_FR + '\n')).messages
    expect(french.note).toContain(
      'publié conjointement avec un émetteur de la Bourse de croissance TSX (ligne 1 : « TSXV : XCB »)'
    )
  })

  it('still finds a TSX-V disclaimer out of place when the TSX issuer announces alone', async () => {
    const value =
      'Halvard Metals Corp. (TSX: HVM) announces an option on a property of Quillon Resources Ltd. (TSXV: QRL).\n\n' +
      TSXV_DISCLAIMER +
      '\n'
    expect(await lint(value)).toEqual([
      '3:1-3:205: error Unexpected TSX Venture Exchange disclaimer in the release of a TSX-listed issuer'
    ])
  })
})

describe('a disclaimer a blank line cuts in two (copy from a PDF)', () => {
  const LEAD = 'Hollis Bay Gold Inc. (TSXV: HBG) reports assays.\n\n'

  it('reads the two paragraphs as one sentence, in English and in French', async () => {
    expect(
      await lint(
        LEAD +
          'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in\n\n' +
          'the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.\n'
      )
    ).toEqual([])
    expect(
      await lint(
        'Mines Hollis inc. (TSXV : HBG) annonce des résultats.\n\n' +
          'Ni la Bourse de croissance TSX ni son fournisseur de services de réglementation (au sens attribué à ce\n\n' +
          'terme dans les politiques de la Bourse de croissance TSX) n’acceptent de responsabilité quant à la ' +
          'pertinence ou à l’exactitude du présent communiqué.\n'
      )
    ).toEqual([])
  })

  it('still names what the joined sentence drops, on both paragraphs', async () => {
    const value =
      LEAD +
      'Neither TSX Venture Exchange nor its Regulation Services (as that term is defined in\n\n' +
      'the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.\n'
    const [message, ...rest] = (await lintWith('exchange-disclaimer', value)).messages
    expect(rest).toEqual([])
    expect(format(message)).toBe(
      '3:1-5:111: error Unexpected disclaimer that drops “Provider” from “Regulation Services Provider”, expected ' +
        '“Neither TSX Venture Exchange nor its Regulation Services Provider …”'
    )
  })

  it('joins a paragraph that ends without closing punctuation to a next one in lower case, and no other', () => {
    const m = model(
      LEAD + 'The drill program ended.\n\nthe next one\n\nstarts in May\n\nThe Company thanks its staff.\n'
    )
    const [, ended, open, rest] = m.blocks
    expect(runsOn(ended.sentences[0])).toBeUndefined()
    expect(runsOn(open.sentences[0])?.norm.text).toBe('the next one starts in may')
    expect(runsOn(rest.sentences[0])).toBeUndefined()
    const joined = runsOn(open.sentences[0])!
    expect(m.value.slice(joined.start, joined.end)).toBe('the next one\n\nstarts in May')
  })
})

describe('what the disclaimer alignment says is wrong (disclaimer-defects.ts)', () => {
  const lead = 'Tamsin Ridge Metals Corp. (TSXV: TRM) reports soil results from its Osprey claims.\n\n'
  const defectOf = (disclaimer: string) => {
    const m = model(lead + disclaimer + '\n')
    return disclaimerDefect(m.exchangeDisclaimers[0], m.value)
  }
  it('holds for the Exchange wording', () => {
    expect(defectOf(TSXV_DISCLAIMER)).toBeUndefined()
  })
  it('names the first element of substance, who disclaims before what', () => {
    const both = TSXV_DISCLAIMER.replace('Regulation Services Provider', 'auditor').replace(' or accuracy', '')
    expect(defectOf(both)).toMatchObject({kind: 'replaced', label: 'Regulation Services Provider'})
  })
  it('tells the older Market Regulator wording and words dropped from a term', () => {
    const market = TSXV_DISCLAIMER.replace('Regulation Services Provider', 'Market Regulator')
    expect(defectOf(market)).toMatchObject({kind: 'replaced', marketRegulator: true})
    const dropped = TSXV_DISCLAIMER.replace('Regulation Services Provider', 'Regulation Services')
    expect(defectOf(dropped)).toMatchObject({kind: 'dropped', words: 'Provider'})
  })
  it('finds words added among who disclaims, and the parenthetical of another exchange', () => {
    const added = TSXV_DISCLAIMER.replace('Exchange nor', 'Exchange, the OTCQB, nor')
    const found = defectOf(added)
    expect(found?.kind).toBe('added')
    const m = model(
      lead +
        TSXV_DISCLAIMER.replace(
          'policies of the TSX Venture Exchange',
          'policies of the Canadian Securities Exchange'
        ) +
        '\n'
    )
    expect(disclaimerDefect(m.exchangeDisclaimers[0], m.value)).toBeUndefined()
    expect(copiedParenthetical(m.exchangeDisclaimers[0])?.exchange).toBe('CSE')
  })
  it('lists slips in the defined terms as cosmetic', () => {
    const m = model(
      lead + TSXV_DISCLAIMER.replace('Regulation Services Provider', 'Regulaton Services Provider') + '\n'
    )
    expect(disclaimerDefect(m.exchangeDisclaimers[0], m.value)).toBeUndefined()
    const slips = termSlips(m.exchangeDisclaimers[0])
    expect(slips.map((v) => m.value.slice(v.found.start, v.found.end))).toEqual(['Regulaton Services Provider'])
  })
})

describe('the CSE by its former name', () => {
  it.each([
    'Quarrel Lake Minerals Inc. (CNSX: QLM) announces the appointment of a new director.',
    'Quarrel Lake Minerals Inc., listed on the Canadian National Stock Exchange, announces a new director.'
  ])('%s', async (lead) => {
    expect(model(lead + '\n').exchange).toBe('CSE')
    expect(await lint(lead + '\n')).toEqual([])
  })
})
