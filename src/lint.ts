/** Lint a draft in process (tests, the eval script, the language server). */
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified, type PluggableList, type Processor} from 'unified'
import {VFile, type Compatible} from 'vfile'
import tsxv from '../presets/tsxv.js'
import disclosureLintGuard from './guard.js'

/** The processor the CLI builds on: remark's parser and the input guard. */
export function createProcessor(plugins: PluggableList = tsxv.plugins ?? []): Processor<Root, Root, Root> {
  return unified().use(remarkParse).use(disclosureLintGuard).use(plugins) as unknown as Processor<Root, Root, Root>
}

/** Lint one draft with `plugins` (the TSX-V preset by default); resolves to the file with its messages. */
export async function lintText(value: Compatible, plugins?: PluggableList): Promise<VFile> {
  const file = value instanceof VFile ? value : new VFile(value)
  const processor = createProcessor(plugins)
  await processor.run(processor.parse(file), file)
  return file
}
