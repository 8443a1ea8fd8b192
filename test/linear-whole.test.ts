/**
 * The whole lint (every rule of the default preset, the model behind them) in linear time on paragraphs of many
 * short sentences, counted rather than timed (test/work.ts): a fact read once per sentence from the whole block
 * (each sentence scanning its paragraph again) is quadratic here, and the e2e tier's 1 MB cases took minutes.
 */
import {VFile} from 'vfile'
import {describe, it} from 'vitest'
import {createProcessor} from '../src/api.js'
import {expectLinearWork} from './work.js'

/** Lint `value` with the default preset, synchronously (regexWork counts a synchronous run). */
function lint(value: string): unknown {
  const processor = createProcessor()
  const file = new VFile(value)
  return processor.runSync(processor.parse(file), file)
}

describe('the whole lint: the work grows linearly with a paragraph of many sentences', () => {
  it.each([
    ['"<!" repeated', (n: number) => '<!'.repeat(n)],
    ['short sentences', (n: number) => 'Acme Gold Corp. (TSXV: ACM) reports. ' + 'It drilled. '.repeat(n)],
    [
      'sales to a director',
      (n: number) => 'Acme Gold Corp. (TSXV: ACM) reports! ' + 'It sold claims to a director! '.repeat(n)
    ],
    [
      'placement terms',
      (n: number) => 'Acme Gold Corp. (TSXV: ACM) closed its placement. ' + 'Units at $0.10 each. '.repeat(n)
    ]
  ])('%s', (_, make) => {
    expectLinearWork(make, lint, 300)
  })
})
