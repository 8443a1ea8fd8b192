/**
 * Shapes that only the QA rounds' fixes together misread (each round's fix passed alone): a partner's ticker tag read
 * twice, a partner taken for the announcer when the lead's verb was cut from its tags, and a true width stated after
 * its figure once a highlight's hole identifier made it a drill intercept. Invented issuers, our own wording.
 */
import {remark} from 'remark'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/api.js'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)
const modelOf = (text: string) => buildModel(remark().parse(text), text)

describe('a royalty holder listed on the TSX whose update names partners on the TSX-V', () => {
  // The lead's tags are cut from its verb by a copy's lost dashes ("(RBX ? Bourse de Toronto, …) est heureuse …"), and
  // the next paragraph opens on a partner tagged ticker first ("(PLM-TSXV) ont annoncé").
  const update =
    'Redevances Boréal fait le point sur ses redevances\n\n' +
    'ROUYN-NORANDA, Québec, 3 mars 2026 (GLOBE NEWSWIRE) -- REDEVANCES BORÉAL INC. (RBX ? Bourse de Toronto, ' +
    'R8B ? Bourse de Francfort et RBXLF ? OTCQX aux É.-U.) est heureuse d’informer ses actionnaires des ' +
    'travaux récents sur ses propriétés.\n\n' +
    'Métaux Pluvier inc. (PLM-TSXV) ont annoncé une campagne de forage sur les titres où Boréal détient une ' +
    'redevance de 2 %.\n\n' +
    'Au même moment, Exploration Grive (GRV-TSXV) a commencé ses travaux sur la propriété Lac Héron de Boréal.\n'

  it('owes no TSX-V disclaimer: its own tag, in the lead, names the Toronto Stock Exchange', async () => {
    expect(await messages('exchange-disclaimer', update)).toEqual([])
  })

  it('the announcer is the issuer tagged in the lead, not the partner in the paragraph after it', () => {
    const announcers = modelOf(update).listings.filter((listing) => listing.announces)
    expect(announcers.map((listing) => listing.ticker)).toEqual(['rbx'])
  })

  it('a lead with no announcing verb does not hand its announcer to the partner in the paragraph after it', () => {
    const plain = update.replace('est heureuse d’informer ses actionnaires des', 'tient ses actionnaires au fait des')
    expect(modelOf(plain).listings.filter((listing) => listing.announces)).toEqual([])
  })

  it('a "?" a copy left for a lost dash inside the tags does not end the lead’s sentence', () => {
    const lead = modelOf(update).sentences.filter((sentence) => sentence.block.index === 1)
    const announcing = lead.find((sentence) => sentence.norm.text.includes('est heureuse'))
    expect(announcing?.norm.text).toContain('(rbx ? bourse de toronto, r8b ? bourse de francfort')
  })

  it('a question mark ends a sentence outside parentheses', () => {
    const text = 'Acme Gold Corp. asks: why drill now ? The answer is the grade.\n'
    expect(modelOf(text).sentences).toHaveLength(2)
  })

  it('a ticker-first tag with a dash is one listing, not two', () => {
    const tags = modelOf(update).listings.filter((listing) => listing.ticker === 'plm')
    expect(tags).toHaveLength(1)
  })
})

describe('exploration-results: a true width stated after its figure', () => {
  const release = (highlight: string) =>
    'Cordova Silver Intersects High Grades\n\nVANCOUVER, BC, May 4, 2026 /CNW/ - Cordova Silver Corp. (TSXV: CDV) ' +
    `reports results from its Tolosa drilling.\n\n- ${highlight}\n\n` +
    'Samples of sawn half core were assayed by fire assay with a gravimetric finish at Norte Labs in Durango, ' +
    'independent of the Company, with blanks, duplicates and certified standards inserted in every batch.'

  it.each([
    'TL-26-041 returned 1,250 g/t silver over 11.40 metres true width (mTW)',
    'TL-26-041 returned 1,250 g/t silver over 11.4 m true width',
    'TL-26-041 returned 1,250 g/t silver over 11.40 m TW'
  ])('is stated: %s', async (highlight) => {
    const found = await messages('exploration-results', release(highlight))
    expect(found.filter((m) => m.includes('true widths'))).toEqual([])
  })

  it('a zone’s extent called its true width is not the intervals’', async () => {
    const highlight =
      'TL-26-041 returned 1,250 g/t silver over 11.40 metres. The Tolosa shear zone stretches over 150 metres true width.'
    const found = await messages('exploration-results', release(highlight))
    expect(found.filter((m) => m.includes('Missing true widths'))).toHaveLength(1)
  })

  it('not stated, it is missing', async () => {
    const found = await messages(
      'exploration-results',
      release('TL-26-041 returned 1,250 g/t silver over 11.40 metres')
    )
    expect(found.filter((m) => m.includes('Missing true widths'))).toHaveLength(1)
  })
})
