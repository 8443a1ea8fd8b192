/**
 * `mining-terminology`: terms CSA Staff Notice 43-309 asks mining issuers to
 * be careful with, each a warning on its words with the reason and, where one
 * is clear, the replacement: "ore" (ore body, ore shoot) in a release that
 * states no mineral reserves and does not speak of mining or production;
 * "NI 43-101 compliant"; "world-class" of a mineral asset; "spectacular" of
 * one or of results, and "production ready"; "economic" or
 * "mineable" mineralization without a pre-feasibility or feasibility study.
 * What makes each legitimate is decided in src/model/terminology.ts. French
 * releases are read and told in French (« minerai », « de classe mondiale »;
 * rules/messages/mining-terminology.ts). See
 * docs/rules/mining-terminology.md.
 */
import {defineRule, slice} from '../src/core/rule.js'
import {TERMINOLOGY_TEXTS} from './messages/mining-terminology.js'

const remarkLintMiningTerminology = defineRule({id: 'mining-terminology'}, ({model, report}) => {
  for (const term of model.terms) {
    const quote = slice(model, term)
    // In the language of the term's words: a French block's term is told in French, with a French replacement.
    const texts = TERMINOLOGY_TEXTS[model.language.of(term.sentence.block)]
    const replacement = term.replacement && matchCase(quote, term.replacement)
    report({
      level: 'warning',
      reason: texts.reason[term.kind](quote, replacement),
      place: term,
      note: texts.note[term.kind],
      // A word for the author to weigh, in a sentence whose article or capitals may need changing too: never
      // applied by --fix.
      ...(replacement ? {expected: replacement, actual: quote, suggestion: true} : {})
    })
  }
})

export default remarkLintMiningTerminology

/** The replacement in the case of the words it replaces ("ORE BODY" → "MINERALIZED ZONE"). */
function matchCase(written: string, replacement: string): string {
  if (written === written.toUpperCase() && /[A-ZÀ-Ý]/.test(written)) return replacement.toUpperCase()
  if (/^[A-ZÀ-Ý]/.test(written)) return replacement[0].toUpperCase() + replacement.slice(1)
  return replacement
}
