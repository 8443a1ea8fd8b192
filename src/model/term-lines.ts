/**
 * A term sheet's lines as a draft writes them in one paragraph: "Number of Units: 9,000,000", "Price per Unit: $0.10",
 * "Hold Period Expiry: April 3, 2027" (an Exchange bulletin's way, copied into releases), a term's name, a colon and
 * its value. A paragraph of such lines alone is a table of two columns, its lines rows (tables.ts), each a sentence of
 * its own (document.ts): the lines have no stop between them, and read as one sentence a warrant's "24 months" runs
 * into the hold period's line after it. Three list items or more of one such line each, in a row ("- Price per Unit:
 * $0.10"), are a table too.
 */
import {pattern} from './pattern.js'

/** A term's name (no digit, no stop, up to 60 characters), its colon, then a value. */
const TERM_LINE = pattern(String.raw`^\s{0,4}([^\d\s:.;!?|\t][^\d:.;!?|\t\n]{0,59}):[ \t]{1,4}(\S.{0,300})$`)

/**
 * The lines of a paragraph that make it a list of terms (`least` or more, three unless told, and no other line), else
 * undefined.
 */
export function termLines(
  text: string,
  least = 3
): Array<{name: string; value: string; from: number; to: number}> | undefined {
  const lines = text.split('\n')
  if (lines.length < least) return undefined
  const found: Array<{name: string; value: string; from: number; to: number}> = []
  let at = 0
  for (const line of lines) {
    const match = TERM_LINE.exec(line.trimEnd())
    if (!match) return undefined
    found.push({name: match[1].trim(), value: match[2].trim(), from: at, to: at + line.trimEnd().length})
    at += line.length + 1
  }
  return found
}

/** A name's line of a term sheet copied a cell a line: no digit, no stop at its end, up to 60 characters. */
const NAME_CELL = pattern(String.raw`^\s{0,4}[^\d\s:.;!?|\t][^\d:.;!?|\t\n]{0,59}$`)
/** A value's line: a figure or a date in up to 60 characters ("9,000,000", "$0.10", "April 3, 2027"). */
const VALUE_CELL = pattern(String.raw`^\s{0,4}\S[^\n]{0,59}$`)

/**
 * A term sheet copied a cell a line (a web page's table without its separators): a term's name, then its value on
 * the next line, three pairs or more and no other line ("Number of Units", "9,000,000", "Price per Unit", "$0.10",
 * …). Each pair's name and value as [from, to) in `text`, else undefined.
 */
export function termPairs(text: string): Array<{name: [number, number]; value: [number, number]}> | undefined {
  const lines = text.split('\n')
  if (lines.length < 6 || lines.length % 2 !== 0) return undefined
  const pairs: Array<{name: [number, number]; value: [number, number]}> = []
  let at = 0
  for (let i = 0; i < lines.length; i += 2) {
    const [name, value] = [lines[i].trimEnd(), lines[i + 1].trimEnd()]
    if (!NAME_CELL.test(name) || !VALUE_CELL.test(value) || !/\d/.test(value)) return undefined
    const next = at + lines[i].length + 1
    pairs.push({
      name: [at + name.length - name.trimStart().length, at + name.length],
      value: [next, next + value.length]
    })
    at = next + lines[i + 1].length + 1
  }
  return pairs
}

/**
 * A term of an offering or a settlement by its name ("Price per Unit", "Gross proceeds", "Hold period expiry",
 * "Number of Shares", "Debt settled"): a list of terms names two or more of them. A list of other facts ("Qualified
 * Person: …", "Relationship: …"; "Telephone: …") is no term sheet, and its lines are read together as written.
 */
const OFFERING_TERM = pattern(
  String.raw`\b(?:prices?|proceeds|units?|shares?|number|warrants?|hold|closing|offering|securities|fees?|expiry|` +
    String.raw`debts?|tranches?|placement|subscription|receipts?)\b`,
  'i'
)

/** Whether the names of a list of terms are an offering's (two or more of them). */
export function offeringTerms(names: readonly string[]): boolean {
  return names.filter((name) => OFFERING_TERM.test(name)).length >= 2
}
