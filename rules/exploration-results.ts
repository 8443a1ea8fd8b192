/**
 * `exploration-results`: a release that discloses sample, analytical or drill
 * results states the laboratory and its relationship to the issuer, the
 * analytical method, the QA/QC program, the type of samples, the true widths
 * of drill intercepts (or that they are not known), and the caution that grab
 * or selected samples are selective (NI 43-101 s.3.3). The results and the
 * statements are found once (src/model/results.ts).
 * See docs/rules/exploration-results.md.
 */
import {afterBlock, defineRule, slice, type Level} from '../src/core/rule.js'
import type {Results} from '../src/model/model.js'

const WHAT: Record<Results['kind'], string> = {drill: 'drill results', sample: 'sample results', assay: 'assay results'}

interface Element {
  /** Whether the release states it. */
  found: (results: Results) => boolean
  /** What it is required for: the new results (default), intervals over a width, grab or selected samples. */
  about?: 'intercept' | 'selected'
  level?: Level
  reason: string
  citation: string
  why: string
  /** The exact text that fixes it, where it is ours to give (the facts of a laboratory or a method are the issuer's). */
  template?: string
}

const ELEMENTS: Element[] = [
  {
    found: (r) => r.laboratory !== undefined,
    reason: 'Missing laboratory, expected the name and location of the laboratory that analysed the samples',
    citation: 'NI 43-101 s.3.3(2)(f)',
    why: 'name each analytical laboratory, where it is, and any relationship it has to the issuer'
  },
  {
    found: (r) => r.laboratory === undefined || r.relationship !== undefined,
    // "Any relationship": a release silent on it implies none; a warning.
    level: 'warning',
    reason: 'Missing relationship of the laboratory to the issuer, expected “independent of the Company” or the tie',
    citation: 'NI 43-101 s.3.3(2)(f)',
    why: 'state any relationship of the laboratory to the issuer (or that it is independent)'
  },
  {
    found: (r) => r.method !== undefined,
    reason: 'Missing analytical method, expected the type of analysis (fire assay, ICP, with its finish)',
    citation: 'NI 43-101 s.3.3(2)(f)',
    why: 'describe the analytical or testing procedures used'
  },
  {
    found: (r) => r.qaqc !== undefined,
    reason: 'Missing QA/QC program, expected the quality control samples used (standards, blanks, duplicates)',
    citation: 'NI 43-101 s.3.3(1)(c)',
    why: 'summarise the quality assurance program and quality control measures applied'
  },
  {
    found: (r) => r.sampleType !== undefined,
    reason: 'Missing type of samples, expected core, RC chips, channel, grab or the like',
    citation: 'NI 43-101 s.3.3(2)(a)',
    why: 'state the location and type of the samples'
  },
  {
    about: 'intercept',
    found: (r) => r.trueWidth !== undefined,
    reason:
      'Missing true widths, expected true widths, their estimated ratio to the reported lengths, or that they are not known',
    citation: 'NI 43-101 s.3.3(2)(c)',
    why: 'give the widths and, to the extent known, the true widths of the mineralized zone',
    template: 'Reported intervals are core lengths; true widths are [insert the estimated ratio or “not known”].'
  },
  {
    about: 'selected',
    found: (r) => r.selectiveCaution !== undefined,
    reason: 'Missing caution that grab samples are selective, expected that they may not be representative',
    citation: 'NI 43-101 s.3.3(2)(e) and TSX/TSX-V disclosure guidance',
    why: 'grab and selected samples are selective by nature; say that they may not represent the mineralization',
    template:
      'Grab samples are selective by nature and may not be representative of the mineralization on the property.'
  }
]

const DESCRIBED = {intercept: 'intervals over a width', selected: 'grab or selected sample results'}

const remarkLintExplorationResults = defineRule({id: 'exploration-results'}, ({model, report}) => {
  // Cheap first: only a release with strong technical evidence (figures) can disclose results.
  if (model.topics.technical?.strength !== 'strong') return
  const results = model.results
  if (!results) return

  const last = (results.sentences.at(-1) ?? results.selected?.sentence)?.block
  for (const element of ELEMENTS) {
    const about = element.about ? results[element.about] : results.evidence
    if (!about || element.found(results)) continue
    const what = element.about ? DESCRIBED[element.about] : WHAT[results.kind]
    const line = model.point(about.start).line
    report({
      level: element.level ?? 'error',
      reason: `${element.reason}; this release reports ${what} (line ${line}): “${slice(model, about)}”`,
      // On the results, or, where the fix is ours to give, where the statement belongs: after them.
      ...(element.template ? afterBlock(model, last, element.template) : {place: about}),
      note:
        `${element.citation}: a release that discloses sample, analytical or drill results must ${element.why}. ` +
        'State it with the results (or refer to the previously filed document that does, NI 43-101 s.3.5).'
    })
  }
})

export default remarkLintExplorationResults
