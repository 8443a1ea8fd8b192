/**
 * A French announcement of a placement whose opening states a term counted from the closing (« pendant 24 mois
 * suivant la clôture », « avant la clôture », « à compter de la date de clôture ») announces the placement: it does
 * not close it. Invented issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('related-party', text + '\n')).messages.map(format)

const PARTY =
  'Des administrateurs de la Société pourraient souscrire des unités. Leur participation constituerait une « ' +
  'opération avec une personne apparentée » au sens du Règlement 61-101. La Société entend se prévaloir des ' +
  'dispenses prévues aux articles 5.5 a) et 5.7 1) a) du Règlement 61-101, la juste valeur marchande des unités ' +
  'souscrites par ceux-ci ne dépassant pas 25 % de sa capitalisation boursière.'

const release = (lead: string, term: string) =>
  [
    `# Mines Lac-Bouchette ${lead}`,
    '',
    `ROBERVAL (Québec), le 30 novembre 2026 – Mines Lac-Bouchette inc. (TSXV : MLB) (la « Société ») ${lead} sans ` +
      "l'entremise d'un courtier d'un maximum de 4 000 000 d'unités au prix de 0,10 $ l'unité. Chaque unité se " +
      `compose d'une action et d'un bon de souscription ${term}.`,
    '',
    PARTY
  ].join('\n')

describe('related-party: « la clôture » a term counts from is no closing (no 21-day reason asked)', () => {
  it.each([
    "permettant d'acquérir une action au prix de 0,15 $ pendant 24 mois suivant la clôture",
    "qui permettra d'acquérir une action au prix de 0,15 $ pendant 24 mois à compter de la date de clôture",
    'exerçable au prix de 0,15 $ pendant 24 mois après la clôture du placement',
    "qui permet d'acquérir une action au prix de 0,15 $ dans les 24 mois suivant la date de clôture du placement"
  ])('announcement: %s', async (term) => {
    expect(await found(release('annonce un placement privé', term))).toEqual([])
  })

  it('a closing still asks for it: « a clôturé un placement privé »', async () => {
    const term = "permettant d'acquérir une action au prix de 0,15 $ pendant 24 mois suivant la clôture"
    const text = release('a clôturé un placement privé', term).replace('pourraient souscrire', 'ont souscrit')
    const messages = await found(text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('21 jours')
  })

  it('« annonce la clôture » of the placement is still a closing', async () => {
    const term = "permettant d'acquérir une action au prix de 0,15 $ pendant 24 mois suivant la clôture"
    const text = release('annonce la clôture de son placement privé', term)
    expect((await found(text)).join('\n')).toContain('21 jours')
  })
})
