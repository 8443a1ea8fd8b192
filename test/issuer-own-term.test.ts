/**
 * NI 43-101 s.3.1: the QP's relationship to the issuer. Many issuers call themselves "the Corporation", a word that
 * also ends other companies' names: "Chief Geologist of the Corporation" is a tie to the issuer, "geologist with
 * Norvale Mining Corporation" a tie to another company. A designation run up to the name without its periods ("Ann
 * Lee PGeo") is no word of the name. Invented issuers throughout.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const RESULTS =
  'Brantwood Copper Corporation ("Brantwood" or the "Corporation") (TSXV: BWC) reports that hole BW-26-03 at its ' +
  'Kessock project returned 0.84% Cu over 22.0 metres from 41.0 metres.\n\n'
const QP = (tie: string) =>
  'The technical information in this news release has been reviewed and approved by Ailsa Munro, P.Geo., ' +
  `${tie}, a Qualified Person as defined by National Instrument 43-101.\n`

const findings = async (text: string) =>
  (await lintWith('qp-statement', text)).messages.map(
    (message) => `${message.fatal ? 'error' : 'warning'}: ${message.reason}`
  )

describe('"the Corporation" is the issuer in a QP relationship (s.3.1)', () => {
  it.each([
    'Chief Geologist of the Corporation',
    'Vice President, Exploration of the Corporation',
    'a director of the Corporation',
    'Exploration Manager for the Corporation'
  ])('"%s": nothing reported', async (tie) => {
    expect(await findings(RESULTS + QP(tie))).toEqual([])
  })

  it('a tie to another company named with "Corporation" is still no tie to the issuer', async () => {
    const found = await findings(RESULTS + QP('Senior Geologist with Norvale Mining Corporation'))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^error: .*relationship/i)
  })
})

describe('a designation written without periods is no part of the QP’s name (s.3.1)', () => {
  // The QP's title is given where the release quotes the QP; the statement names the same person.
  const QUOTED =
    'Varden Metals Corp. (TSXV: VMC) ("Varden Metals" or the "Company") reports that hole VM-26-03 at its Kessock ' +
    'project returned 0.84% Cu over 22.0 metres from 41.0 metres.\n\nDr. Ann Lee, President and CEO of Varden Metals ' +
    'stated, "We are pleased with these results."\n\n'
  it.each(['P.Geo.', 'PGeo', 'PGeo.', 'PEng', 'CPG'])(
    '"Dr. Ann Lee %s, is the Qualified Person…"',
    async (designation) => {
      const qp =
        `Dr. Ann Lee ${designation}, is the Qualified Person for Varden Metals and has approved the technical ` +
        'disclosure contained in this news release.\n'
      expect((await findings(QUOTED + qp)).filter((found) => found.startsWith('error'))).toEqual([])
    }
  )
})

describe('a seat on a board or in a team of the issuer’s is a relationship (s.3.1)', () => {
  it.each([
    "a member of the Company's technical advisory board",
    'a member of the Corporation’s advisory committee',
    "a member of the Company's exploration team"
  ])('"%s": nothing reported', async (tie) => {
    expect(await findings(RESULTS + QP(tie))).toEqual([])
  })

  it('a seat on another company’s board is no tie to the issuer', async () => {
    const found = await findings(RESULTS + QP('a member of the advisory board of Norvale Mining Corporation'))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^error: .*relationship/i)
  })
})
