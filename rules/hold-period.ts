/**
 * `hold-period`: a prospectus-exempt placement states its hold period, "four
 * months and one day" (NI 45-102 s.2.5), and a stated expiry date is the
 * distribution date plus four months and a day. LIFE offerings are free
 * trading. Messages in the language of the words they are about (French:
 * « quatre mois et un jour », Règlement 45-102). See docs/rules/hold-period.md.
 */
import {formatDateLike} from '../src/model/dates.js'
import * as facts from '../src/model/offering-facts.js'
import {defineRule, slice} from '../src/core/rule.js'
import {ownSharesForDebt} from '../src/model/release.js'

const WORDS = {
  en: {
    citation: 'NI 45-102 s.2.5 (restricted period of four months and a day; TSX-V Exchange Hold Period)',
    missing: 'Missing hold period of the securities issued, expected “four months and one day”',
    why:
      'securities issued under a prospectus exemption may not be traded for four months and a day after the ' +
      'distribution date; the closing release states the hold period and, where known, its expiry date.',
    fix: (expiry?: string) =>
      ' The securities issued are subject to a hold period of four months and one day ' +
      (expiry ? `expiring on ${expiry}.` : 'from the closing date.'),
    four: 'Unexpected “four months” hold period, expected “four months and one day”',
    fourWhy:
      'the restricted period ends four months and a day after the distribution date; "four months" alone understates it.',
    andDay: ' and one day',
    expiry: (text: string, closed: string) =>
      `Unexpected hold expiry date, expected ${text} (${closed} + four months and one day)`,
    expiryWhy: (closed: string, text: string) =>
      `the restricted period ends four months and a day after the distribution date, ${closed}; it expires on ${text}.`,
    today: ' (the release’s date: it states the closing as of today)',
    closed: ' (the release’s date: it announces the closing without a date)'
  },
  fr: {
    citation:
      'Règlement 45-102, art. 2.5 (période de restriction de quatre mois et un jour ; période de détention de la ' +
      'Bourse de croissance TSX)',
    missing: 'Il manque la période de détention des titres émis ; attendu : « quatre mois et un jour »',
    why:
      'les titres émis sous le régime d’une dispense de prospectus ne peuvent être négociés avant quatre mois et un ' +
      'jour après la date du placement ; le communiqué de clôture indique la période de détention et, si elle est ' +
      'connue, sa date d’expiration.',
    fix: (expiry?: string) =>
      ' Les titres émis sont assujettis à une période de détention de quatre mois et un jour ' +
      (expiry ? `expirant le ${expiry}.` : 'à compter de la date de clôture.'),
    four: 'Période de détention de « quatre mois » inattendue ; attendu : « quatre mois et un jour »',
    fourWhy:
      'la période de restriction prend fin quatre mois et un jour après la date du placement ; « quatre mois » seul ' +
      'la sous-estime.',
    andDay: ' et un jour',
    expiry: (text: string, closed: string) =>
      `Date d’expiration de la période de détention inattendue ; attendu : ${text} (${closed} + quatre mois et un jour)`,
    expiryWhy: (closed: string, text: string) =>
      `la période de restriction prend fin quatre mois et un jour après la date du placement, ${closed} ; elle expire le ${text}.`,
    today: ' (la date du communiqué : il annonce la clôture en date d’aujourd’hui)',
    closed: ' (la date du communiqué : il annonce la clôture sans en donner la date)'
  }
} as const

const remarkLintHoldPeriod = defineRule({id: 'hold-period'}, ({model, report}) => {
  if (!model.release.ownOffering && !ownSharesForDebt(model.release, 'closed')) return
  const terms = model.offering
  // LIFE securities are freely tradeable; a prospectus offering has no hold.
  if (terms.life || !terms.privatePlacement) return
  const holds = terms.holds.filter((hold) => hold.kind !== 'none')
  const sep = (lang: 'en' | 'fr') => (lang === 'fr' ? ' : ' : ': ')

  if (holds.length === 0) {
    // A closing release must state it (TSX-V Policy 4.1); an announcement may leave it for the closing.
    if (!terms.closing || terms.lots.length === 0) return
    // On the last sentence of the paragraph giving the terms; the fix adds the hold period after it, with its
    // expiry where the release gives the distribution date (stated, or "today": the dateline's).
    const sentence = terms.lots[0].sentence.block.sentences.at(-1)!
    const lang = model.language.of(sentence.block)
    const words = WORDS[lang]
    const distribution = facts.distributionDate(terms, {tranche: undefined})
    const exact = distribution && distribution.relative !== 'closed'
    const expiry = exact
      ? formatDateLike(slice(model, distribution), facts.holdExpiry(distribution.date), lang)
      : undefined
    report({
      reason: words.missing,
      place: sentence,
      note: `${words.citation}${sep(lang)}${words.why}`,
      expected: slice(model, sentence) + words.fix(expiry),
      actual: slice(model, sentence)
    })
    return
  }

  for (const hold of holds) {
    if (hold.kind !== 'four months') continue
    const lang = model.language.of(hold.sentence.block)
    report({
      level: 'warning',
      reason: WORDS[lang].four,
      place: hold,
      note: `${WORDS[lang].citation}${sep(lang)}${WORDS[lang].fourWhy}`,
      expected: `${slice(model, hold)}${WORDS[lang].andDay}`,
      actual: slice(model, hold)
    })
  }

  // The expiry date is the distribution date + 4 months + 1 day (month ends clamp: Oct 31 → Mar 1).
  for (const hold of holds) {
    const distribution = facts.distributionDate(terms, hold)
    if (!hold.expiry || !distribution || facts.expiryFits(distribution, hold.expiry.date)) continue
    const lang = model.language.of(hold.sentence.block)
    const words = WORDS[lang]
    const closed = slice(model, distribution)
    const written = slice(model, hold.expiry)
    const text = formatDateLike(written, facts.holdExpiry(distribution.date), lang)
    const how = distribution.relative ? words[distribution.relative] : ''
    report({
      reason: words.expiry(text, closed),
      place: hold.expiry,
      note: `${words.citation}${sep(lang)}${words.expiryWhy(closed + how, text)}`,
      expected: text,
      actual: written
    })
  }
})

export default remarkLintHoldPeriod
