/**
 * Dates as drafts state them: a hold's expiry with its day of the week or as the restriction's last day ("until and
 * including"), a closing stated relative to the release ("yesterday", "on Friday", "this morning"). A correct date is
 * accepted, one a day off is caught, quoted as the draft writes it. The issuers are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('hold-period', text + '\n')).messages.map(format)

const closing = (dateline: string, closed: string, hold: string) =>
  `${dateline} Torvane Copper Corp. (TSXV: TVC) (the "Company") ${closed} its non-brokered private placement of ` +
  '6,000,000 units at a price of $0.12 per unit for gross proceeds of $720,000. Each unit consists of one common ' +
  `share and one warrant exercisable at $0.18 for 24 months. ${hold}`

describe('hold-period: an expiry written with its day of the week', () => {
  const release = (expiry: string) =>
    closing(
      'KELOWNA, BC, March 2, 2027 –',
      'has today closed',
      `The securities are subject to a hold period expiring on ${expiry}.`
    )

  it('no finding when the weekday and the date are right', async () => {
    expect(await found(release('Saturday, July 3, 2027'))).toEqual([])
  })

  it('an error a day early, quoting the weekday, with the right weekday in the fix', async () => {
    const messages = await found(release('Friday, July 2, 2027'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
    expect(messages[0]).toContain('expected Saturday, July 3, 2027')
  })

  it('in French: « expirant le vendredi 2 juillet 2027 » is a day early', async () => {
    const text =
      'ROUYN-NORANDA (Québec), le 2 mars 2027 – Cuivre Torvane inc. (TSXV : TVC) a clôturé aujourd’hui son placement ' +
      'privé de 6 000 000 d’unités au prix de 0,12 $ l’unité, pour un produit brut de 720 000 $. Les titres sont ' +
      'assujettis à une période de détention de quatre mois et un jour expirant le vendredi 2 juillet 2027.'
    const messages = await found(text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('samedi 3 juillet 2027')
  })
})

describe('hold-period: the restriction’s last day ("until and including"), the period ending the day after', () => {
  const release = (hold: string) => closing('KELOWNA, BC, March 2, 2027 –', 'has today closed', hold)

  it.each([
    'The securities may not be traded until and including July 2, 2027.',
    'The securities may not be traded up to and including July 2, 2027 under applicable securities laws.',
    'The securities are subject to a hold period of four months and one day, until July 2, 2027, inclusive.',
    'The securities are subject to a hold period expiring on July 3, 2027.'
  ])('no finding: %s', async (hold) => {
    expect(await found(release(hold))).toEqual([])
  })

  it('an error when the last day given is the day the period ends', async () => {
    const text = release('The securities may not be traded until and including July 3, 2027.')
    const messages = await found(text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected July 2, 2027')
    // On the date as the draft writes it.
    const at = text.indexOf('July 3, 2027') + 1
    expect(messages[0]).toContain(`1:${at}-1:${at + 'July 3, 2027'.length}`)
  })

  it('in French: « jusqu’au 2 juillet 2027 inclusivement » is the last day', async () => {
    const text = (date: string) =>
      'ROUYN-NORANDA (Québec), le 2 mars 2027 – Cuivre Torvane inc. (TSXV : TVC) a clôturé aujourd’hui son placement ' +
      'privé de 6 000 000 d’unités au prix de 0,12 $ l’unité, pour un produit brut de 720 000 $. Les titres sont ' +
      `assujettis à une période de détention de quatre mois et un jour, soit jusqu’au ${date} inclusivement.`
    expect(await found(text('2 juillet 2027'))).toEqual([])
    expect(await found(text('3 juillet 2027'))).toHaveLength(1)
  })
})

describe('hold-period: a closing on a day named before the release’s ("yesterday", "on Friday"), or in its hours', () => {
  // Tuesday, March 2, 2027.
  const release = (closed: string, expiry: string) =>
    closing(
      'KELOWNA, BC, March 2, 2027 –',
      closed,
      `The securities are subject to a hold period of four months and one day expiring on ${expiry}.`
    )

  it.each([
    ['announces that it closed yesterday', 'July 2, 2027'],
    ['announces that on Friday it closed', 'June 27, 2027'],
    ['announces that it completed last Friday', 'June 27, 2027'],
    ['announces that it closed this morning', 'July 3, 2027'],
    ['announces that earlier this week it closed', 'July 2, 2027']
  ])('no finding: %s, expiring %s', async (closed, expiry) => {
    expect(await found(release(closed, expiry))).toEqual([])
  })

  it.each([
    ['announces that it closed yesterday', 'July 3, 2027', 'July 2, 2027'],
    ['announces that on Friday it closed', 'July 3, 2027', 'June 27, 2027'],
    ['announces that it closed this morning', 'July 2, 2027', 'July 3, 2027']
  ])('an error: %s, expiring %s (expected %s)', async (closed, expiry, expected) => {
    const messages = await found(release(closed, expiry))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(`expected ${expected}`)
  })

  it('the note quotes the day as the draft names it, and the release’s date', async () => {
    const {messages} = await lintWith(
      'hold-period',
      release('announces that on Friday it closed', 'July 3, 2027') + '\n'
    )
    expect(messages[0].note).toContain('February 26, 2027 (“on Friday”: the release is dated March 2, 2027)')
  })

  it('a weekday followed by its date is that date, not a day counted back', async () => {
    expect(await found(release('announces that on Friday, February 26, 2027 it closed', 'June 27, 2027'))).toEqual([])
  })

  it('in French: « a clôturé hier » is the day before', async () => {
    const text = (date: string) =>
      'ROUYN-NORANDA (Québec), le 2 mars 2027 – Cuivre Torvane inc. (TSXV : TVC) a clôturé hier son placement ' +
      'privé de 6 000 000 d’unités au prix de 0,12 $ l’unité, pour un produit brut de 720 000 $. Les titres sont ' +
      `assujettis à une période de détention de quatre mois et un jour expirant le ${date}.`
    expect(await found(text('2 juillet 2027'))).toEqual([])
    const messages = await found(text('3 juillet 2027'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('attendu : 2 juillet 2027 (1er mars 2027')
  })
})

describe('hold-period: the closing date stated as the offering’s ("The closing date of the Offering was …")', () => {
  const release = (expiry: string) =>
    [
      closing('KELOWNA, BC, March 4, 2027 –', 'has closed', ''),
      '',
      'The closing date of the Offering was February 26, 2027. The securities are subject to a hold period expiring ' +
        `on ${expiry}.`
    ].join('\n')

  it('no finding when the expiry counts from it', async () => {
    expect(await found(release('June 27, 2027'))).toEqual([])
  })

  it('an error when it counts from the release’s date instead', async () => {
    const messages = await found(release('July 5, 2027'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected June 27, 2027 (February 26, 2027 + four months and one day)')
  })
})

describe('hold-period: a month’s end counted another way is to be verified, not an error (NI 45-102 does not say)', () => {
  const release = (closed: string, expiry: string) =>
    closing(
      'KELOWNA, BC, January 4, 2027 –',
      `announces that on ${closed} it closed`,
      `The securities are subject to a hold period of four months and one day expiring on ${expiry}.`
    )

  it.each([
    ['December 31, 2026', 'May 1, 2027'],
    ['October 30, 2026', 'March 1, 2027'],
    ['October 28, 2027', 'February 29, 2028']
  ])('no finding: closed %s, expiring %s (the month’s last day + one day)', async (closed, expiry) => {
    expect(await found(release(closed, expiry))).toEqual([])
  })

  it.each([
    ['December 31, 2026', 'May 2, 2027'],
    ['October 30, 2026', 'March 3, 2027'],
    ['October 31, 2026', 'March 4, 2027']
  ])('a warning: closed %s, expiring %s (the missing day counted on into the next month)', async (closed, expiry) => {
    const {messages} = await lintWith('hold-period', release(closed, expiry) + '\n')
    expect(messages.map(format)).toHaveLength(1)
    expect(messages.map(format)[0]).toContain('warning')
    expect(messages[0].note).toContain('verify the date')
  })

  it.each([
    ['October 31, 2026', 'February 28, 2027'],
    ['October 31, 2026', 'March 5, 2027'],
    ['December 31, 2026', 'April 30, 2027']
  ])('an error: closed %s, expiring %s (wrong however the month is counted)', async (closed, expiry) => {
    const messages = await found(release(closed, expiry))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
  })
})

describe('hold-period: a dateline dated as the calendar’s numbers ("VANCOUVER, BC, 2027-03-02 –")', () => {
  const release = (dateline: string, expiry: string) =>
    closing(
      dateline,
      'has today closed',
      `The securities are subject to a hold period of four months and one day expiring on ${expiry}.`
    )

  it.each(['KELOWNA, BC, 2027-03-02 –', 'KELOWNA, British Columbia--(Newsfile Corp. - 2027-03-02) -'])(
    'no finding when "today" counts from its date: %s',
    async (dateline) => {
      expect(await found(release(dateline, 'July 3, 2027'))).toEqual([])
    }
  )

  it('an error a day late, counted from its date', async () => {
    const messages = await found(release('KELOWNA, BC, 2027-03-02 –', 'July 4, 2027'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected July 3, 2027 (2027-03-02 + four months and one day)')
  })

  it('a hole’s name is no date: "DDH-2027-03-02" dates nothing', async () => {
    const text =
      'Torvane Copper Corp. (TSXV: TVC) has today closed its non-brokered private placement of 6,000,000 units at ' +
      '$0.12 per unit, after hole DDH-2027-03-02 returned 12.03 m of 1.1% copper. The securities are subject to a ' +
      'hold period of four months and one day expiring on July 4, 2027.'
    expect(await found(text)).toEqual([])
  })
})
