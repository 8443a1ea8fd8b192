/**
 * `--report html`: one self-contained page to circulate (inline CSS, no
 * script, nothing fetched: drafts are confidential). The summary, a table of
 * drafts × rules, and each draft as a marked-up copy: its text with the words
 * of each finding highlighted and numbered, the findings (rule, level,
 * message, regulation and fix, fixing text) in the margin beside the
 * paragraph they are on, as a lawyer marks a paper draft.
 *
 * It reads each draft's text: the CLI keeps the text of every draft of a run
 * until this report is made (`keep: 'text'`).
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {packageJson} from '../core/package.js'
import {couldNotLint, levelOf, rangeOf, relativePath} from './common.js'
import {count, locationOf, summaryParts} from './text.js'

const escapes: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** `text` safe in HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c])
}

const CSS = `
body{font:15px/1.5 Georgia,'Times New Roman',serif;color:#222;margin:2em auto;max-width:1200px;padding:0 1em}
h1,h2,table,aside,.meta,.summary{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2.5em;border-bottom:1px solid #ccc;padding-bottom:.2em}
.summary{font-size:1.1em;font-weight:600}
table{border-collapse:collapse;font-size:.85em;margin:1em 0}
th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}th:first-child,td:first-child{text-align:left}
thead th{background:#f3f3f3;vertical-align:bottom}
td.e{color:#a40000;font-weight:600}td.w{color:#8a5a00}
.row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5em;border-top:1px dotted #ddd;padding:.4em 0}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:#fff2a8;padding:0 1px}mark.error{background:#ffd2d2;border-bottom:2px solid #c00}
mark.warning{border-bottom:2px solid #d89000}mark.point{background:none;color:#c00;font-weight:700}
sup{font:700 .7em system-ui,sans-serif;color:#555}
aside{font-size:.85em}
.finding{border-left:4px solid #d89000;background:#fffaf0;padding:.3em .6em;margin:0 0 .6em}
.finding.error{border-color:#c00;background:#fff5f5}.finding.info{border-color:#4a7ab0;background:#f4f8fc}
.finding .head{font-weight:600}.finding .rule{font-family:ui-monospace,monospace;color:#555}
.finding .note{margin:.2em 0}.finding .fix{font-family:Georgia,serif;background:#f0f8f0;padding:.2em .4em}
.meta{color:#666;font-size:.85em}
@media print{.row{break-inside:avoid}body{margin:0}}
@media (max-width:800px){.row{grid-template-columns:1fr}}
`

interface Numbered {
  n: number
  message: VFileMessage
  start: number
  end: number
}

function findingHtml(id: string, {n, message}: Numbered): string {
  const level = levelOf(message)
  const where = locationOf(message)
  return [
    `<div class="finding ${level}" id="${id}-${n}">`,
    `<div class="head"><sup>${n}</sup> ${level}${where ? ` · ${escapeHtml(where)}` : ''}`,
    message.ruleId ? ` · <span class="rule">${escapeHtml(message.ruleId)}</span>` : '',
    `</div><div>${escapeHtml(message.reason)}</div>`,
    message.note ? `<div class="note">${escapeHtml(message.note)}</div>` : '',
    message.expected?.length
      ? `<div class="fix">Fix: ${message.expected.map(escapeHtml).join(' <em>or</em> ')}</div>`
      : '',
    '</div>'
  ].join('')
}

/** The paragraphs of `text` (split after blank lines), as [start, end) offsets covering all of it. */
function paragraphs(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const blank = /\n[ \t]*\n\s*/g
  let start = 0
  for (let match = blank.exec(text); match; match = blank.exec(text)) {
    const end = match.index + match[0].length
    spans.push([start, end])
    start = end
  }
  if (start < text.length || spans.length === 0) spans.push([start, text.length])
  return spans
}

