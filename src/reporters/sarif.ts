/**
 * `--report sarif`: SARIF 2.1.0 for GitHub code scanning. Rules come from our
 * rule docs (the first sentence of "What it checks" as the short description,
 * all of it as the full one, `helpUri` the doc in the repository
 * `package.json#repository` names, at the installed version's tag), ruleIds are the rule ids users
 * configure, locations are URIs relative to the folder the command ran in
 * (the repository root in CI), with regions and a fingerprint that survives
 * lines moving. Findings waived by a suppression comment are results with
 * `suppressions: [{kind: "inSource", justification}]` (the comment's reason).
 */
import {createHash} from 'node:crypto'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Log, ReportingDescriptor, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {SUPPRESSED} from '../core/control.js'
import {packageJson} from '../core/package.js'
import {rangeOf, relativePath, wordsOf} from './common.js'
import {ruleDoc} from './rule-docs.js'

const TOOL = 'disclosure-lint'

function level(message: VFileMessage): Result.level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note'
}

/** A repository-relative URI for the file. */
function uriOf(file: VFile): string {
  return relativePath(file).split('/').map(encodeURIComponent).join('/')
}

/** Stable across edits elsewhere: the rule, the reason and the words flagged, not the line number. */
function fingerprint(file: VFile, message: VFileMessage, uri: string): string {
  const words = wordsOf(file, message)
  // A reason may say where its evidence is ("(line 12)"): a line added above must not make the finding new.
  const reason = message.reason.replace(/\s?\(line \d+\)/g, '')
  return createHash('sha256')
    .update([uri, message.ruleId, reason, words.replace(/\s+/g, ' ')].join('\u0000'))
    .digest('hex')
    .slice(0, 32)
}

function occurrence(seen: Map<string, number>, hash: string): string {
  const count = (seen.get(hash) ?? 0) + 1
  seen.set(hash, count)
  return `${hash}:${count}`
}

const justified = (reason: string | undefined) => (reason ? {justification: reason} : {})

export default function sarifReporter(files: VFile[]): string {
  const rules: ReportingDescriptor[] = []
  const ruleIndex = new Map<string, number>()
  const results: Result[] = []

  for (const file of files) {
    const uri = uriOf(file)
    // The same finding twice in a file (two "four months"): number the occurrences.
    const seen = new Map<string, number>()
    // Findings waived by a suppression comment are results too, marked suppressed with the comment's reason.
    const waived = new Map((file.data[SUPPRESSED] ?? []).map(({message, justification}) => [message, justification]))
    for (const message of [...file.messages, ...waived.keys()]) {
      const id = message.ruleId ?? 'input'
      if (!ruleIndex.has(id)) {
        const doc = ruleDoc(id)
        ruleIndex.set(id, rules.length)
        rules.push({
          id,
          name: id.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase()),
          shortDescription: {text: doc?.summary || (id === 'input' ? 'The file could not be linted.' : id)},
          ...(doc
            ? {
                fullDescription: {text: doc.description},
                helpUri: doc.url,
                help: {text: doc.description, markdown: doc.markdown}
              }
            : {}),
          properties: {tags: ['compliance', 'disclosure']}
        })
      }
      const place = rangeOf(message)
      const text = message.note ? `${message.reason}\n\n${message.note}` : message.reason
      results.push({
        ruleId: id,
        ruleIndex: ruleIndex.get(id),
        level: level(message),
        message: {text},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri, uriBaseId: '%SRCROOT%'},
              ...(place
                ? {
                    region: {
                      startLine: place.start.line,
                      startColumn: place.start.column,
                      endLine: place.end.line,
                      endColumn: place.end.column
                    }
                  }
                : {})
            }
          }
        ],
        partialFingerprints: {'disclosureLint/v1': occurrence(seen, fingerprint(file, message, uri))},
        ...(waived.has(message)
          ? {suppressions: [{kind: 'inSource', ...justified(waived.get(message))}] satisfies Result['suppressions']}
          : {}),
        ...(message.expected?.length
          ? {
              // One fix per possible correction (an arithmetic finding may offer the proceeds or the count).
              fixes: place
                ? message.expected.map((text) => ({
                    description: {text: `Replace with the expected text`},
                    artifactChanges: [
                      {
                        artifactLocation: {uri, uriBaseId: '%SRCROOT%'},
                        replacements: [
                          {
                            deletedRegion: {
                              startLine: place.start.line,
                              startColumn: place.start.column,
                              endLine: place.end.line,
                              endColumn: place.end.column
                            },
                            insertedContent: {text}
                          }
                        ]
                      }
                    ]
                  }))
                : undefined
            }
          : {})
      })
    }
  }

  const cwd = files[0]?.cwd ?? process.cwd()
  const version = packageJson().version
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: TOOL, version, semanticVersion: version, rules}},
        originalUriBaseIds: {'%SRCROOT%': {uri: pathToFileURL(cwd + path.sep).href}},
        results,
        columnKind: 'utf16CodeUnits'
      }
    ]
  }
  return JSON.stringify(log, undefined, 2) + '\n'
}
