/** `disclosure-lint --help`: our flags, our examples, the rules and the report formats. */
import {ruleIds} from '../api.js'

const flags: [string, string][] = [
  ['-f, --frail', 'exit 1 on warnings too'],
  ['-q, --quiet', 'report only files with warnings or errors'],
  ['-S, --silent', 'report only errors'],
  ['    --verbose', 'also the fixing text and the rule doc (the regulation and the fix are always shown)'],
  ['    --report <format>', 'compact (one line each), html (a marked-up copy of each draft), json, sarif, github'],
  ['    --report-file <path>', 'write the report to this file instead of stdout'],
  ['    --fix', "apply each finding's fix to the draft (.md, .txt), then report what remains"],
  ['    --fix-dry-run', 'print the fixes as a unified diff (stdout; the report to stderr); write nothing'],
  ['-j, --jobs <n>', 'lint in n worker threads when there are more than a few dozen drafts (default: one per core)'],
  ['-w, --watch', 'lint again on every change (new drafts, edits, config changes)'],
  ['    --include-all', 'also lint README, CHANGELOG, LICENSE, … (skipped by default: not releases)'],
  ['-e, --ext <extensions>', 'extensions of drafts in folders (default: md,markdown,txt,docx,docm)'],
  ['-r, --rc-path <path>', 'use this config file'],
  ['    --no-config', 'do not look for config files (the default preset applies)'],
  ['-i, --ignore-path <path>', 'use this ignore file'],
  ['    --ignore-path-resolve-from cwd|dir', 'resolve --ignore-path patterns from the folder or the ignore file'],
  ['    --ignore-pattern <globs>', 'skip drafts matching these patterns'],
  ['    --no-ignore', 'do not look for .remarkignore files'],
  ['    --silently-ignore', 'do not fail on files named on the command line that are ignored'],
  ['-u, --use <plugin>', 'use a plugin (e.g. disclosure-lint/rules/qp-statement)'],
  ['-s, --setting <settings>', 'parser settings'],
  ['    --file-path <path>', 'the path of the draft read from stdin (for config and messages)'],
  ['    --color, --no-color', 'colour in the report (default: when stdout is a terminal)'],
  ['-h, --help', 'this help'],
  ['-v, --version', 'the version']
]

const examples = [
  ['disclosure-lint drafts/', 'every .md, .markdown, .txt and Word (.docx) draft below drafts/'],
  ['disclosure-lint release.md --frail', 'warnings fail too'],
  ['disclosure-lint drafts/ --report html --report-file report.html', 'a page to circulate: each draft marked up'],
  ['disclosure-lint drafts/ --report sarif > out.sarif', 'SARIF for GitHub code scanning'],
  ['disclosure-lint release.md --fix-dry-run', 'the fixes --fix would make, as a diff'],
  ['disclosure-lint drafts/ --watch', 'lint again on every change'],
  ['disclosure-lint --file-path release.md < release.md', 'a draft on stdin']
]

function table(rows: string[][]): string {
  const width = Math.max(...rows.map(([left]) => left.length))
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n')
}

/** The whole help text. */
export function helpText(description: string): string {
  return [
    'Usage: disclosure-lint [options] [path | glob ...]',
    '',
    `  ${description}`,
    '  With no config file, the preset of the exchange each release states applies (TSX-V where it states none);',
    '  pin one in .remarkrc.json: {"plugins": ["cse"]} (tsxv, cse, tsx, cboe). The report goes to stdout (or',
    '  --report-file), notes on the run (files skipped, files that could not be linted) to stderr; drafts are',
    '  changed only with --fix.',
    '',
    'Options:',
    '',
    table(flags),
    '',
    'Examples:',
    '',
    table(examples.map(([command, what]) => [`$ ${command}`, `# ${what}`])),
    '',
    'Rules (all in every preset; docs/rules/<rule>.md):',
    '',
    ...ruleIds.map((id) => `  ${id}`),
    '',
    'Report formats (--report): the default lists each finding with its words, regulation and fix, then a summary;',
    '  compact, html, json, sarif, github.',
    '',
    'Exit status: 0 no errors, 1 a draft has errors (warnings too with --frail), 2 the tool could not do its job.',
    ''
  ].join('\n')
}
