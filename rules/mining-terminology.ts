/**
 * `mining-terminology`: terms CSA Staff Notice 43-309 asks mining issuers to
 * be careful with, each a warning on its words with the reason and, where one
 * is clear, the replacement: "ore" (ore body, ore shoot) in a release that
 * states no mineral reserves and does not speak of mining or production;
 * "NI 43-101 compliant"; "world-class" of a mineral asset; "economic" or
 * "mineable" mineralization without a pre-feasibility or feasibility study.
 * What makes each legitimate is decided in src/model/terminology.ts. See
 * docs/rules/mining-terminology.md.
 */
import {defineRule, slice} from '../src/core/rule.js'
import type {Term} from '../src/model/model.js'

const NOTICE = 'CSA Staff Notice 43-309 (promotional and misleading terms)'

const REASON: Record<Term['kind'], (quote: string, term: Term) => string> = {
  ore: (quote, term) =>
    `Unexpected “${quote}” in a release that states no mineral reserves, expected ` +
    (term.replacement ? `“${matchCase(quote, term.replacement)}”` : 'a term for mineralization'),
  compliant: (quote) => `Unexpected “${quote}”, expected “estimated in accordance with NI 43-101”`,
  'world-class': (quote) => `Unexpected promotional “${quote}”, expected a factual description`,
  economic: (quote, term) =>
    `Unexpected “${quote}” without a pre-feasibility or feasibility study, expected ` +
    (term.replacement ? `“${matchCase(quote, term.replacement)}”` : 'no claim of economic viability')
}

const NOTE: Record<Term['kind'], string> = {
  ore:
    `${NOTICE} names “ore” among the terms to be cautious with: it implies mineralization mined at a profit, which ` +
    `only mineral reserves (NI 43-101 s.2.2, the CIM categories) demonstrate. Without reserves or a mine, say ` +
    `“mineralization” or “mineralized zone”.`,
  compliant:
    `${NOTICE}; NI 43-101 s.2.2: there is no “NI 43-101 compliant” resource, only disclosure that complies. Say ` +
    `“a mineral resource estimated in accordance with NI 43-101” and give its category.`,
  'world-class':
    `${NOTICE} names “world-class” among the overly promotional terms to avoid. Remove it, or state the facts ` +
    `(size, grade, category) and their source.`,
  economic:
    `${NOTICE}; CIM Definition Standards (which NI 43-101 adopts): economic viability is demonstrated only by a ` +
    `pre-feasibility or feasibility study (mineral reserves); the release states neither. Remove the claim.`
}

const remarkLintMiningTerminology = defineRule({id: 'mining-terminology'}, ({model, report}) => {
  for (const term of model.terms) {
    const quote = slice(model, term)
    report({
      level: 'warning',
      reason: REASON[term.kind](quote, term),
      place: term,
      note: NOTE[term.kind],
      // A word for the author to weigh, in a sentence whose article or capitals may need changing too: never
      // applied by --fix.
      ...(term.replacement ? {expected: matchCase(quote, term.replacement), actual: quote, suggestion: true} : {})
    })
  }
})

export default remarkLintMiningTerminology

/** The replacement in the case of the words it replaces ("ORE BODY" → "MINERALIZED ZONE"). */
function matchCase(written: string, replacement: string): string {
  if (written === written.toUpperCase() && /[A-Z]/.test(written)) return replacement.toUpperCase()
  if (/^[A-Z]/.test(written)) return replacement[0].toUpperCase() + replacement.slice(1)
  return replacement
}
