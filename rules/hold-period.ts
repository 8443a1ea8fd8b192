/**
 * `hold-period`: a prospectus-exempt placement states its hold period, "four
 * months and one day" (NI 45-102 s.2.5), and a stated expiry date is the
 * distribution date plus four months and a day. LIFE offerings are free
 * trading. Messages in the language of the words they are about (French:
 * « quatre mois et un jour », Règlement 45-102; rules/messages/hold-period.ts).
 * See docs/rules/hold-period.md.
 */
import {formatDateLike} from '../src/model/dates.js'
import * as facts from '../src/model/offering-facts.js'
import {issuerExchange} from '../src/core/exchange.js'
import {defineRule, slice} from '../src/core/rule.js'
import {HOLD_TEXTS} from './messages/hold-period.js'

const remarkLintHoldPeriod = defineRule({id: 'hold-period'}, ({model, report}) => {
  if (model.release.speaker !== 'issuer') return
  const terms = model.offering
  // The holds stated of the issuer's own securities (not LIFE's, not shares it receives; offering-holds.ts).
  const {holds, placement, place} = model.ownHolds
  const sep = (lang: 'en' | 'fr') => (lang === 'fr' ? ' : ' : ': ')
  // The Exchange Hold Period is the TSX-V's: cited beside NI 45-102 for its issuers only (not a CSE, TSX or Cboe one's).
  const tsxv = issuerExchange(model).exchange === 'TSXV'
  const cite = (lang: 'en' | 'fr') => (tsxv ? HOLD_TEXTS[lang].citation : HOLD_TEXTS[lang].citationAlone)
  const fourMonths = (stated: typeof holds) => {
    // "four months" alone (a warning), or another period stated ("three months and one day": an error).
    for (const hold of stated) {
      if (hold.kind !== 'four months' && hold.kind !== 'other period') continue
      const lang = model.language.of(hold.sentence.block)
      const words = HOLD_TEXTS[lang]
      const other = hold.kind === 'other period'
      report({
        level: other ? 'error' : 'warning',
        reason: other ? words.period(slice(model, hold)) : words.four,
        place: hold,
        note: `${cite(lang)}${sep(lang)}${other ? words.periodWhy : words.fourWhy}`,
        expected: other ? words.fourAndDay : `${slice(model, hold)}${words.andDay}`,
        actual: slice(model, hold)
      })
    }
  }
  // Another prospectus-exempt issue of the issuer's (shares for a property, for services): what it states is checked.
  if (!placement) {
    fourMonths(holds)
    return expiries(holds)
  }

  if (holds.length === 0) {
    // A closing release must state it (TSX-V Policy 4.1); an announcement may leave it for the closing. The fix adds
    // the hold period after the terms' paragraph, with its expiry where the release gives the distribution date
    // (stated, or "today": the dateline's).
    if (!terms.closing || !place) return
    const lang = model.language.of(place.block)
    const words = HOLD_TEXTS[lang]
    const distribution = facts.distributionDate(terms, {tranche: undefined})
    const exact = distribution && distribution.relative !== 'closed'
    const expiry = exact
      ? formatDateLike(slice(model, distribution), facts.holdExpiry(distribution.date), lang)
      : undefined
    report({
      reason: words.missing,
      place,
      note: `${cite(lang)}${sep(lang)}${words.why}`,
      expected: slice(model, place) + words.fix(expiry, terms.life),
      actual: slice(model, place)
    })
    return
  }

  fourMonths(holds)
  expiries(holds)

  // The expiry date is the distribution date + 4 months + 1 day (month ends clamp: Oct 31 → Mar 1).
  function expiries(stated: typeof holds) {
    for (const hold of stated) {
      const distribution = facts.distributionDate(terms, hold)
      // Securities issued from others distributed before count from that distribution, not this release's.
      if (!hold.expiry || hold.earlier || !distribution || facts.expiryFits(distribution, hold.expiry)) continue
      const lang = model.language.of(hold.sentence.block)
      const words = HOLD_TEXTS[lang]
      // Quoted on one line: a date a line break splits in the draft ("December 1,⏎2026") reads as one.
      const dated = slice(model, distribution).replace(/\s+/g, ' ')
      // A day named before the release's ("closed yesterday"): that day's date, written as the dateline writes its own.
      const before = distribution.relative === 'before'
      const closed = before ? formatDateLike(dated, distribution.date, lang) : dated
      const written = slice(model, hold.expiry)
      const end = facts.holdExpiry(distribution.date)
      const text = formatDateLike(written, facts.dueExpiry(distribution.date, hold.expiry.inclusive), lang)
      const how = before
        ? words.before(distribution.said ? slice(model, distribution.said) : '', dated)
        : distribution.relative
          ? words[distribution.relative]
          : ''
      // A month's end counted another way (October 31 → March 2): to be verified, not an error.
      const unsettled = facts.monthEndUnsettled(distribution, hold.expiry)
      report({
        level: unsettled ? 'warning' : 'error',
        reason: words.expiry(text, closed, hold.expiry.inclusive),
        place: hold.expiry,
        note:
          `${cite(lang)}${sep(lang)}${words.expiryWhy(closed + how, formatDateLike(written, end, lang))}` +
          (unsettled ? words.monthEnd : ''),
        expected: text,
        actual: written
      })
    }
  }
})

export default remarkLintHoldPeriod
