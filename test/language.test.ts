import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {remark} from 'remark'
import {countWords, ELISION, ENGLISH, FRENCH} from '../src/model/language.js'
import {buildModel} from '../src/model/model.js'

const model = (text: string) => buildModel(remark().parse(text), text)

describe('language', () => {
  it('reads an English release as English', () => {
    const m = model(
      '# Northwind Metals closes financing\n\nNorthwind Metals Corp. is pleased to announce the ' +
        'closing of its private placement of units.\n'
    )
    expect(m.language.release).toBe('en')
    expect(m.language.bilingual).toBe(false)
  })

  it('reads a French release as French, its heading with it', () => {
    const text =
      '# Mines Boréal clôture son placement\n\nMines Boréal inc. a le plaisir d’annoncer la clôture de ' +
      'son placement privé de 10 000 000 unités au prix de 0,15 $ par unité.\n\nLa Société utilisera ' +
      'le produit pour les travaux d’exploration sur la propriété.\n'
    const m = model(text)
    expect(m.language.release).toBe('fr')
    for (const block of m.blocks) expect(m.language.of(block)).toBe('fr')
  })

  it('reads each part of a bilingual release in its own language', () => {
    const en =
      'Northwind Metals Corp. is pleased to announce that it has closed the first tranche of its ' +
      'private placement, and that the proceeds will be used for the exploration of its property in ' +
      'the north of the province and for working capital. The shares are subject to a hold period of ' +
      'four months and one day.'
    const fr =
      'Métaux Nordvent inc. a le plaisir d’annoncer la clôture de la première tranche de son placement ' +
      'privé, et le produit sera utilisé pour les travaux d’exploration sur sa propriété au nord de la ' +
      'province et pour le fonds de roulement. Les actions sont assujetties à une période de détention ' +
      'de quatre mois et un jour.'
    const text = `# Northwind closes\n\n${en}\n\n${en}\n\n# Nordvent clôture\n\n${fr}\n\n${fr}\n`
    const m = model(text)
    expect(m.language.bilingual).toBe(true)
    expect(m.blocks.map((b) => m.language.of(b))).toEqual(['en', 'en', 'en', 'fr', 'fr', 'fr'])
  })

  it('speaks a bilingual release’s once-per-release findings in the language of its first version', () => {
    // French takes more function words to say the same: the French version outnumbers the English one.
    const en = 'Northwind Metals Corp. has closed its private placement of units for exploration of its property.'
    const fr =
      'Métaux Nordvent inc. a clôturé son placement privé d’unités pour les travaux d’exploration sur sa ' +
      'propriété, et le produit de la clôture sera affecté à ces travaux et au fonds de roulement de la Société.'
    const english = model(
      `${en} ${en} ${en} ${en}\n\n${en} ${en} ${en} ${en}\n\n${fr} ${fr} ${fr} ${fr}\n\n${fr} ${fr} ${fr}\n`
    )
    expect(english.language.bilingual).toBe(true)
    expect(english.language.release).toBe('en')
    const french = model(
      `${fr} ${fr} ${fr} ${fr}\n\n${fr} ${fr} ${fr}\n\n${en} ${en} ${en} ${en}\n\n${en} ${en} ${en} ${en}\n`
    )
    expect(french.language.release).toBe('fr')
  })

  it('does not call an English release with a French name bilingual', () => {
    const m = model(
      'Société Minière du Lac Inc. (TSXV: SML) is pleased to announce the results of its drilling ' +
        'program at the Lac des Îles property in Québec.\n'
    )
    expect(m.language.release).toBe('en')
    expect(m.language.bilingual).toBe(false)
  })
})

describe('countWords', () => {
  // The words as a regular expression reads them: the character-by-character reading must count the same.
  const reference = (text: string) => {
    let en = 0
    let fr = 0
    for (const [word] of text.matchAll(/[a-zà-öø-ÿœæ]+(?:'[a-zà-öø-ÿœæ]+)?/g)) {
      if (ENGLISH.has(word)) en++
      else if (FRENCH.has(word) || ELISION.test(word)) fr++
    }
    return {en, fr}
  }

  it('counts as the word pattern does, on function words, elisions, accents and stray characters', () => {
    const piece = fc.oneof(
      fc.constantFrom(...ENGLISH, ...FRENCH, "l'", "d'", "qu'", "jusqu'", "'", 'œ', '÷', 'ø', 'é', 'x', ' ', '. ', '1'),
      fc.string({maxLength: 4})
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), (parts) => {
        const text = parts.join('')
        expect(countWords(text)).toEqual(reference(text))
      }),
      {numRuns: 500}
    )
    expect(countWords("l'exactitude de la bourse; the company's d'une")).toEqual({en: 1, fr: 4})
  })
})
