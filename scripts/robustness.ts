/**
 * Part of `npm run eval`: each real release of the corpus (and each seed), changed in a way that changes nothing a
 * lawyer reads, must get the same findings. A release reaches us through many hands: copy from a PDF or a web page
 * (invisible characters inside words, hard wraps, no blank lines), Word's plain text (a tab on each paragraph's first
 * line, CR LF), another house style ("per cent", "the Corporation", "P. Geo.", day-month-year dates), another order
 * of the closing paragraphs. A rule that reads such a release differently reads a phrasing, not what the release says.
 *
 * Each transformation is ours (no release's words); each is applied to every release it changes, and the findings
 * (rule, line, level; or rule and level where it moves lines) are compared with the release's own. One that changes a
 * finding fails the eval: fix the mechanism (or, where the change is no longer neutral, drop the transformation here
 * and say why in the commit).
 */

/** A transformation of a release's text, and whether it moves lines (then findings are compared without them). */
export interface Transformation {
  name: string
  change: (text: string) => string
  movesLines?: boolean
}

const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`

/** The paragraphs of a release (blank-line separated), one moved by `move`; the text unchanged if none matches. */
function reordered(text: string, find: (paragraph: string) => boolean, move: (from: number) => number): string {
  const paragraphs = text.split(/\n[ \t]*\n/)
  const from = paragraphs.findIndex(find)
  if (from < 0) return text
  const to = move(from)
  if (to === from || to < 0 || to >= paragraphs.length) return text
  const [paragraph] = paragraphs.splice(from, 1)
  paragraphs.splice(to, 0, paragraph)
  return paragraphs.join('\n\n')
}
const DISCLAIMER = (paragraph: string) => /^Neither (?:the )?TSX Venture/i.test(paragraph.trim())
/** The issuer's listing, its other markets' tickers, then its defined name: "(TSXV: ABC) (OTCQB: ABCF) (the "Company")". */
const TICKERS_THEN_NAME = new RegExp(
  String.raw`(\((?:TSXV|TSX-V|CSE|TSX|NEO|Cboe Canada): ?[A-Z.]{1,6}\))` +
    String.raw`((?: \((?:OTCQB|OTCQX|OTC|FSE|FRA): ?[A-Z0-9.]{1,6}\))*) (\((?:the )?["\u201C][^)]{1,40}\))`
)
const CAUTION = (paragraph: string) =>
  /forward-looking (?:information|statements)/i.test(paragraph) && paragraph.length > 300
const QP_STATEMENT = (paragraph: string) =>
  /Qualified Person/.test(paragraph) && /approved|reviewed/.test(paragraph) && paragraph.length < 700

/** Words of eight letters or more, `mark` after their fifth letter. */
const marked = (text: string, mark: string) => text.replace(/(?<=\b[A-Za-z]{5})(?=[a-z]{3})/g, mark)

/** Each paragraph written on one line wrapped at 60 to 80 characters (lists, tables and headings as they are). */
const hardWrapped = (text: string) =>
  text
    .split('\n')
    .map((line) =>
      line.length < 100 || /^\s*(?:[|#>*-]|\d+\.)/.test(line) ? line : line.replace(/(.{60,80}?) /g, '$1\n')
    )
    .join('\n')
/** Each paragraph written on one line filled to 72 characters a line, as a mail client or a PDF's copy wraps it. */
const filled = (text: string) =>
  text
    .split('\n')
    .map((line) =>
      line.length <= 72 || /^\s*(?:[|#>*-]|\d+\.)/.test(line)
        ? line
        : line.replace(/(.{1,72})(?: |$)/g, '$1\n').trimEnd()
    )
    .join('\n')
const withoutBlankLines = (text: string) => text.replace(/\n[ \t]*\n+/g, '\n')

export const TRANSFORMATIONS: Transformation[] = [
  // Copy artefacts.
  {name: 'zero-width spaces inside words', change: (text) => marked(text, '\u200B')},
  {name: 'word joiners inside words', change: (text) => marked(text, '\u2060')},
  {name: 'direction marks inside words', change: (text) => marked(text, '\u200E')},
  {name: 'soft hyphens inside words', change: (text) => marked(text, '\u00AD')},
  {name: 'CR LF line ends', change: (text) => text.replace(/\r?\n/g, '\r\n')},
  {
    name: 'no-break spaces before units',
    change: (text) => text.replace(/(\d) (?=g\/t|%|m\b|metres|oz|million)/g, '$1\u00A0')
  },
  {name: 'two spaces between sentences', change: (text) => text.replace(/(?<=[a-z]{3}\.) (?=[A-Z])/g, '  ')},
  {name: 'trailing spaces', change: (text) => text.replace(/(?<=\S)\n/g, '  \n'), movesLines: true},
  {name: 'paragraphs hard-wrapped at 60 to 80 characters', change: (text) => hardWrapped(text), movesLines: true},
  {
    name: 'a page footer after every sixth paragraph',
    change: (text) =>
      text
        .split(/\n[ \t]*\n/)
        .flatMap((paragraph, index) =>
          index > 0 && index % 6 === 0 ? [paragraph, `News Release | Page ${index / 6} of 9`] : [paragraph]
        )
        .join('\n\n'),
    movesLines: true
  },
  {
    name: 'a tab on the first line of each paragraph',
    change: (text) => text.replace(/(^|\n\n)(?=[A-Z][^\n]{80,})/g, '$1\t')
  },
  {
    name: 'four spaces on the first line of each paragraph',
    change: (text) => text.replace(/(^|\n\n)(?=[A-Z][^\n]{80,})/g, '$1    ')
  },
  {name: 'full-width colons in tickers', change: (text) => text.replace(/\((TSXV|TSX-V|CSE|TSX): /g, '($1\uFF1A ')},
  {name: 'straight quotes', change: (text) => text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"')},
  {name: 'curly apostrophes', change: (text) => text.replace(/(?<=\w)'(?=\w)/g, '\u2019')},
  {name: 'hyphens for dashes', change: (text) => text.replace(/ \u2013 /g, ' - ').replace(/ \u2014 /g, ' -- ')},
  {name: 'Markdown escapes', change: (text) => text.replace(/\$/g, '\\$').replace(/(?<=\w)_(?=\w)/g, '\\_')},
  {
    name: 'web addresses as links',
    change: (text) => text.replace(/\b(www\.[a-z0-9.-]+\.(?:com|ca))\b/g, '[$1](https://$1)')
  },
  {name: 'bullet glyphs for list markers', change: (text) => text.replace(/^- /gm, '\u2022 ')},
  {name: 'non-breaking hyphens', change: (text) => text.replace(/(?<=[A-Za-z])-(?=[A-Za-z])/g, '\u2011')},
  {
    name: 'no-break spaces inside names',
    change: (text) => text.replace(/\b(TSX|Venture|Qualified|National|Instrument|Regulation|Services) /g, '$1\u00A0')
  },
  {
    name: 'no blank line before paragraphs that open on a letter',
    change: (text) => text.replace(/\n\n(?=[A-Za-z])/g, '\n'),
    movesLines: true
  },
  {name: 'no blank lines at all', change: (text) => withoutBlankLines(text), movesLines: true},
  {name: 'quoted in an e-mail reply', change: (text) => text.replace(/^(.?)/gm, (line) => (line ? `> ${line}` : '>'))},
  {name: 'curly double quotes', change: (text) => text.replace(/"([^"\n]{1,80})"/g, '\u201C$1\u201D')},
  {name: 'em dashes without spaces', change: (text) => text.replace(/ [\u2013\u2014-] /g, '\u2014')},
  // House styles.
  {name: '"per cent" for %', change: (text) => text.replace(/(\d)%/g, '$1 per cent')},
  {name: '"C$" for $', change: (text) => text.replace(/(?<![A-Z\w])\$(?=\d)/g, 'C$')},
  {name: '"gpt" for g/t', change: (text) => text.replace(/(\d) ?g\/t\b/g, '$1 gpt')},
  {name: '"meters" for metres', change: (text) => text.replace(/\bmetres\b/g, 'meters').replace(/\bmetre\b/g, 'meter')},
  {name: '"press release"', change: (text) => text.replace(/\bnews release\b/g, 'press release')},
  {name: '"the Corporation"', change: (text) => text.replace(/\b([Tt])he Company\b/g, '$1he Corporation')},
  {name: '"the Issuer"', change: (text) => text.replace(/\b([Tt])he Company\b/g, '$1he Issuer')},
  {name: '"NI 43-101"', change: (text) => text.replace(/\bNational Instrument 43-101\b/g, 'NI 43-101')},
  {
    name: '"National Instrument 43-101"',
    change: (text) => text.replace(/\bNI 43-101\b/g, 'National Instrument 43-101')
  },
  {name: '"P. Geo."', change: (text) => text.replace(/\bP\.Geo\./g, 'P. Geo.')},
  {name: '"PGeo"', change: (text) => text.replace(/\bP\. ?Geo\.?/g, 'PGeo')},
  {
    name: 'a middle initial',
    change: (text) => text.replace(/\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})(?=,? P\.? ?Geo)/g, '$1 Q. $2')
  },
  {name: 'honorifics without periods', change: (text) => text.replace(/\b(Mr|Ms|Mrs|Dr)\.(?= [A-Z])/g, '$1')},
  {name: 'legal suffixes without periods', change: (text) => text.replace(/\b(Corp|Inc|Ltd)\.(?=[ ,)])/g, '$1')},
  {name: '"US" for U.S.', change: (text) => text.replace(/\bU\.S\.(?=[ ,)])/g, 'US')},
  {name: '"TSX-V:" and "TSX.V:"', change: (text) => text.replace(/\bTSXV:/g, 'TSX-V:').replace(/\bTSX-V:/g, 'TSX.V:')},
  {
    name: 'tickers without a space',
    change: (text) => text.replace(/\((TSXV|TSX-V|CSE|TSX|OTCQB|OTCQX|FSE): /g, '($1:')
  },
  {
    name: 'day month year dates',
    change: (text) => text.replace(new RegExp(String.raw`\b${MONTH} (\d{1,2}), (\d{4})\b`, 'g'), '$2 $1 $3')
  },
  {
    name: 'cents for prices under a dollar',
    change: (text) => text.replace(/(?<=\b(?:of|at) )\$0\.0(\d)\b(?!\d| million)/g, '$1 cents')
  },
  {
    name: 'millions for counts',
    change: (text) => text.replace(/\b(\d{1,3}),(\d)00,000 (units|shares)\b/g, '$1.$2 million $3')
  },
  {name: 'amounts with their cents', change: (text) => text.replace(/\$(\d{1,3}(?:,\d{3})+)(?!\d|[.,]\d)/g, '$$$1.00')},
  {
    name: 'the currency after the amount',
    change: (text) => text.replace(/\$(\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?!\d|[.,]\d)(?! million)/g, '$$$1 CAD')
  },
  {
    name: 'counts without separators',
    change: (text) => text.replace(/\b(\d{1,3}),(\d{3}),(\d{3})\b(?![.,]\d)/g, '$1$2$3')
  },
  {name: '"at $0.05" for "at a price of $0.05"', change: (text) => text.replace(/\bat a price of (?=C?\$)/g, 'at ')},
  {name: '"$0.05/unit"', change: (text) => text.replace(/(\$\d+\.\d+) per (unit|Unit|share|Share)\b/g, '$1/$2')},
  {
    name: '"drill hole" for "hole"',
    change: (text) =>
      text.replace(/\b[Hh]ole (?=[A-Z]{1,4}-?\d)/g, (word) => (word[0] === 'H' ? 'Drill hole ' : 'drill hole '))
  },
  {name: '"4 months and 1 day"', change: (text) => text.replace(/\bfour months and one day\b/g, '4 months and 1 day')},
  {
    name: 'ordinal dates',
    change: (text) =>
      text.replace(new RegExp(String.raw`\b${MONTH} (\d{1,2}), (\d{4})\b`, 'g'), (_, month, day, year) => {
        const last = /^1[123]$/.test(day) ? '' : day.slice(-1)
        return `${month} ${day}${({1: 'st', 2: 'nd', 3: 'rd'} as Record<string, string>)[last] ?? 'th'}, ${year}`
      })
  },
  {
    name: 'headings in capitals',
    change: (text) => text.replace(/^(?![-*|#>\d])([A-Z][^\n.]{3,60})$/gm, (line) => line.toUpperCase())
  },
  {
    name: 'headings set with "##"',
    change: (text) => text.replace(/(^|\n\n)([A-Z][A-Za-z ,'&-]{3,50})(?=\n\n)/g, '$1## $2')
  },
  {
    name: 'numbered headings',
    change: (text) => {
      let number = 0
      return text.replace(
        /(^|\n\n)(Qualified Person|About [A-Z][^\n]{2,40}|Forward[- ]Looking [A-Z][^\n]{0,40})(?=\n\n)/g,
        (_, before, heading) => `${before}${++number}. ${heading}`
      )
    }
  },
  {
    name: 'the caution and the disclaimer in capitals',
    change: (text) =>
      text
        .split('\n')
        .map((line) => (/forward-looking|Neither the/.test(line) && line.length > 200 ? line.toUpperCase() : line))
        .join('\n')
  },
  {
    name: 'the caution and the disclaimer in italics',
    change: (text) =>
      text
        .split('\n')
        .map((line) =>
          /forward-looking|Neither (?:the )?TSX/.test(line) && line.length > 150 && !/[*_]/.test(line)
            ? `*${line}*`
            : line
        )
        .join('\n')
  },
  {
    name: 'the QP statement in bold',
    change: (text) =>
      text
        .split('\n')
        .map((line) =>
          /Qualified Person/i.test(line) && line.length > 80 && !/[*_]/.test(line) ? `**${line}**` : line
        )
        .join('\n')
  },
  {name: 'lists numbered "1)"', change: (text) => text.replace(/^(\d{1,2})\. /gm, '$1) ')},
  {
    name: '"B.C."',
    change: (text) => text.replace(/British Columbia(?=[,-])/g, 'B.C.').replace(/\bBC(?=[,-] )/g, 'B.C.')
  },
  {
    name: '"Common Shares" and "Warrants" capitalized',
    change: (text) => text.replace(/\bcommon shares\b/g, 'Common Shares').replace(/\bwarrants\b/g, 'Warrants')
  },
  {
    name: '"4-month-and-one-day"',
    change: (text) => text.replace(/\bfour(?:-| )month(?:s)? and (?:one|a) day\b/gi, '4-month-and-one-day')
  },
  {name: '"ounces" for oz', change: (text) => text.replace(/(\d) ?oz\b/g, '$1 ounces')},
  {name: '"metres" for m', change: (text) => text.replace(/(\d) ?m\b(?![\u00B2\u00B3])/g, '$1 metres')},
  {name: '"m" for metres', change: (text) => text.replace(/(\d) ?metres\b/g, '$1 m')},
  {name: '"CAD$" for $ in millions', change: (text) => text.replace(/(?<![A-Z\w])\$(?=\d[\d,.]* million)/g, 'CAD$')},
  {
    name: '"aggregate gross proceeds"',
    change: (text) => text.replace(/\bgross proceeds\b/g, 'aggregate gross proceeds')
  },
  {
    name: 'thousands set off by spaces',
    change: (text) =>
      text
        .replace(/\b(\d{1,3}),(\d{3}),(\d{3})\b(?![.,]\d)/g, '$1 $2 $3')
        .replace(/\b(\d{1,3}),(\d{3})\b(?![.,]\d)/g, '$1 $2')
  },
  {name: 'a space before %', change: (text) => text.replace(/(\d)%/g, '$1 %')},
  {name: '"g/tonne" for g/t', change: (text) => text.replace(/(\d) ?g\/t\b/g, '$1 g/tonne')},
  {name: '"approx."', change: (text) => text.replace(/\bapproximately\b/g, 'approx.')},
  {
    name: 'titles abbreviated',
    change: (text) => text.replace(/\bVice[- ]President\b/g, 'VP').replace(/\bChief Executive Officer\b/g, 'CEO')
  },
  {
    name: '"&" in titles',
    change: (text) =>
      text.replace(/\b(President|Chairman|Director) and (CEO|Chief Executive Officer|Director)\b/g, '$1 & $2')
  },
  {
    name: 'provinces abbreviated',
    change: (text) => text.replace(/\bBritish Columbia\b/g, 'BC').replace(/\bOntario\b/g, 'ON')
  },
  {
    name: 'the ticker after the defined name',
    change: (text) => text.replace(TICKERS_THEN_NAME, '$3 $1$2')
  },
  {
    name: '"announces" for "is pleased to announce"',
    change: (text) =>
      text
        .replace(/\bis pleased to announce that\b/g, 'announces that')
        .replace(/\bis pleased to announce\b/g, 'announces')
  },
  {
    name: 'the headline in capitals',
    change: (text) => {
      const start = text.search(/\S/)
      const end = text.indexOf('\n', start)
      const long = end - start > 30 && end - start < 250
      return long ? text.slice(0, start) + text.slice(start, end).toUpperCase() + text.slice(end) : text
    }
  },
  {name: '"Corporation" for Corp.', change: (text) => text.replace(/\bCorp\.(?=[ ,)])/g, 'Corporation')},
  {name: '"Incorporated" for Inc.', change: (text) => text.replace(/\bInc\.(?=[ ,)])/g, 'Incorporated')},
  {name: '"CDN$" for $', change: (text) => text.replace(/(?<![A-Z\w])\$(?=\d)/g, 'CDN$')},
  {
    name: 'a Newsfile dateline as ACCESS Newswire writes it',
    change: (text) =>
      text.replace(
        /^([A-Z][^\n]{2,60}?)--\(Newsfile Corp\. - ([A-Z][a-z]+\.? \d{1,2}, \d{4})\) - /m,
        '$1 / ACCESS Newswire / $2 / '
      )
  },
  {
    name: 'a Newsfile dateline as GlobeNewswire writes it',
    change: (text) =>
      text.replace(
        /^([A-Z][^\n]{2,60}?)--\(Newsfile Corp\. - ([A-Z][a-z]+\.? \d{1,2}, \d{4})\) - /m,
        '$1, $2 (GLOBE NEWSWIRE) -- '
      )
  },
  // What a newswire or an e-mail puts around a release.
  {name: '"FOR IMMEDIATE RELEASE" above it', change: (text) => `FOR IMMEDIATE RELEASE\n\n${text}`, movesLines: true},
  {
    name: 'an e-mail header above it',
    change: (text) =>
      `From: Counsel <counsel@example.com>\nSent: Monday, December 7, 2026 9:14 AM\nSubject: Draft\n\n${text}`,
    movesLines: true
  },
  {name: '"NEWS RELEASE" above it', change: (text) => `NEWS RELEASE\n\n${text}`, movesLines: true},
  {name: '"-30-" below it', change: (text) => `${text.trimEnd()}\n\n-30-\n`, movesLines: true},
  // The order of the closing paragraphs.
  {
    name: 'the disclaimer last',
    change: (text) => reordered(text, DISCLAIMER, () => text.split(/\n[ \t]*\n/).length - 1),
    movesLines: true
  },
  {
    name: 'the disclaimer after the opening',
    change: (text) => reordered(text, DISCLAIMER, (from) => (from > 3 ? 3 : from)),
    movesLines: true
  },
  {
    name: 'the QP statement last',
    change: (text) => reordered(text, QP_STATEMENT, () => text.split(/\n[ \t]*\n/).length - 1),
    movesLines: true
  },
  {
    name: 'the QP statement after the opening',
    change: (text) => reordered(text, QP_STATEMENT, (from) => (from > 3 ? 3 : from)),
    movesLines: true
  },
  {
    name: 'the forward-looking caution last',
    change: (text) => reordered(text, CAUTION, () => text.split(/\n[ \t]*\n/).length - 1),
    movesLines: true
  },
  {
    name: 'the forward-looking caution halfway through',
    change: (text) => reordered(text, CAUTION, (from) => (from < 6 ? from : Math.floor(from / 2))),
    movesLines: true
  },
  {
    name: 'the "About" paragraph last',
    change: (text) => {
      const paragraphs = text.split(/\n[ \t]*\n/)
      const at = paragraphs.findIndex((paragraph) => /^(?:\*\*)?About [A-Z]/.test(paragraph.trim()))
      if (at < 0 || at >= paragraphs.length - 2) return text
      return (
        [...paragraphs.filter((_, i) => i !== at && i !== at + 1), paragraphs[at], paragraphs[at + 1]].join('\n\n') +
        '\n'
      )
    },
    movesLines: true
  },
  {
    name: 'the last four paragraphs in reverse order',
    change: (text) => {
      const paragraphs = text.trim().split(/\n[ \t]*\n/)
      if (paragraphs.length < 8) return text
      return [...paragraphs.slice(0, -4), ...paragraphs.slice(-4).reverse()].join('\n\n') + '\n'
    },
    movesLines: true
  }
]

/** A finding as compared: its rule, line (unless the transformation moves lines) and level. */
export interface Finding {
  ruleId?: string | null
  line?: number | null
  fatal?: boolean | null
}
/**
 * Transformations that lose some of what the release says, measured (`npm run eval` prints how many releases moved and
 * fails above `MOST_MOVED`), not gated: a hard-wrapped copy with no blank lines keeps a paragraph's end only where the
 * next paragraph's first word would have fitted on its last line (document.ts, `wrappedParagraphs`); where it would
 * have, two paragraphs read as one.
 */
export const LOSSY: Transformation[] = [
  {
    name: "hard-wrapped, with no blank lines at all (a PDF's copy)",
    change: (text) => withoutBlankLines(filled(text)),
    movesLines: true
  }
]
/** How many of the corpus's releases a lossy transformation may move. */
export const MOST_MOVED = 3

const key = (finding: Finding, lines: boolean) =>
  `${finding.ruleId} ${lines ? `${finding.line} ` : ''}${finding.fatal ? 'error' : 'warning'}`
const keys = (findings: Finding[], lines: boolean) => findings.map((finding) => key(finding, lines)).sort()

/**
 * Each transformation on each release it changes (`releases`: name and text), linted by `lint`: the releases whose
 * findings changed, a line each ("transformation: release: lost …; gained …"), and how many were compared. `own`
 * keeps each release's own findings, for another call on the same releases.
 */
export async function checkRobustness(
  releases: ReadonlyArray<{name: string; text: string}>,
  lint: (text: string) => Promise<Finding[]>,
  transformations: readonly Transformation[] = TRANSFORMATIONS,
  own = new Map<string, Finding[]>()
): Promise<{changed: string[]; compared: number}> {
  for (const {name, text} of releases) if (!own.has(name)) own.set(name, await lint(text))
  const changed: string[] = []
  let compared = 0
  for (const {name: how, change, movesLines} of transformations) {
    for (const {name, text} of releases) {
      const other = change(text)
      if (other === text) continue
      compared++
      const before = keys(own.get(name)!, !movesLines)
      const after = keys(await lint(other), !movesLines)
      if (before.join('|') === after.join('|')) continue
      const lost = before.filter((finding) => !after.includes(finding))
      const gained = after.filter((finding) => !before.includes(finding))
      changed.push(`${how}: ${name}: lost ${lost.join(', ') || 'nothing'}; gained ${gained.join(', ') || 'nothing'}`)
    }
  }
  return {changed, compared}
}
