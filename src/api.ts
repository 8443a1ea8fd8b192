/**
 * disclosure-lint's API, for configs, tools and the applications on top (CLI,
 * language server): the rules, the presets, a processor and `lintText`.
 */
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified, type PluggableList, type Processor} from 'unified'
import {VFile, type Compatible} from 'vfile'
import {presetFor} from '../presets/base.js'
import disclosureLintDecode from './core/decode.js'
import disclosureLintGuard from './core/guard.js'

// The presets: each pins the issuer's exchange (`presetFor()`, the default, pins none: the release's own decides).
export {default as tsxv} from '../presets/tsxv.js'
export {default as cse} from '../presets/cse.js'
export {default as tsx} from '../presets/tsx.js'
export {default as cboe} from '../presets/cboe.js'
export {PRESETS, presetFor, type PresetExchange, type PresetName} from '../presets/base.js'
export {default as disclosureLintControl} from '../presets/control.js'
export {default as disclosureLintGuard} from './core/guard.js'
export {default as disclosureLintDecode, decodeDraft, type DecodeOptions} from './core/decode.js'
// Every rule, by id (`rules['qp-statement']`); a config names them `disclosure-lint/rules/<id>`.
export {rules, ruleIds, type RuleId} from '../rules/index.js'
export {getModel, buildModel, find, findAll, has} from './model/model.js'
export type {Model, Block, Sentence, Unit, Found, Span} from './model/model.js'
export {SOURCE} from './core/constants.js'
export {ruleUrl, type Rule} from './core/rule.js'

/**
 * The processor the CLI builds on: remark's parser (the draft's bytes decoded first: BOM, UTF-16, not text), the
 * input guard, then `plugins` (by default the default preset: the exchange the release states chooses, TSX-V where
 * it states none).
 */
export function createProcessor(plugins: PluggableList = presetFor().plugins ?? []): Processor<Root, Root, Root> {
  return unified()
    .use(remarkParse)
    .use(disclosureLintDecode)
    .use(disclosureLintGuard)
    .use(plugins) as unknown as Processor<Root, Root, Root>
}

/**
 * Lint one draft with `plugins` (by default the default preset: the exchange the release states chooses, TSX-V
 * where it states none); resolves to the file with its messages.
 */
export async function lintText(value: Compatible, plugins?: PluggableList): Promise<VFile> {
  const file = value instanceof VFile ? value : new VFile(value)
  const processor = createProcessor(plugins)
  await processor.run(processor.parse(file), file)
  return file
}
