/**
 * `--report github`: GitHub Actions workflow commands, one annotation per
 * message (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::…`),
 * shown on the pull request's diff.
 */
import type {VFile} from 'vfile'
import {rangeOf, relativePath} from './common.js'

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')

export default function githubReporter(files: VFile[]): string {
  const lines: string[] = []
  for (const file of files) {
    const name = relativePath(file)
    for (const message of file.messages) {
      const command = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
      const place = rangeOf(message)
      const properties = [`file=${escapeProperty(name)}`]
      if (place) {
        properties.push(
          `line=${place.start.line}`,
          `col=${place.start.column}`,
          `endLine=${place.end.line}`,
          `endColumn=${place.end.column}`
        )
      }
      properties.push(`title=${escapeProperty(`disclosure-lint(${message.ruleId ?? 'input'})`)}`)
      const body = message.note ? `${message.reason}\n${message.note}` : message.reason
      lines.push(`::${command} ${properties.join(',')}::${escapeData(body)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
