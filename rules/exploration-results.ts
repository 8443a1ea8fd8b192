/**
 * `exploration-results`: a release that discloses sample, analytical or drill
 * results states the laboratory and its relationship to the issuer, the
 * analytical method, the QA/QC program, the type of samples, the true widths
 * of drill intercepts (or that they are not known), and the caution that grab
 * or selected samples are selective (NI 43-101 s.3.3). The results and the
 * statements are found once (src/model/results.ts). Findings about French
 * results are told in French (rules/messages/exploration-results.ts).
 * See docs/rules/exploration-results.md.
 */
import {afterBlock, defineRule, slice, type Level} from '../src/core/rule.js'
import type {Results} from '../src/model/model.js'
import {asWritten} from './messages/french.js'
import {RESULTS_TEXTS, type ElementKey} from './messages/exploration-results.js'

interface Element {
  key: ElementKey
  /** Whether the release states it. */
  found: (results: Results) => boolean
  /** What it is required for: the new results (default), intervals over a width, grab or selected samples. */
  about?: 'intercept' | 'selected' | 'drill'
  level?: Level
}

const ELEMENTS: Element[] = [
  // Radiometric equivalent grades read by a downhole probe come from no laboratory and no sample.
  {key: 'laboratory', found: (r) => r.laboratory !== undefined || r.probe !== undefined},
  // "Any relationship": a release silent on it implies none; a warning. Not owed where no laboratory analysed the
  // results (a probe's readings: a laboratory named there calibrated the probe or will assay the core later).
  {
    key: 'relationship',
    found: (r) => r.laboratory === undefined || r.probe !== undefined || r.relationship !== undefined,
    level: 'warning'
  },
  {key: 'method', found: (r) => r.method !== undefined},
  {key: 'qaqc', found: (r) => r.qaqc !== undefined},
  {key: 'sampleType', found: (r) => r.sampleType !== undefined || r.probe !== undefined},
  // Lengths called core (downhole) lengths say what they are, not whether true widths are known: a warning.
  {key: 'trueWidth', about: 'intercept', found: (r) => r.trueWidth !== undefined || r.coreLengths !== undefined},
  {key: 'coreLengths', about: 'intercept', found: (r) => r.trueWidth !== undefined || !r.coreLengths, level: 'warning'},
  {key: 'selected', about: 'selected', found: (r) => r.selectiveCaution !== undefined},
  // Often given in a table or a figure the newswire copy leaves out: a warning.
  {key: 'holeLocation', about: 'drill', found: (r) => r.holeLocation !== undefined, level: 'warning'},
  // The holes' coordinates given without which way they were drilled: the azimuth and dip are missing.
  {
    key: 'holeOrientation',
    about: 'drill',
    found: (r) => r.holeCoordinates === undefined || r.holeOrientation !== undefined,
    level: 'warning'
  }
]

const remarkLintExplorationResults = defineRule({id: 'exploration-results', duty: 'issuer'}, ({model, report}) => {
  // Cheap first: only a release with strong technical evidence (figures) can disclose results.
  if (model.topics.technical?.strength !== 'strong') return
  const results = model.results
  if (!results) return

  const last = (results.sentences.at(-1) ?? results.selected?.sentence)?.block
  for (const element of ELEMENTS) {
    // True widths stated for some zones only: the first interval of a zone left out is the one without them.
    const uncovered = element.key === 'trueWidth' && results.trueWidth ? results.trueWidthUncovered : undefined
    const about = uncovered ?? (element.about ? results[element.about] : results.evidence)
    if (!about || (!uncovered && element.found(results))) continue
    // In the language of the results the finding is about.
    const language = model.language.of(about.sentence.block)
    const texts = RESULTS_TEXTS[language]
    const {reason, citation, why, template} = texts.elements[element.key]
    const line = model.point(about.start).line
    // The true widths go after the results, or after the sentence that calls the lengths core lengths.
    const after = element.key === 'coreLengths' ? results.coreLengths?.sentence.block : last
    const fix = template && afterBlock(model, after, template)
    report({
      level: element.level ?? 'error',
      reason: texts.reason(reason, texts.what[element.about ?? results.kind], line, slice(model, about)),
      // On the results, or, where the fix is ours to give, where the statement belongs: after them.
      ...(fix ? {...fix, expected: asWritten(model, language, fix.expected)} : {place: about}),
      note: texts.note(citation, why) + (uncovered ? texts.zoneLeftOut(uncovered.zone, uncovered.covered) : '')
    })
  }
})

export default remarkLintExplorationResults