/** `text[from, to)` with the findings' words marked and numbered. */
function marked(text: string, from: number, to: number, findings: Numbered[]): string {
  const cuts = new Set([from, to])
  for (const f of findings) for (const at of [f.start, f.end]) if (at > from && at < to) cuts.add(at)
  const points = [...cuts].sort((a, b) => a - b)
  let html = ''
  for (let i = 0; i < points.length; i++) {
    const at = points[i]
    // Zero-width findings (where text belongs) and the numbers of those ending here.
    for (const f of findings) {
      if (f.start === f.end && f.start === at && (at < to || to === text.length))
        html += `<mark class="point ${levelOf(f.message)}" title="${escapeHtml(f.message.reason)}">‸<sup>${f.n}</sup></mark>`
      else if (f.end === at && f.start < at && at > from) html += `<sup>${f.n}</sup>`
    }
    const next = points[i + 1]
    if (next === undefined) break
    const piece = escapeHtml(text.slice(at, next))
    const covering = findings.filter((f) => f.start <= at && f.end >= next && f.end > f.start)
    if (covering.length === 0) html += piece
    else {
      const level = covering.some((f) => f.message.fatal === true) ? 'error' : 'warning'
      const title = covering.map((f) => `${f.n}. ${f.message.reason}`).join('\n')
      html += `<mark class="${level}" title="${escapeHtml(title)}">${piece}</mark>`
    }
  }
  return html
}

function draftHtml(file: VFile, index: number): string {
  const id = `d${index + 1}`
  const name = relativePath(file) || '<stdin>'
  const text = String(file.value ?? '')
  const findings: Numbered[] = file.messages.map((message, i) => {
    const place = rangeOf(message)
    const start = Math.min(text.length, place?.start.offset ?? -1)
    const end = Math.min(text.length, place?.end.offset ?? start)
    return {n: i + 1, message, start, end: Math.max(start, end)}
  })
  findings.sort((a, b) => a.start - b.start || a.n - b.n)
  findings.forEach((f, i) => (f.n = i + 1))
  const html = [`<section id="${id}"><h2>${escapeHtml(name)}</h2>`]
  const placeless = findings.filter((f) => f.start < 0 || !text)
  if (file.messages.length === 0) html.push('<p class="meta">No findings.</p>')
  if (placeless.length > 0)
    html.push(
      `<div class="row"><div class="text"></div><aside>${placeless.map((f) => findingHtml(id, f)).join('')}</aside></div>`
    )
  if (text) {
    const placed = findings.filter((f) => f.start >= 0)
    for (const [from, to] of paragraphs(text)) {
      // A finding sits beside the paragraph its words start in (a point at the very end: the last one).
      const last = to === text.length
      const starting = placed.filter((f) => f.start >= from && (f.start < to || (last && f.start === to)))
      const here = placed.filter((f) => (f.start < from && f.end > from) || starting.includes(f))
      html.push(
        `<div class="row"><div class="text">${marked(text, from, to, here)}</div>`,
        `<aside>${starting.map((f) => findingHtml(id, f)).join('')}</aside></div>`
      )
    }
  }
  html.push('</section>')
  return html.join('\n')
}

function tableHtml(files: VFile[], rules: string[]): string {
  const head = rules.map((rule) => `<th>${escapeHtml(rule)}</th>`).join('')
  const rows = files.map((file, index) => {
    const cells = rules.map((rule) => {
      const mine = file.messages.filter((m) => m.ruleId === rule && m.fatal !== undefined)
      const errors = mine.filter((m) => m.fatal === true).length
      return `<td class="${errors ? 'e' : mine.length ? 'w' : ''}">${mine.length || ''}</td>`
    })
    const failed = file.messages.some(couldNotLint) ? ' (could not be linted)' : ''
    return `<tr><td><a href="#d${index + 1}">${escapeHtml(relativePath(file) || '<stdin>')}</a>${failed}</td>${cells.join('')}</tr>`
  })
  return `<table><thead><tr><th>Draft</th>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
}

export default function htmlReporter(files: VFile[]): string {
  const counts = count(files)
  const rules = [...counts.rules.keys()].sort()
  const {version} = packageJson()
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing is loaded from anywhere: no script, no remote style, font or image.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<title>disclosure-lint report</title>',
    `<style>${CSS}</style></head><body>`,
    '<h1>disclosure-lint report</h1>',
    `<p class="summary">${escapeHtml(summaryParts(counts).join(' · '))}</p>`,
    `<p class="meta">disclosure-lint ${escapeHtml(version)}. Findings are marked in each draft; ` +
      "a finding's note gives the regulation and the fix.</p>",
    tableHtml(files, rules),
    ...files.map(draftHtml),
    '</body></html>',
    ''
  ].join('\n')
}
