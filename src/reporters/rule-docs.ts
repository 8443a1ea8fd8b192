/** What the rule docs say, for reports that describe their rules (SARIF). */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {packageJson, type PackageJson} from '../core/package.js'
import {ruleUrl} from '../core/rule.js'

export interface RuleDoc {
  id: string
  /** The doc in the repository at the installed version, else the packaged file. */
  url: string
  /** The first sentence of "What it checks", whole, as plain text. */
  summary: string
  /** "What it checks" as plain text. */
  description: string
  /** "What it checks" and "Why", as Markdown. */
  markdown: string
}

/**
 * The web address of the repository `package.json#repository` names
 * (`https://…`, `git+https://….git`, `git@host:owner/name.git`,
 * `github:owner/name`, `owner/name`), or undefined.
 */
export function repositoryUrl(repository: PackageJson['repository']): string | undefined {
  const raw = (typeof repository === 'string' ? repository : repository?.url)?.trim()
  if (!raw) return undefined
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(raw)
  if (shorthand) {
    const host =
      shorthand[1] === 'gitlab' ? 'gitlab.com' : shorthand[1] === 'bitbucket' ? 'bitbucket.org' : 'github.com'
    return `https://${host}/${shorthand[2].replace(/\.git$/, '')}`
  }
  const ssh = /^(?:git\+)?(?:ssh:\/\/)?git@([^:/]+)[:/]([^\s]{1,200}?)(?:\.git)?\/?$/.exec(raw)
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`
  const web = /^(?:git\+)?(?:https?|git):\/\/(?:[^@/]+@)?([^/]+)\/([^\s]{1,200}?)(?:\.git)?\/?$/.exec(raw)
  return web ? `https://${web[1]}/${web[2]}` : undefined
}

/**
 * The address of rule `id`'s doc at version `version` of the repository
 * (`<repo>/blob/v<version>/docs/rules/<id>.md`: the release tags are
 * `v<version>`), or undefined when `package.json` names no repository.
 */
export function docUrl(pkg: PackageJson, id: string): string | undefined {
  const repo = repositoryUrl(pkg.repository)
  if (!repo) return undefined
  const folder = typeof pkg.repository === 'object' ? (pkg.repository.directory ?? '').replace(/^\/|\/$/g, '') : ''
  const blob = repo.includes('gitlab') ? '/-/blob/' : repo.includes('bitbucket.org') ? '/src/' : '/blob/'
  return `${repo}${blob}v${pkg.version}/${folder ? folder + '/' : ''}docs/rules/${id}.md`
}

/** Markdown as plain text: no code ticks, emphasis, escapes or link targets; whitespace collapsed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]\n]{0,200})\]\([^)\s]{0,500}\)/g, '$1')
    .replace(/\\([\\`*_$[\]()#|])/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Abbreviations a sentence does not end on. */
const ABBREVIATIONS = new Set(['corp', 'inc', 'ltd', 'co', 'no', 'mr', 'ms', 'dr', 'st', 'vs', 'etc', 'approx'])

/**
 * The first sentence of `text`, whole: it ends at ".", "!" or "?" before a
 * capital, not after an abbreviation ("U.S.", "s.3.1", "Corp.", "e.g.") or a
 * single letter. A paragraph that introduces a list (ends with ":") ends with
 * a full stop instead.
 */
export function firstSentence(text: string): string {
  const end = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z])/g
  for (let match = end.exec(text); match; match = end.exec(text)) {
    const before = text.slice(text.lastIndexOf(' ', match.index) + 1, match.index)
    const word = before.replace(/^[("“‘]{1,3}/, '')
    const abbreviation = word.includes('.') || word.length <= 1 || ABBREVIATIONS.has(word.toLowerCase())
    // After a closing parenthesis, a full stop ends the sentence: "(TSX-V Policy 4.1). It …".
    if (abbreviation && !word.endsWith(')')) continue
    return text.slice(0, match.index + match[0].trimEnd().length)
  }
  return text.replace(/:$/, '.')
}

/**
 * The first sentence of the doc; one that introduces the mandated wording
 * ("… must carry:" and a quote) with the wording.
 */
function summaryOf(blocks: string[]): string {
  const sentence = firstSentence(blocks[0] ?? '')
  if (sentence.length < (blocks[0] ?? '').length || !blocks[0]?.endsWith(':') || !blocks[1]?.startsWith('“'))
    return sentence
  return `${blocks[0]} ${blocks[1]}`
}

const cache = new Map<string, RuleDoc | undefined>()

/** The doc of rule `id`, or undefined when it has none (engine messages). */
export function ruleDoc(id: string): RuleDoc | undefined {
  if (cache.has(id)) return cache.get(id)
  let doc: RuleDoc | undefined
  try {
    const file = ruleUrl(id)
    const text = readFileSync(fileURLToPath(file), 'utf8')
    const section = (name: string) => {
      const start = text.indexOf(`## ${name}`)
      if (start < 0) return ''
      const end = text.indexOf('\n## ', start + 3)
      return text.slice(start, end < 0 ? undefined : end).trim()
    }
    const what = section('What it checks')
    const body = what.replace(/^## What it checks\s*/, '')
    // Its paragraphs and lists as plain text; tables (the findings and their levels) are in the Markdown.
    const blocks = body
      .split(/\n[ \t]*\n/)
      .filter((block) => !block.trimStart().startsWith('|'))
      .map((block) => (block.startsWith('>') ? `“${plainText(block.replace(/^> ?/gm, ''))}”` : plainText(block)))
      .filter(Boolean)
    doc = {
      id,
      url: docUrl(packageJson(), id) ?? file,
      summary: summaryOf(blocks),
      description: blocks.join('\n\n'),
      markdown: [what, section('Why')].join('\n\n')
    }
  } catch {
    doc = undefined
  }
  cache.set(id, doc)
  return doc
}
