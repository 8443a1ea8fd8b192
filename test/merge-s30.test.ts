/**
 * Shapes that the session's QA rounds read two ways, or that only their fixes together misread. Invented issuers,
 * our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('a market service’s summary that opens on the issuer’s legal name and what it did', () => {
  // One reading of this lead (two rounds each read it their own way): the name as written, its legal form, a verb of
  // reporting in the past; a copy's no-break space or line break between the words changes nothing.
  const summary = (space: string) =>
    `Cuivre Pluvier inc.${space}a annoncé qu'elle a signé une convention d'option visant la propriété Héron, ` +
    'où des forages anciens ont recoupé 2,1 g/t Au sur 4,0 m.\n\n' +
    'La Société pourra acquérir 100 % de la propriété en versant 250 000 $ sur trois ans.'

  it.each([
    ['a space', ' '],
    ['a no-break space', '\u00a0'],
    ['a line break', '\n']
  ])('is a news report with %s after the legal form: its findings are warnings', async (_name, space) => {
    const found = await messages('exchange-disclaimer', summary(space))
    expect(found).toEqual([])
    const qp = await messages('qp-statement', summary(space))
    expect(qp.every((m) => !m.includes('error'))).toBe(true)
  })

  it('the issuer’s own lead, in the present, stays the issuer’s', async () => {
    const own = summary(' ').replace("a annoncé qu'elle a signé", "annonce qu'elle a signé")
    expect((await messages('exchange-disclaimer', own)).some((m) => m.includes('error'))).toBe(true)
  })

  it('a name with lower-case words (« Société d’exploration minière … inc. ») is read whole', async () => {
    const long = summary(' ').replace('Cuivre Pluvier inc.', 'Société d’exploration minière Pluvier inc.')
    expect(await messages('exchange-disclaimer', long)).toEqual([])
  })
})
