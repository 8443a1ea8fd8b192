/**
 * Board and management changes praise the person appointed: "her experience will be a great asset to the Company".
 * A compliment, not a forecast of events, conditions or results (NI 51-102 s.1.1): no error for a missing caution (a
 * warning remains on the word "will"); a plan beside it is still one.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const release = (sentence: string) =>
  'VANCOUVER, BC -- December 2, 2026 -- Marlow Silver Corp. (CSE: MSV) ("Marlow" or the "Company") announces that ' +
  'Dana Pruitt has resigned as a director. The board has appointed Dr. Ilse Moreau to fill the vacancy. ' +
  `Dr. Moreau is an economic geologist with fifteen years of experience in Mexico. ${sentence}`

describe('forward-looking-caution: praise of an appointee is no forecast', () => {
  it.each([
    'We welcome Ilse, whose experience will be invaluable to the board.',
    'Her experience in Mexico will be a great asset to the Company.',
    'We are confident that her expertise will be of great value to Marlow.',
    'She will be a valuable addition to the board, and her background will also be a significant benefit.'
  ])('no error: %s', async (sentence) => {
    const found = await messages(release(sentence))
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })

  it.each([
    'Her experience will be a great asset as the Company will drill the Cobre vein in 2027.',
    'Her experience will be valuable as we plan a 5,000-metre drill program next year.'
  ])('a plan beside it is still an error: %s', async (sentence) => {
    const found = await messages(release(sentence))
    expect(found.some((m) => m.includes('error') && m.includes('Missing forward-looking'))).toBe(true)
  })
})
