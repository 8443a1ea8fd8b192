/**
 * What the alignment of an exchange disclaimer with its declared wording says
 * is wrong with it, read once (boilerplate.ts declares the wording and aligns
 * it): the first element of substance missing or replaced, reported in the
 * order a reader checks the disclaimer (who disclaims, then what); words
 * added among those that say who disclaims; the parenthetical copied from
 * another exchange's disclaimer; and slips in its defined terms.
 */
import type {Disclaimer} from './boilerplate.js'
import type {CanadianExchange} from './listing.js'
import {letters, type ElementVerdict, type Words} from './wording.js'

/** The elements in the order a defect is reported: who disclaims first, then what. */
const ORDER = ['exchange', 'provider', 'neither', 'nor', 'accepts', 'adequacy', 'accuracy']
/** Words added among these change who disclaims ("…, the OTCQB, nor …"). */
const WHO = new Set(['neither', 'the', 'exchange', 'nor', 'provider'])

export type DisclaimerDefect =
  /** The element is not there. */
  | {kind: 'missing'; label: string}
  /** Some of the element's words are gone while the rest is there ("Regulation Services" without "Provider"). */
  | {kind: 'dropped'; label: string; words: string}
  /** Other words stand where the element belongs; `marketRegulator`: the older "Market Regulator" wording. */
  | {kind: 'replaced'; label: string; found: Words | undefined; marketRegulator: boolean}
  /** Words added among those that say who disclaims. */
  | {kind: 'added'; found: Words}

/** The disclaimer's first defect of substance, or undefined when its wording holds. */
export function disclaimerDefect(disclaimer: Disclaimer, value: string): DisclaimerDefect | undefined {
  const verdicts = disclaimer.wording.elements
  for (const id of ORDER) {
    const v = verdicts.find((e) => e.element.id === id)
    if (!v || (v.status !== 'missing' && v.status !== 'replaced') || !v.element.substantive) continue
    const label = v.element.label
    if (v.status === 'missing') return {kind: 'missing', label}
    const words = label.split(' ')
    const dropped = words.filter((w) => v.dropped.includes(letters(w))).join(' ')
    if (dropped && v.dropped.length < words.length) return {kind: 'dropped', label, words: dropped}
    const quoted = v.found ? value.slice(v.found.start, v.found.end) : ''
    return {kind: 'replaced', label, found: v.found, marketRegulator: /market ?regulator/i.test(quoted)}
  }
  const added = verdicts.find((v) => WHO.has(v.element.id) && v.added)?.added
  return added ? {kind: 'added', found: added} : undefined
}

/** The parenthetical naming another exchange's policies ("as that term is defined in the policies of the CSE"). */
export function copiedParenthetical(
  disclaimer: Disclaimer
): {exchange: CanadianExchange; verdict: ElementVerdict & {found: Words}} | undefined {
  const verdict = disclaimer.wording.elements.find(
    (v) => v.element.id === 'policies-of' && v.status === 'present' && v.found
  )
  if (!verdict?.found || !verdict.value || verdict.value === 'TSXV') return undefined
  return {exchange: verdict.value as CanadianExchange, verdict: verdict as ElementVerdict & {found: Words}}
}

/** The defined terms written with a slip (a typo, an abbreviation the release does not define). */
export function termSlips(disclaimer: Disclaimer): (ElementVerdict & {found: Words})[] {
  return disclaimer.wording.elements.filter(
    (v): v is ElementVerdict & {found: Words} => Boolean(v.element.term) && v.status === 'cosmetic' && !!v.found
  )
}
