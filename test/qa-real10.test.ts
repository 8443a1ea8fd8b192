/**
 * Real technical releases of explorers and developers (drill results, surface sampling, geophysics, estimates and
 * studies) as the newswires carried them: the shapes the document model misread, each written again in our own words
 * with invented issuers, people and properties.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const lead = (issuer: string, ticker = 'TSXV: KVR') =>
  `SASKATOON, Saskatchewan, March 4, 2026 – ${issuer} (${ticker}) (the "Company") reports on its property.`

describe('exploration-results: a program a sentence dates years back is past work, told as such', () => {
  const history = (sentence: string) =>
    `${lead('Kestrel Vale Uranium Corp.')}\n\n` +
    'Earlier work on the Tamsin property includes three drill holes and airborne surveys. Most of this work was done ' +
    `between 1968 and 1979, before modern survey methods. ${sentence}`

  it.each([
    'Lake sediment samples taken on the property during the 2013 exploration program returned up to 48.2 ppm U.',
    'Till samples from the 2011 follow-up campaign returned up to 61.5 ppm U, confirming the anomaly.'
  ])('no laboratory owed: %s', async (sentence) => {
    const found = await messages('exploration-results', history(sentence))
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })

  it.each([
    'Lake sediment samples taken on the property during the 2025 exploration program returned up to 48.2 ppm U.',
    'Till samples from this follow-up campaign returned up to 61.5 ppm U, confirming the anomaly.'
  ])('the present program’s results owe their laboratory: %s', async (sentence) => {
    const found = await messages('exploration-results', history(sentence))
    expect(found.some((m) => m.includes('error') && m.includes('Missing laboratory'))).toBe(true)
  })
})
