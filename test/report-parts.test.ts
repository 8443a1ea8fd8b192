/**
 * A report made draft by draft (src/cli/run.ts `reportInParts`): the text and JSON reports can be made one draft at
 * a time, so a run of 100,000 drafts writes each batch's part as it is linted and holds no linted draft until the
 * end. Joined, the parts are the report made once over every draft, byte for byte, with every option that changes
 * it. Invented issuers.
 */
import {PassThrough} from 'node:stream'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {Root} from 'mdast'
import {createProcessor, getModel, lintText, presetFor, type Model} from '../src/api.js'
import {run} from '../src/cli/run.js'
import type {Streaming} from '../src/reporters/common.js'
import jsonReporter from '../src/reporters/json.js'
import textReporter from '../src/reporters/text.js'
import {fixture, RELEASE, runSettings, tempFolders} from './helpers.js'

const release = fixture(RELEASE)
const broken = release.replace(/Neither TSX Venture Exchange[^\n]*\n/, '')
const folder = tempFolders('dl-parts-')
const DRILLING = 'Quillon Ridge Metals Inc. (TSXV: QRM) reports hole QR-7 returned 4.1 g/t gold over 2.0 metres.\n'

async function files(): Promise<VFile[]> {
  const linted = await Promise.all(
    [release, broken, DRILLING, ''].map(async (value, index) => {
      const file = await lintText(new VFile({path: `draft-${index}.md`, value, cwd: '/drafts'}))
      return file
    })
  )
  // A draft that could not be linted: counted, not shown.
  const refused = new VFile({path: 'scan.md', cwd: '/drafts'})
  const message = refused.message('Cannot lint a PDF file')
  message.fatal = true
  return [...linted, refused]
}

const joined = (parts: Streaming | undefined, list: VFile[]): string =>
  list.map((file) => parts!.file(file)).join('') + parts!.end()

describe('a report in parts', () => {
  it.each([{}, {quiet: true}, {silent: true}, {verbose: true}, {color: true, width: 60}])(
    'text %o: the parts joined are the whole report',
    async (options) => {
      const list = await files()
      const whole = textReporter(list, options)
      expect(whole).toContain('exchange-disclaimer')
      expect(joined(textReporter.streaming(options), list)).toBe(whole)
      expect(joined(textReporter.streaming(options), [])).toBe(textReporter([], options))
    }
  )

  it.each([{}, {quiet: true}, {silent: true}])('json %o: the parts joined are the whole report', async (options) => {
    const list = await files()
    const whole = jsonReporter(list, options)
    expect(JSON.parse(whole)).toBeInstanceOf(Array)
    expect(joined(jsonReporter.streaming(options), list)).toBe(whole)
    expect(joined(jsonReporter.streaming(options), [])).toBe('[]')
    // No draft left after --quiet: still an array.
    const clean = list.filter((file) => file.messages.length === 0)
    expect(joined(jsonReporter.streaming({quiet: true}), clean)).toBe(jsonReporter(clean, {quiet: true}))
  })

  it('an indented JSON report is made whole, at the end', () => {
    expect(jsonReporter.streaming({pretty: 2})).toBeUndefined()
  })

  it('a run in batches hands each draft to the report as it is linted, in order; the whole report is never made', async () => {
    const dir = folder(Object.fromEntries(Array.from({length: 9}, (_, i) => [`d-${i}.md`, i % 2 ? broken : release])))
    const order: string[] = []
    let whole = 0
    const reporter = Object.assign(
      () => {
        whole++
        return ''
      },
      {
        streaming: (): Streaming => ({
          file(file: VFile) {
            order.push(file.path)
            return `${file.basename} ${file.messages.length}\n`
          },
          end: () => `${order.length} drafts\n`
        })
      }
    )
    const sink = new PassThrough()
    const chunks: Buffer[] = []
    sink.on('data', (chunk: Buffer) => chunks.push(chunk))
    await run(runSettings(dir, reporter, sink), {keep: 'messages', batch: 2, notes: false})
    process.exitCode = undefined
    expect(whole).toBe(0)
    expect(order.map((name) => name.replace(/^.*[\\/]/, ''))).toEqual(Array.from({length: 9}, (_, i) => `d-${i}.md`))
    const report = Buffer.concat(chunks).toString('utf8')
    expect(report.split('\n').slice(-2)).toEqual(['9 drafts', ''])
    expect(report).toMatch(/^d-1\.md [1-9]/m)
  })
})

describe('a linted draft lets go of its model', () => {
  it('comment control, the last plugin of a preset, forgets the model every rule read', async () => {
    let read: Model | undefined
    const spy = () => (tree: Root, file: VFile) => void (read = getModel(tree, file))
    const processor = createProcessor([spy, ...(presetFor().plugins ?? [])])
    const file = new VFile({path: 'a.md', value: broken})
    const tree = processor.parse(file)
    await processor.run(tree, file)
    expect(read).toBeDefined()
    expect(file.messages.some((message) => message.ruleId === 'exchange-disclaimer')).toBe(true)
    // Built again on demand, the same facts.
    const again = getModel(tree, file)
    expect(again).not.toBe(read)
    expect(again.sentences.length).toBe(read!.sentences.length)
  })
})
