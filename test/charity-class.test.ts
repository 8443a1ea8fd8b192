/**
 * TSX-V Policy 4.1 and NI 51-102: a financing's figures agree. Charity (or premium) flow-through securities and
 * regular flow-through securities are two classes, sold at two prices: a fee on the gross proceeds is on both
 * classes' proceeds, and a warrant total counts both classes' units. Invented issuers throughout.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const findings = async (text: string) =>
  (await lintWith('offering-arithmetic', text)).messages.map((message) => message.reason.split(':')[0])

const CLOSING = (fee: string) =>
  'Tamsin Ridge Metals Corp. (TSXV: TRM) has closed its non-brokered private placement for aggregate gross proceeds ' +
  'of $2,310,000.\n\nThe offering consisted of 3,000,000 flow-through common shares at a price of $0.35 per share ' +
  'for gross proceeds of $1,050,000, and 3,000,000 charity flow-through common shares at a price of $0.42 per ' +
  `charity flow-through share for gross proceeds of $1,260,000.\n\nThe Company paid finders' fees of ${fee} in ` +
  'cash, equal to 3% of the gross proceeds.\n'

const UNITS = (total: string) =>
  'Tamsin Ridge Metals Corp. (TSXV: TRM) announces a non-brokered private placement of up to 2,000,000 ' +
  'flow-through units at $0.30 per flow-through unit and up to 2,000,000 charity flow-through units at $0.40 per ' +
  'charity flow-through unit, for gross proceeds of up to $1,400,000. Each flow-through unit and each charity ' +
  'flow-through unit consists of one flow-through common share and one half of one common share purchase warrant, ' +
  `for up to ${total} warrants in total.\n`

describe('charity and regular flow-through securities are two classes', () => {
  it('a fee on the gross proceeds is on both classes: 3% of $2,310,000 is $69,300', async () => {
    expect(await findings(CLOSING('$69,300'))).toEqual([])
    expect(await findings(CLOSING('$31,500'))).toEqual(['Unexpected fee for the stated 3%'])
  })

  it('a warrant total counts both classes’ units: 4,000,000 units at one half give 2,000,000', async () => {
    expect(await findings(UNITS('2,000,000'))).toEqual([])
    expect(await findings(UNITS('1,000,000'))).toEqual(['Unexpected number of warrants for the units issued'])
  })

  it('in French too: « actions accréditives de bienfaisance » are a class of their own', async () => {
    const closing = (fee: string) =>
      'Métaux Tamsin Ridge inc. (TSXV : TRM) annonce la clôture de son placement privé pour un produit brut global ' +
      'de 2 310 000 $.\n\nLe placement comprenait 3 000 000 d’actions accréditives au prix de 0,35 $ par action ' +
      'pour un produit brut de 1 050 000 $, et 3 000 000 d’actions accréditives de bienfaisance au prix de 0,42 $ ' +
      'par action accréditive de bienfaisance pour un produit brut de 1 260 000 $.\n\nLa Société a versé des ' +
      `honoraires d’intermédiation de ${fee} en espèces, soit 3 % du produit brut.\n`
    expect(await findings(closing('69 300 $'))).toEqual([])
    expect(await findings(closing('31 500 $'))).toEqual(['Frais inattendus pour les 3 % indiqués ; attendu '])
  })
})
