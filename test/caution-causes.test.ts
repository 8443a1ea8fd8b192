/**
 * The (b) element of a forward-looking caution (NI 51-102 s.4A.3(b)): the material risk factors, named as risks or
 * as the causes that may make results differ (invented issuers, our own wording). A cause that names nothing ("a
 * number of factors") does not identify them.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const MISSING = 'Missing material risk factors'
const MISSING_FR = 'Il manque les facteurs de risque'

const messages = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const english = (warning: string) =>
  'Tamsworth Silver Ltd. intends to purchase up to 3,500,000 of its common shares under a normal course issuer bid.\n\n' +
  'This news release contains forward-looking statements, including statements about the purchases under the bid. ' +
  `They rest on assumptions about the trading price of the shares and the Company's working capital. ${warning} ` +
  'The Company does not undertake to update these statements except as required by law.'

const french = (warning: string) =>
  'Ressources Belcourt inc. entend racheter jusqu’à 3 500 000 de ses actions ordinaires dans le cadre d’une offre ' +
  'publique de rachat dans le cours normal des activités.\n\n' +
  'Le présent communiqué contient de l’information prospective, notamment au sujet des rachats. Cette information ' +
  `repose sur des hypothèses quant au cours des actions. ${warning} Belcourt ne s’engage pas à mettre à jour cette ` +
  'information, sauf si la loi l’exige.'

describe('forward-looking-caution: risk factors named as causes', () => {
  it.each([
    'Actual results may differ materially because of changes in the trading price of the shares and market conditions.',
    'Actual results could differ materially if the trading price of the shares rises above the Company’s limits.',
    'A fall in the trading price of the shares or a need for cash could cause actual results to differ materially.',
    'Actual results could differ materially due to various factors, including the trading price of the shares.',
    'Actual results may vary owing to market conditions and the Company’s need for cash.',
    'If the trading price of the shares rises above the Company’s limits, actual results may differ materially.'
  ])('named: %s', async (warning) => {
    expect(await messages(english(warning))).not.toContainEqual(expect.stringContaining(MISSING))
  })

  it.each([
    'Actual results may differ materially.',
    'Actual results may differ materially due to a number of factors.',
    'Many factors could cause actual results to differ materially.',
    'Actual results could differ materially for various reasons.'
  ])('not named: %s', async (warning) => {
    expect(await messages(english(warning))).toContainEqual(expect.stringContaining(MISSING))
  })

  it('in French: « en raison de » a cause named, « en raison de divers facteurs » none', async () => {
    const named = 'Les résultats réels pourraient différer sensiblement en raison de la baisse du cours des actions.'
    expect(await messages(french(named))).not.toContainEqual(expect.stringContaining(MISSING_FR))
    const vague = 'Les résultats réels pourraient différer sensiblement en raison de divers facteurs.'
    expect(await messages(french(vague))).toContainEqual(expect.stringContaining(MISSING_FR))
  })
})
