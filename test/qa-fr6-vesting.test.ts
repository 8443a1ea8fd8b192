/**
 * French vesting stated « en trois tranches égales » is an instrument's terms, as English's "will vest in three equal
 * tranches": no forward-looking information. Invented issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const release = (vesting: string) =>
  'RIMOUSKI (Québec), le 5 décembre 2026 – Ressources Mitis inc. (TSXV : RMT) (la « Société ») annonce que son ' +
  "conseil d'administration a octroyé 250 000 unités d'actions restreintes (« UAR ») à un consultant. " +
  `${vesting} Les UAR ont été octroyées conformément au régime incitatif omnibus de la Société.`

describe('forward-looking-caution: French vesting « en … tranches » is terms', () => {
  it.each([
    'Les UAR seront acquises en trois tranches égales sur une période de 12 mois.',
    'Les UAR seront acquises en tranches égales au cours des 24 prochains mois.'
  ])('no finding: %s', async (vesting) => {
    expect(await found(release(vesting))).toEqual([])
  })

  it('a purchase the issuer plans still reads as the future: « de nouveaux claims seront acquis en 2027 »', async () => {
    const messages = await found(release('De nouveaux claims seront acquis en 2027.'))
    expect(messages).toHaveLength(1)
  })
})
