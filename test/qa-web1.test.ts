/**
 * Corporate and financing releases of the kinds a QA round read on issuers' own websites (news pages written as
 * JSX and copied from the site, often without dateline or headline). The cases are invented issuers in our own
 * words, each reproducing the shape of a defect the document model once misread.
 */
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {offeringOfOther} from '../src/model/release-speaker.js'
import {lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)

/** A caution that identifies, warns and names risks, but states no assumption (boilerplate of the site). */
const CAUTION =
  'Certain statements herein may constitute "forward-looking information", in particular references to future ' +
  'work programs, which are subject to risks of exploration. Readers should not place undue reliance on them. The ' +
  'Company undertakes no obligation to update forward-looking information, except as required by law.'

describe('forward-looking information: courtesy is no statement of the future', () => {
  it.each([
    'We would like to thank Ms. Dana Holt for her years of service and wish her well.',
    'We would like to wish Mr. Holt and Ms. Ruiz all the best in their future endeavours.',
    'The Company would like to welcome Ms. Ines Varga to the board.',
    'The Board would like to take this opportunity to thank Mr. Holt for his contributions.'
  ])('%s', async (courtesy) => {
    const value =
      'Larchmont Minerals Inc. (CSE: LRM) announces the resignation of Dana Holt as CFO and the appointment of ' +
      `Ines Varga as CFO. ${courtesy}\n\n${CAUTION}\n`
    expect(model(value).topics.forwardLooking).toBeUndefined()
    expect((await lintWith('forward-looking-caution', value)).messages).toEqual([])
  })

  it('still reads what the issuer would do as forward-looking ("we would like to acquire", "we would drill")', () => {
    for (const plan of [
      'We would like to acquire the adjoining claims before the season opens.',
      'If permitted, we would drill the Birch target in the spring.'
    ]) {
      const value = `Larchmont Minerals Inc. (CSE: LRM) reports on its Birch property. ${plan}\n`
      expect(model(value).topics.forwardLooking?.strength).toBe('strong')
    }
  })
})

describe('release: another company’s offering the release reports is not the issuer’s', () => {
  const update =
    'Larchmont Minerals Inc. (TSXV: LRM) ("Larchmont" or the "Company") reports on its Kestrel project, optioned to ' +
    'Tern Metals Corp. (TSXV: TRN) (OTCQB: TRNMF) (FSE: 7TM) ("Tern") in January.\n\n' +
    'On March 2, 2026 Tern announced a non-brokered private placement for aggregate gross proceeds of $3,000,000. ' +
    'The gross proceeds from the sale of the flow-through units will be used for drilling on Tern’s optioned ' +
    'properties, including Kestrel.\n\n' +
    'Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies ' +
    'of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.\n'

  it('reads the optionee’s placement, and its proceeds, as the optionee’s (the name defined after its listings)', () => {
    expect(model(update).release.ownOffering).toBeUndefined()
  })

  it.each(['us-distribution-legend', 'us-securities-act', 'hold-period', 'related-party'] as const)(
    'asks nothing of the issuer’s offering: %s',
    async (id) => {
      expect((await lintWith(id, update)).messages).toEqual([])
    }
  )

  it('reads a placement another company announces under its own ticker tag as that company’s', async () => {
    const value =
      'Larchmont Minerals Inc. (TSXV: LRM) ("Larchmont" or the "Company") reports on its Kestrel project. On ' +
      'March 2, 2026, Tern Metals Corp. (TSXV: TRN) (OTCQB: TRNMF) announced a non-brokered private placement of ' +
      'units for gross proceeds of $3,000,000, to fund drilling at Kestrel.\n'
    expect(model(value).release.ownOffering).toBeUndefined()
    expect((await lintWith('us-distribution-legend', value)).messages).toEqual([])
  })

  it('keeps the issuer’s own placement when the other company only subscribes to it', () => {
    const value =
      'Larchmont Minerals Inc. (TSXV: LRM) ("Larchmont" or the "Company") announces a non-brokered private placement ' +
      'of up to 10,000,000 units at $0.10 per unit. Tern Metals Corp. (TSXV: TRN) ("Tern") has announced that it ' +
      'will subscribe for 2,000,000 units.\n'
    expect(model(value).release.ownOffering).toBeDefined()
  })

  it('keeps the issuer’s offering when a sentence names both companies’ proceeds', () => {
    const value =
      'Larchmont Minerals Inc. (TSXV: LRM) ("Larchmont" or the "Company") reports on the Kestrel project it holds ' +
      'with Tern Metals Corp. (TSXV: TRN) ("Tern").\n\nThe Company closed a non-brokered private placement of ' +
      '5,000,000 units at $0.10 per unit for gross proceeds of $500,000, to fund its share of Tern’s budget.\n'
    expect(model(value).release.ownOffering).toBeDefined()
  })
})

