/**
 * NI 43-101 s.2.4: the cautionary statement about a historical estimate speaks of "the historical estimate" in each
 * of its sentences ("A qualified person has not done sufficient work to classify the historical estimate … Further
 * work is required to verify the historical estimate."). Its words are the caution's, not a reference to an estimate
 * of their own, wherever the paragraph stands (at the end beside the forward-looking caution, or before it). A
 * reference outside the caution's paragraph is still one. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const OPENING =
  'Varden Metals Corp. (CSE: VMC) ("Varden" or the "Company") has staked the Kessock copper property in central ' +
  'British Columbia.'
const CAUTION =
  'A qualified person has not done sufficient work to classify the historical estimate as current mineral ' +
  'resources or mineral reserves and the Company is not treating the historical estimate as current mineral ' +
  'resources or mineral reserves. Further work, including drilling, is required to verify the historical estimate.'
const FLI =
  'This news release contains forward-looking information, including statements about the Company’s exploration ' +
  'plans. Such statements are based on assumptions and are subject to risks and uncertainties; actual results may ' +
  'differ materially. The Company does not undertake to update them except as required by law.'

const findings = async (...paragraphs: string[]) =>
  (await lintWith('historical-estimate', paragraphs.join('\n\n') + '\n')).messages.map((m) => m.reason)

describe('the historical estimate caution’s own sentences are no reference to an estimate', () => {
  it('the caution before the forward-looking caution: nothing reported', async () => {
    expect(await findings(OPENING, CAUTION, FLI)).toEqual([])
  })

  it('the caution after it: nothing reported', async () => {
    expect(await findings(OPENING, FLI, CAUTION)).toEqual([])
  })

  it('a reference in the release’s own words is still one: its source and date are asked for', async () => {
    const reference = 'The Kessock property hosts a historical estimate of copper mineralization.'
    const found = await findings(OPENING, reference, CAUTION, FLI)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/source and date/)
  })
})
