/**
 * A service agreement's fee is its terms, not a plan: "the Company will pay Larchmont $6,000 per month" is weak
 * evidence of forward-looking information (a warning without a caution), written with its cents ("$6,000.00 per
 * month") too: a decimal point is no sentence's end. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const release = (fee: string) =>
  'VANCOUVER, BC, December 1, 2026 – Larchmont Metals Inc. (TSXV: LMI) (the "Company") announces that it has ' +
  'engaged Quayside Markets Ltd. to provide market-making services in compliance with the policies of the TSX ' +
  `Venture Exchange. In consideration, the Company will pay Quayside ${fee} per month for an initial term of three ` +
  'months. The engagement is subject to Exchange acceptance.\n'

describe("a service agreement's fee", () => {
  it.each([
    ['in dollars', '$6,000'],
    ['with its cents', '$6,000.00'],
    ['with its cents, thousands set off by a space', '$6 000.00']
  ])('written %s is its terms: a warning at most', async (_, fee) => {
    const found = (await lintWith('forward-looking-caution', release(fee))).messages
    expect(found.every((message) => !message.fatal)).toBe(true)
  })
})