describe('related-party: a related party takes part in securities, not in the projects a quote speaks of', () => {
  const lead =
    'VANCOUVER, BC, May 1, 2026 – Larchmont Minerals Inc. (TSXV: LRM) ("Larchmont" or the "Company") announces a ' +
    'non-brokered private placement of up to 5,000,000 units at $0.20 per unit.\n\n'

  it.each([
    'Ines Varga, Technical Director for Larchmont, commented "The Birch claims add to our newly acquired projects."',
    'The Company’s directors have acquired extensive experience in the Athabasca basin.'
  ])('%s', async (sentence) => {
    expect((await lintWith('related-party', lead + sentence + '\n')).messages).toEqual([])
  })

  it.each([
    'A director of the Company acquired 400,000 units.',
    'Insiders of the Company may participate in the placement.',
    'Des administrateurs de la Société pourraient souscrire des unités.'
  ])('still finds a participation in the offering: %s', async (sentence) => {
    const messages = (await lintWith('related-party', lead + sentence + '\n')).messages
    expect(messages.map((m) => m.reason.slice(0, 40))).toEqual([expect.stringMatching(/^(Missing|Il manque)/)])
  })
})

describe('a text its wire says is cut ("(MORE TO FOLLOW)"): what is missing from its end may be in the rest', () => {
  const body =
    'VANCOUVER, BC, March 3, 2026 /CNW/ - Larchmont Minerals Inc. (TSXV: LRM) ("Larchmont" or the "Company") has ' +
    'appointed Ines Varga as Chief Financial Officer. The Company will hold its annual meeting on June 4, 2026.'
  const cut = `${body} About Larchmont Minerals Inc. (MORE TO FOLLOW) Dow Jones Newswires March 03, 2026 09:00 ET\n`

  it('makes the missing disclaimer a warning, and says why', async () => {
    const [message] = (await lintWith('exchange-disclaimer', cut)).messages
    expect(message.fatal).toBe(false)
    expect(message.note).toContain('“(MORE TO FOLLOW)”')
  })

  it('keeps the error on a text that does not say it goes on', async () => {
    const [message] = (await lintWith('exchange-disclaimer', body + '\n')).messages
    expect(message.fatal).toBe(true)
  })

  it('keeps an error that is not about the end (a legend owed above the dateline)', async () => {
    const value =
      'VANCOUVER, BC, March 3, 2026 /CNW/ - Larchmont Minerals Inc. (TSXV: LRM) ("Larchmont" or the "Company") ' +
      'announces a non-brokered private placement of up to 5,000,000 units at $0.20 per unit. (MORE TO FOLLOW)\n'
    const [message] = (await lintWith('us-distribution-legend', value)).messages
    expect(message.fatal).toBe(true)
  })

  it('reads « (à suivre) » in a French text, and says so in French', async () => {
    const value =
      'MONTRÉAL, le 3 mars 2026 /CNW/ - Minéraux Larchmont inc. (TSXV: LRM) (« Larchmont » ou la « Société ») ' +
      'annonce la nomination de Mme Ines Varga au poste de chef des finances. (à suivre)\n'
    const [message] = (await lintWith('exchange-disclaimer', value)).messages
    expect(message.fatal).toBe(false)
    expect(message.note).toContain('« (à suivre) »')
  })
})

describe('release: a name the release gives the issuer is never another company’s', () => {
  const value = 'On March 2, 2026 Larchmont announced a private placement of units for gross proceeds of $5,000,000.\n'
  const [sentence] = model(value).sentences

  it('reads the offering of a company named as another’s as that company’s', () => {
    expect(offeringOfOther(sentence, ['larchmont'], [])?.words).toBe('larchmont')
  })

  it('but not when the release also gives that name to the issuer', () => {
    expect(offeringOfOther(sentence, ['larchmont'], ['larchmont'])).toBeUndefined()
  })
})
