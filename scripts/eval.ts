/**
 * `npm run eval`: precision and recall of each rule on the labelled corpus of
 * real releases (../shared/corpus, or the folder given as the first argument).
 * A file counts as flagged by a rule when the rule reports an error on it;
 * what the labels expect is derived from their fields (see `expectations`).
 * Files whose copy is truncated are scored only on what they show: elements
 * that belong at the end (caution, disclaimer, QP statement) are not scored.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {createProcessor, lintText} from '../src/api.js'
import {getModel} from '../src/model/model.js'
import {ruleIds as RULE_IDS, type RuleId} from '../rules/index.js'

interface Label {
  file: string
  exchange: string
  truncated: boolean
  has_technical_info: boolean
  has_qp_statement: boolean
  qp_approval_wording: boolean
  has_fli_caution: boolean
  has_exchange_disclaimer: boolean
  disclaimer_variant: string | null
  is_offering: boolean
  us_legend_position: 'top' | 'bottom' | 'none'
  is_life_offering?: boolean
  offering?: {
    securities: Array<{security: string; count: number | null; price: number | null; stated_gross_proceeds: number | null}>
    hold_period_wording: string | null
  } | null
  notes: string
}

/** What the labels say each rule should find: `true` an error, `false` none, `undefined` not scored. */
export function expectations(label: Label): Record<RuleId, boolean | undefined> {
  const end = label.truncated ? undefined : true
  const defectiveDisclaimer = /(?:defective|wrong-term|non-standard)[^.]{0,60}disclaimer/i.test(label.notes ?? '')
  const namesTsxv = /tsx venture|tsx-?v\b/i.test(label.disclaimer_variant ?? '')
  return {
    'qp-statement':
      end && label.has_technical_info ? !(label.has_qp_statement && label.qp_approval_wording) : end && false,
    'forward-looking-caution': end && !label.has_fli_caution,
    'exchange-disclaimer':
      label.exchange === 'TSXV'
        ? end && (!label.has_exchange_disclaimer || defectiveDisclaimer)
        : namesTsxv,
    'us-distribution-legend': label.is_offering && label.us_legend_position === 'none',
    // Every labelled financing's figures agree (labels: `consistent`), so any error is a false alarm.
    'offering-arithmetic': false,
    // A placement that states no hold period (LIFE and prospectus offerings have none).
    'hold-period':
      end &&
      label.is_offering &&
      !label.is_life_offering &&
      !label.offering?.securities.some((security) => /prospectus/i.test(security.security)) &&
      !label.offering?.hold_period_wording,
    // No labelled TSX-V price or warrant price is below $0.05.
    'tsxv-pricing': false
  }
}

interface Score {
  tp: number
  fp: number
  fn: number
  tn: number
  misses: string[]
}

async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const folder = process.argv.slice(2).find((arg) => !arg.startsWith('--'))
  const corpus = path.resolve(folder ?? path.join(here, '../../../shared/corpus'))
  const labels = JSON.parse(await readFile(path.join(corpus, 'labels.json'), 'utf8')) as Label[]
  const scores = Object.fromEntries(RULE_IDS.map((id) => [id, {tp: 0, fp: 0, fn: 0, tn: 0, misses: []}])) as unknown as Record<
    RuleId,
    Score
  >
  const warnings: Record<string, number> = {}
  const figures: string[] = []
  let labelled = 0
  let extracted = 0
  let bytes = 0
  const processor = createProcessor([])
  let elapsed = 0
  for (const label of labels) {
    const filePath = path.join(corpus, 'releases', label.file)
    const value = await readFile(filePath)
    bytes += value.length
    const before = performance.now()
    const file = await lintText(new VFile({path: filePath, value}))
    elapsed += performance.now() - before
    const expected = expectations(label)
    // The figures: each labelled (count, price) found as a lot in the model.
    if (label.offering) {
      const lots = getModel(processor.parse(file), file).offering.lots
      const found = lots.map((lot) => `${lot.count.value} × ${lot.price?.value ?? '?'} = ${lot.proceeds?.value ?? '?'}`)
      for (const security of label.offering.securities) {
        if (security.count === null) continue
        labelled++
        const hit = lots.some((lot) => lot.count.value.equals(security.count!) && (security.price === null || lot.price === undefined || lot.price.value.equals(security.price)))
        if (hit) extracted++
        else figures.push(`  not extracted ${label.file}: ${security.count} × ${security.price} = ${security.stated_gross_proceeds}`)
      }
      figures.unshift(`  ${label.file}: ${found.join('; ') || 'no lots'}`)
    }
    for (const id of RULE_IDS) {
      const messages = file.messages.filter((m) => m.ruleId === id)
      for (const m of messages) if (!m.fatal) warnings[id] = (warnings[id] ?? 0) + 1
      const flagged = messages.some((m) => m.fatal)
      const want = expected[id]
      if (want === undefined) continue
      const score = scores[id]
      if (flagged && want) score.tp++
      else if (flagged && !want) {
        score.fp++
        const first = messages.find((m) => m.fatal)
        score.misses.push(`FP ${label.file}: ${first?.line}:${first?.column} ${first?.reason}`)
      } else if (!flagged && want) {
        score.fn++
        score.misses.push(`FN ${label.file}`)
      } else score.tn++
    }
  }

  const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3))
  const rows = [['rule', 'precision', 'recall', 'tp', 'fp', 'fn', 'tn', 'warnings']]
  for (const id of RULE_IDS) {
    const s = scores[id]
    rows.push([id, ratio(s.tp, s.tp + s.fp), ratio(s.tp, s.tp + s.fn), ...[s.tp, s.fp, s.fn, s.tn, warnings[id] ?? 0].map(String)])
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '))
  console.log(`\n${labels.length} releases, ${(bytes / 1024).toFixed(0)} KiB linted in ${elapsed.toFixed(0)} ms`)
  console.log(`\nfinancing figures: ${extracted} of ${labelled} labelled (count, price) lots extracted`)
  if (process.argv.includes('--figures')) for (const line of figures.sort()) console.log(line)
  for (const id of RULE_IDS) {
    if (scores[id].misses.length === 0) continue
    console.log(`\n${id}:`)
    for (const miss of scores[id].misses) console.log(`  ${miss}`)
  }
}

await main()
