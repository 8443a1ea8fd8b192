/**
 * CSA Staff Notice 43-309 names "world-class", "spectacular", "production ready" and "ore" as terms mining issuers
 * should be cautious with: "spectacular" of a mineral asset or of results, and "production ready", are warnings on
 * their words, in English and in French. Invented issuers throughout.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const quoted = async (text: string) =>
  (await lintWith('mining-terminology', text)).messages.map((message) => `${message.actual ?? message.reason}`)

describe('"spectacular" and "production ready" (CSA SN 43-309)', () => {
  it.each([
    ['Fernhill Gold Corp. (TSXV: FHG) reports spectacular high-grade intercepts at Corrie.', 'spectacular'],
    [
      'Fernhill Gold Corp. (TSXV: FHG) reports its first assays from Corrie. The results are spectacular.',
      'spectacular'
    ],
    ['Fernhill Gold Corp. (TSXV: FHG) holds a spectacularly rich vein system at Corrie.', 'spectacularly'],
    ['Fernhill Gold Corp. (TSXV: FHG) owns the production-ready Corrie mill.', 'production-ready'],
    ['Fernhill Gold Corp. (TSXV: FHG) says the Corrie project is production ready.', 'production ready']
  ])('flagged: %s', async (text, words) => {
    const reasons = (await lintWith('mining-terminology', text + '\n')).messages.map((message) => message.reason)
    expect(reasons).toEqual([`Unexpected promotional “${words}”, expected a factual description`])
  })

  it.each([
    'Fernhill Gold Corp. (TSXV: FHG) camp at Corrie has spectacular views of the lake.',
    'Fernhill Gold Corp. (TSXV: FHG) thanks its team for a spectacular effort this season.',
    'Fernhill Gold Corp. (TSXV: FHG) reports 31.2 g/t Au over 4.0 metres at Corrie.'
  ])('not flagged: %s', async (text) => {
    expect(await quoted(text + '\n')).toEqual([])
  })

  it('in French, « spectaculaire » of results or a mineral asset, not of a landscape', async () => {
    const text =
      'Or Fernhill inc. (TSXV : FHG) annonce des teneurs spectaculaires à Corrie. Les résultats sont ' +
      'spectaculaires. Le paysage du camp est spectaculaire.\n'
    // French typography: a no-break space before « ; » and inside guillemets (read as spaces here).
    const reasons = (await lintWith('mining-terminology', text)).messages.map((message) =>
      message.reason.replace(/[\u00a0\u202f]/g, ' ')
    )
    expect(reasons).toEqual([
      'Formule promotionnelle « teneurs spectaculaires » inattendue ; attendu : une description factuelle',
      'Formule promotionnelle « résultats sont spectaculaires » inattendue ; attendu : une description factuelle'
    ])
  })
})
