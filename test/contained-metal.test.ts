/**
 * NI 43-101 s.2.2(a) and (d): a resource is disclosed in its CIM categories, each with its quantity and grade. Metal
 * contained in a resource, stated alone ("hosts resources of 900,000 ounces of gold", "a 1.2 million ounce gold
 * resource"), is an estimate whose category is missing. Invented issuers throughout.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const OPENING =
  'VANCOUVER, BC, December 1, 2026 – Kestrel Ridge Gold Corp. (TSXV: KRG) has closed a private placement of ' +
  '5,000,000 shares at $0.20 per share for gross proceeds of $1,000,000. '
const reasons = async (sentence: string) =>
  (await lintWith('mineral-resource', OPENING + sentence + '\n')).messages.map((message) => message.reason)
const CATEGORY =
  'Missing CIM category of the estimate, expected Measured, Indicated or Inferred (Proven or Probable for reserves)'

describe('metal contained in a resource, stated alone', () => {
  it.each([
    'The Corbie project hosts resources of 900,000 ounces of gold.',
    'The Corbie project hosts a 1.2 million ounce gold resource.',
    'Corbie hosts a foundational resource of 1.45 Moz Au.'
  ])('is an estimate whose category is missing (%s)', async (sentence) => {
    expect(await reasons(sentence)).toContain(CATEGORY)
  })

  it.each([
    'The Corbie mine produced 120,000 ounces of gold in 2025 before it closed.',
    'The Company plans to grow the Corbie resource in 2027.',
    'Proceeds will fund drilling at Corbie, where the Company is testing a target of 500,000 to 800,000 ounces.'
  ])('production, growth and targets are not (%s)', async (sentence) => {
    expect(await reasons(sentence)).toEqual([])
  })
})
