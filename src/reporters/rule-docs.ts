/** What the rule docs say, for reports that describe their rules (SARIF). */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {ruleUrl} from '../core/rule.js'

export interface RuleDoc {
  id: string
  url: string
  /** The first paragraph of "What it checks", as plain text. */
  summary: string
  /** "What it checks" and "Why", as Markdown. */
  markdown: string
}

const cache = new Map<string, RuleDoc | undefined>()

/** The doc of rule `id`, or undefined when it has none (engine messages). */
export function ruleDoc(id: string): RuleDoc | undefined {
  if (cache.has(id)) return cache.get(id)
  let doc: RuleDoc | undefined
  try {
    const url = ruleUrl(id)
    const text = readFileSync(fileURLToPath(url), 'utf8')
    const section = (name: string) => {
      const start = text.indexOf(`## ${name}`)
      if (start < 0) return ''
      const end = text.indexOf('\n## ', start + 3)
      return text.slice(start, end < 0 ? undefined : end).trim()
    }
    const what = section('What it checks')
    const summary = (what.split('\n\n')[1] ?? '').replace(/\s+/g, ' ').replace(/[`*]/g, '').trim()
    doc = {id, url, summary, markdown: [what, section('Why')].join('\n\n')}
  } catch {
    doc = undefined
  }
  cache.set(id, doc)
  return doc
}
