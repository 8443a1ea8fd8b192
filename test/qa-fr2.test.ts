/**
 * French releases of Québec mining issuers, as Québec securities lawyers and IR firms write them (a QA round;
 * invented issuers, our own wording): each case a class of drafts the model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const OPENING =
  'Rouyn-Noranda (Québec), le 30 novembre 2026 — Mines Vaudray ltée (CSE : VDR) (« Vaudray » ou la « Société ») ' +
  "annonce les résultats de son programme d'échantillonnage de l'automne 2026 sur la propriété Lac-Dufresnoy.\n\n"

describe('exploration-results: one grab sample, in the singular (« un échantillon choisi »)', () => {
  const release = (caution: string) =>
    OPENING +
    "Un échantillon choisi prélevé sur l'indice Marquis a titré 8,9 % Cu et 31 g/t Ag." +
    caution +
    '\n\nLes échantillons ont été analysés par AGAT Laboratoires à Mississauga (Ontario), laboratoire indépendant ' +
    'de Vaudray, par digestion à quatre acides avec finition ICP-OES. Le programme AQ/CQ de la Société comprend ' +
    "l'insertion de standards certifiés et de blancs."

  it('with the caution that it is selective: no finding on it', async () => {
    const text = release(' Les échantillons choisis sont sélectifs par nature et peu représentatifs.')
    expect(await messages('exploration-results', text)).not.toContainEqual(expect.stringContaining('sélectif'))
  })

  it('without it: the caution is missing', async () => {
    expect(await messages('exploration-results', release(''))).toContainEqual(expect.stringContaining('sélectif'))
  })

  it('« un échantillon ponctuel », « instantané »: the same', async () => {
    for (const kind of ['ponctuel', 'instantané']) {
      const text = release('').replace('échantillon choisi', `échantillon ${kind}`)
      expect(await messages('exploration-results', text)).toContainEqual(expect.stringContaining('sélectif'))
    }
  })
})

describe('mining-terminology: « minerai » naming the laboratory’s "ore grade" method', () => {
  const release = (method: string) =>
    OPENING +
    'La rainure R-12 a donné 2,35 % Cu sur 6,0 m. Les échantillons ont été analysés par digestion à quatre ' +
    `acides avec finition ICP-OES; le cuivre en teneurs élevées a été repris ${method}.`

  it('a lab method: no warning', async () => {
    for (const method of [
      'par une méthode de minerai',
      'par la méthode pour minerai',
      "par la méthode d'analyse pour minerai (« ore grade »)",
      'selon la procédure « minerai »'
    ]) {
      expect(await messages('mining-terminology', release(method))).toEqual([])
    }
  })

  it('an ore body in an exploration release still warns', async () => {
    const text = release('par une méthode de minerai') + ' Le corps de minerai demeure ouvert en profondeur.'
    expect(await messages('mining-terminology', text)).toEqual([expect.stringContaining('corps de minerai')])
  })
})

describe('forward-looking-caution: French plans in the first person and in the future tense', () => {
  const release = (plan: string) => OPENING + 'La rainure R-12 a donné 2,35 % Cu sur 6,0 m.\n\n' + plan

  it('each is forward-looking: the missing caution is an error', async () => {
    for (const plan of [
      '« Nous prévoyons lancer une campagne de 10 000 mètres au printemps 2027 », a déclaré le président.',
      "« Nous comptons forer 20 trous l'an prochain », a déclaré le président.",
      '« Nous avons l’intention de forer la zone Cran en 2027 », a déclaré la présidente.',
      '« Nous nous attendons à recevoir les permis en janvier », a déclaré le président.',
      '« Nous lancerons une campagne de 5 000 mètres en 2027 », a déclaré le président.',
      'La Société envisage de forer 5 000 mètres en 2027.',
      'La Société lancera une campagne de 5 000 mètres en 2027.',
      'Vaudray poursuivra le décapage de l’indice Marquis en 2027.',
      'La campagne de forage débutera en janvier 2027.',
      'Les travaux de terrain reprendront au printemps.'
    ]) {
      expect(await messages('forward-looking-caution', release(plan)), plan).toEqual([
        expect.stringContaining('error Il manque la mise en garde')
      ])
    }
  })

  it('the present and the past are not', async () => {
    for (const fact of [
      '« Nous espérons que ces résultats intéresseront nos actionnaires », a déclaré le président.',
      'La Société a terminé la campagne en octobre; nous explorons la propriété depuis 2019.',
      'Nous considérons que la zone Cran est la plus prometteuse.',
      'La Société pourra racheter la moitié de la redevance pour 1 000 000 $.'
    ]) {
      expect(await messages('forward-looking-caution', release(fact)), fact).toEqual([])
    }
  })
})

describe('forward-looking-caution: the French future of an offering’s terms is a term, not a plan', () => {
  it('« le placement comprendra » is not forward-looking', async () => {
    const text =
      'Val-d’Or (Québec), le 1er décembre 2026 – Exploration Nordet inc. (CSE : NDT) (la « Société ») annonce un ' +
      "placement privé. Le placement comprendra 5 000 000 d'unités au prix de 0,20 $ l'unité."
    expect(await messages('forward-looking-caution', text)).toEqual([])
  })
})
