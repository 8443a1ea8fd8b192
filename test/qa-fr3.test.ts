/**
 * French releases of Québec issuers, and bilingual ones (a QA round; invented issuers, our own wording): each case a
 * class of drafts the model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const DATELINE =
  'Val-d’Or (Québec), le 3 décembre 2026 – Exploration Cadillac-Nord inc. (TSXV : CDN) (« Cadillac-Nord » ou la ' +
  '« Société ») '

describe('life-offering: a concurrent offering under other exemptions, in French', () => {
  const release = (other: string) =>
    DATELINE +
    'annonce un placement sans l’entremise d’un courtier d’un maximum de 8 000 000 d’unités au prix de 0,10 $ par ' +
    'unité et d’un maximum de 5 000 000 d’actions accréditives au prix de 0,12 $ par action accréditive.\n\n' +
    'Les unités seront offertes en vertu de la dispense de financement de l’émetteur coté prévue à la partie 5A du ' +
    'Règlement 45-106 et ne seront pas assujetties à une période de détention. ' +
    other +
    '\n\nUn document d’offre relatif au placement peut être consulté sous le profil de la Société sur SEDAR+ ' +
    '(www.sedarplus.ca) et sur son site Web (www.cadillac-nord.example). Les investisseurs éventuels devraient lire ' +
    'ce document d’offre avant de prendre une décision d’investissement.'

  it('its hold period binds the other securities, not the LIFE ones: no finding', async () => {
    for (const other of [
      'Les actions accréditives seront offertes en vertu d’autres dispenses de prospectus et seront assujetties à ' +
        'une période de détention de quatre mois et un jour.',
      'Les actions accréditives, placées en vertu de la dispense pour investisseurs qualifiés, seront assujetties ' +
        'à une période de détention de quatre mois et un jour.',
      'Les actions accréditives émises dans le cadre du placement concomitant seront assujetties à une période de ' +
        'détention de quatre mois et un jour.',
      'Les actions accréditives, offertes autrement qu’en vertu de la dispense de financement de l’émetteur coté, ' +
        'seront assujetties à une période de détention de quatre mois et un jour.'
    ]) {
      expect(await messages('life-offering', release(other)), other).toEqual([])
    }
  })

  it('a hold stated of the LIFE units is still reported', async () => {
    const text = release('Les unités LIFE seront assujetties à une période de détention de quatre mois et un jour.')
    expect(await messages('life-offering', text)).toContainEqual(expect.stringContaining('Période de détention'))
  })
})
