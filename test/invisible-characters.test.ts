/**
 * Characters that show nothing (zero-width spaces and joiners, direction marks, the word joiner, a web page's soft
 * hyphens) left inside words by copy from web pages and PDFs: the release reads the same to a lawyer, so it gets the
 * same findings. What reads the text as written (names, titles, a rule's first test of whether a subject is named at
 * all) reads it without them. Invented issuers throughout.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintPreset, root} from './helpers.js'

const keys = async (text: string) =>
  (await lintPreset(text)).messages.map((message) => `${message.ruleId} ${message.line} ${message.fatal ? 'E' : 'W'}`)

/** `text` with `mark` inside every word of eight letters or more, after its fifth letter. */
const marked = (text: string, mark: string) => text.replace(/(?<=\b[A-Za-z]{5})(?=[a-z]{3})/g, mark)
const MARKS = {
  'zero-width space': '\u200B',
  'word joiner': '\u2060',
  'left-to-right mark': '\u200E',
  'soft hyphen': '\u00AD'
}

const HISTORICAL =
  'Corvane Gold Corp. (TSXV: CVG) ("Corvane" or the "Company") reports that its Tamsin property, staked in 2024, ' +
  'hosts a historical estimate of 410,000 tonnes grading 3.4 g/t gold for 44,800 ounces, reported in 1998 by ' +
  'Ferrule Mining Services.\n\n' +
  'The technical information in this news release has been reviewed and approved by Moira Baird, P.Geo., Vice ' +
  'President, Exploration of the Company and a Qualified Person as defined by National Instrument 43-101.\n'

const TWO_QPS =
  'Corvane Gold Corp. (TSXV: CVG) ("Corvane" or the "Company") reports that hole CV-26-04 at its Tamsin project ' +
  'returned 4.12 g/t gold over 9.5 metres from 88.0 metres.\n\n' +
  'The technical information in this news release has been reviewed and approved by Moira Baird, P.Geo., Vice ' +
  'President, Exploration of the Company, and by Luc Perrault, P.Geo., an independent Qualified Person as defined ' +
  'by National Instrument 43-101.\n'

describe('invisible characters inside words change no finding', () => {
  it.each(Object.entries(MARKS))('a historical estimate is still one (%s)', async (_, mark) => {
    const found = await keys(HISTORICAL)
    expect(found.some((key) => key.startsWith('historical-estimate'))).toBe(true)
    expect(await keys(marked(HISTORICAL, mark))).toEqual(found)
  })

  it.each(Object.entries(MARKS))('a second QP’s relationship is still read (%s)', async (_, mark) => {
    expect(await keys(marked(TWO_QPS, mark))).toEqual(await keys(TWO_QPS))
  })

  it.each(['closing-announcement.md', 'drill-results-draft.md', 'cse-financing.txt', 'communique-cloture.md'])(
    'the example %s',
    async (name) => {
      const text = readFileSync(path.join(root, 'examples', name), 'utf8')
      for (const mark of Object.values(MARKS)) expect(await keys(marked(text, mark))).toEqual(await keys(text))
    }
  )
})
