/**
 * "ore grade" as a laboratory's name for its method for high concentrations, in a sentence that gives the threshold at
 * which samples go to that method ("samples above 10 g/t gold were re-assayed by the ore grade method"): the figure is
 * the laboratory's cut-off, not a result, and the word is no claim about mineralization (CSA Staff Notice 43-309). A
 * line break inside "ore ⏎ grade" (a hard wrap) is the space it stands for. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintPreset} from './helpers.js'

const OPENING =
  'KAMLOOPS, British Columbia, November 24, 2026 – Quillmore Metals Inc. (TSXV: QLM) reports the assay methods used ' +
  'for its 2026 soil and rock program on the Tarn property.'
const ore = async (text: string) =>
  (await lintPreset(`${OPENING}\n\n${text}\n`)).messages.filter((message) => /\bore\b/i.test(message.reason))

describe('"ore grade" as a laboratory method with its threshold', () => {
  it('is the method: the figure is the threshold for re-assay', async () => {
    expect(await ore('Where the result exceeded 5000 ppm, the pulp was re-assayed for ore grade copper.')).toEqual([])
    expect(await ore('Samples above 10 g/t gold were re-assayed for ore grade gold.')).toEqual([])
  })

  it('reads a hard wrap inside the words as a space', async () => {
    expect(await ore('Samples above 10 g/t gold were re-assayed by the laboratory for ore\ngrade gold.')).toEqual([])
  })

  it('reads a non-breaking hyphen inside "ore-grade" as a hyphen', async () => {
    expect(
      await ore('Overlimit copper was re-run by four-acid digestion, with ore\u2011grade copper by the laboratory.')
    ).toEqual([])
  })

  it('still flags "ore grade" stated of a result', async () => {
    expect(
      await ore(
        'Trench T-4 returned ore grade gold values of 12.4 g/t gold over 3.0 metres, assayed by the laboratory.'
      )
    ).not.toEqual([])
  })
})
