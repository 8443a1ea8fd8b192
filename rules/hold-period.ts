/**
 * `hold-period`: a prospectus-exempt placement states its hold period, "four
 * months and one day" (NI 45-102 s.2.5), and a stated expiry date is the
 * distribution date plus four months and a day. LIFE offerings are free
 * trading. See docs/rules/hold-period.md.
 */
import {MONTH_NAMES} from '../src/model/dates.js'
import * as facts from '../src/model/offering-facts.js'
import {defineRule, slice} from '../src/core/rule.js'
import {ownSharesForDebt} from '../src/model/release.js'

const CITATION = 'NI 45-102 s.2.5 (restricted period of four months and a day; TSX-V Exchange Hold Period)'

const remarkLintHoldPeriod = defineRule({id: 'hold-period'}, ({model, report}) => {
  if (!model.release.ownOffering && !ownSharesForDebt(model.release, 'closed')) return
  const terms = model.offering
  // LIFE securities are freely tradeable; a prospectus offering has no hold.
  if (terms.life || !terms.privatePlacement) return
  const holds = terms.holds.filter((hold) => hold.kind !== 'none')

  if (holds.length === 0) {
    // A closing release must state it (TSX-V Policy 4.1); an announcement may leave it for the closing.
    if (!terms.closing || terms.lots.length === 0) return
    // On the last sentence of the paragraph giving the terms; the fix adds the hold period after it.
    const sentence = terms.lots[0].sentence.block.sentences.at(-1)!
    report({
      reason: 'Missing hold period of the securities issued, expected “four months and one day”',
      place: sentence,
      note:
        `${CITATION}: securities issued under a prospectus exemption may not be traded for four months and ` +
        `a day after the distribution date; the closing release states the hold period and, where known, its expiry date.`,
      expected:
        slice(model, sentence) +
        ' The securities issued are subject to a hold period of four months and one day from the closing date.',
      actual: slice(model, sentence)
    })
    return
  }

  for (const hold of holds) {
    if (hold.kind === 'four months') {
      report({
        level: 'warning',
        reason: 'Unexpected “four months” hold period, expected “four months and one day”',
        place: hold,
        note:
          `${CITATION}: the restricted period ends four months and a day after the distribution date; ` +
          `"four months" alone understates it.`,
        expected: `${slice(model, hold)} and one day`,
        actual: slice(model, hold)
      })
    }
  }

  // The expiry date is the distribution date + 4 months + 1 day (month ends clamp: Oct 31 → Mar 1).
  for (const hold of holds) {
    const distribution = facts.distributionDate(terms, hold)
    if (!hold.expiry || !distribution || facts.expiryFits(distribution, hold.expiry.date)) continue
    const closed = slice(model, distribution)
    const written = slice(model, hold.expiry)
    const text = formatDateLike(written, facts.holdExpiry(distribution.date))
    report({
      reason: `Unexpected hold expiry date, expected ${text} (${closed} + four months and one day)`,
      place: hold.expiry,
      note:
        `${CITATION}: the restricted period ends four months and a day after the distribution ` +
        `date, ${closed}${RELATIVE[distribution.relative ?? 'stated']}; it expires on ${text}.`,
      expected: text,
      actual: written
    })
  }
})

/** How the release states its distribution date. */
const RELATIVE = {
  stated: '',
  today: ' (the release’s date: it states the closing as of today)',
  closed: ' (the release’s date: it announces the closing without a date)'
}

export default remarkLintHoldPeriod

/** Write `date` in the style of `written` ("March 22, 2026", "Mar. 22, 2026", "22 March 2026"). */
function formatDateLike(written: string, date: Date): string {
  const trimmed = written.trim()
  const full = MONTH_NAMES[date.getMonth()]
  const abbreviated = /^[A-Za-z]{3,4}\.?\s/.test(trimmed) && !/^(?:May|June|July)\b/i.test(trimmed)
  const month = abbreviated ? full.slice(0, 3) + (trimmed.slice(3, 5).includes('.') ? '.' : '') : full
  const text = /^\d/.test(trimmed)
    ? `${date.getDate()} ${full} ${date.getFullYear()}`
    : `${month} ${date.getDate()}, ${date.getFullYear()}`
  return /^[a-z]/.test(trimmed) ? text.toLowerCase() : /^[A-Z]{3,}/.test(trimmed) ? text.toUpperCase() : text
}
