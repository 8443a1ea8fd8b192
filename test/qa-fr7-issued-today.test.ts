/**
 * A French release of shares the issuer « a émis aujourd'hui » (for debt, for services, in a placement) dates the
 * issue by its dateline, as "has issued today" does: the hold's stated expiry is checked against that date
 * (NI 45-102 s.2.5). Invented issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('hold-period', text + '\n')).messages.map(format)

const release = (issued: string, expiry: string) =>
  [
    '# Ressources Lac-Matagami conclut un règlement de dettes',
    '',
    `SENNETERRE (Québec), le 30 novembre 2026 – Ressources Lac-Matagami inc. (TSXV : RLM) (la « Société ») ${issued} ` +
      '640 000 actions ordinaires à un prix réputé de 0,10 $ l’action en règlement de 64 000 $ de dettes envers un ' +
      `entrepreneur en forage. Les actions sont assujetties à une période de détention expirant le ${expiry}.`
  ].join('\n')

describe('hold-period: « émis aujourd’hui » is issued on the dateline’s date', () => {
  it.each(["annonce avoir émis aujourd'hui", "a émis aujourd'hui", "a aujourd'hui émis"])(
    'a wrong expiry is found: %s',
    async (issued) => {
      const messages = await found(release(issued, '30 mars 2027'))
      expect(messages).toHaveLength(1)
      expect(messages[0]).toContain('31 mars 2027')
    }
  )

  it.each(["annonce avoir émis aujourd'hui", "a aujourd'hui émis"])('the right expiry passes: %s', async (issued) => {
    expect(await found(release(issued, '31 mars 2027'))).toEqual([])
  })

  it('shares issued on another day are not dated by the dateline', async () => {
    const text = release('a émis le 27 novembre 2026', '28 mars 2027').replace(
      'entrepreneur en forage.',
      "entrepreneur en forage. Les modalités ont été annoncées aujourd'hui."
    )
    expect(await found(text)).toEqual([])
  })
})
