/**
 * `--report json`: vfile-reporter-json's report, which a run too large to hold can also make draft by draft
 * (`streaming`): its array, one draft's object at a time, the same bytes.
 */
import type {VFile} from 'vfile'
import {reporterJson, type Options} from 'vfile-reporter-json'
import type {Streaming} from './common.js'

export default function jsonReporter(files: VFile[], options: Options = {}): string {
  return reporterJson(files, options)
}

/** Draft by draft, unless the report is indented (`pretty`): then the whole report is made at the end. */
jsonReporter.streaming = (options: Options = {}): Streaming | undefined => {
  if (options.pretty) return undefined
  let first = true
  return {
    file(file) {
      // The draft's object (none when --quiet leaves it out), as the array of every draft holds it.
      const part = reporterJson([file], options).slice(1, -1)
      if (part === '') return ''
      const text = (first ? '[' : ',') + part
      first = false
      return text
    },
    end: () => (first ? '[]' : ']')
  }
}
