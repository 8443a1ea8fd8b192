/**
 * The QP statement read into its parts (src/model/qp.ts) and the rule that
 * queries them: name forms, designations, relationships, copy artefacts, the
 * NI 43-101 reference, a relationship to another company. Invented issuers.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {sentenceFix} from '../src/core/rule.js'
import {buildModel, type Model} from '../src/model/model.js'
import {people} from '../src/model/qp.js'
import {DESIGNATION} from '../src/model/vocabulary.js'
import {format, lintWith} from './helpers.js'

const TECHNICAL = 'Drilling at the Larch project returned 9.8 g/t gold over 3.1 metres in hole LR-07.\n\n'

function model(value: string) {
  return buildModel(unified().use(remarkParse).parse(value), value)
}

async function messages(statement: string, options?: unknown): Promise<string[]> {
  return (await lintWith('qp-statement', TECHNICAL + statement + '\n', options)).messages.map(format)
}

describe('QP statement parts', () => {
  it('reads each part as a role with its words as written', () => {
    const value =
      TECHNICAL +
      'The technical information in this release has been reviewed and approved by Robert "Bob" J. Fenwick Jr., ' +
      'P. Geo. (Ontario), the Company\'s V.P. Exploration, a "Qualified Person" as defined in National Instrument 43-101.\n'
    const {qp} = model(value)
    const words = (part: {start: number; end: number} | undefined) => part && value.slice(part.start, part.end)
    expect(words(qp?.person)).toBe('Robert "Bob" J. Fenwick Jr.')
    expect(qp?.person?.surname).toBe('Fenwick')
    expect(words(qp?.designation)).toBe('P. Geo. (Ontario)')
    expect(words(qp?.relationship)).toBe("the Company's V.P. Exploration")
    expect(words(qp?.approval)).toBe('reviewed')
    expect(words(qp?.qualifiedPerson)).toBe('Qualified Person')
    expect(words(qp?.instrument)).toBe('National Instrument 43-101')
  })

  it('reads the parts of a statement with artefacts of copy: a missing space, a particle', () => {
    const value =
      TECHNICAL +
      'The technical information in this release was approved by Anneke van der Stoel, CPG, P.Geo.,Vice President ' +
      'Exploration, a QualifiedPerson under Regulation 43 101.\n'
    const {qp} = model(value)
    const words = (part: {start: number; end: number} | undefined) => part && value.slice(part.start, part.end)
    expect([qp?.person?.surname, words(qp?.designation), words(qp?.relationship)]).toEqual([
      'Stoel',
      'CPG',
      'Vice President'
    ])
    expect([words(qp?.qualifiedPerson), words(qp?.instrument)]).toEqual(['QualifiedPerson', 'Regulation 43 101'])
  })

  it('finds the relationship where the release introduces a QP named with a nickname and a suffix', async () => {
    expect(
      await messages(
        'Robert "Bob" J. Fenwick Jr., P.Geo., is a Qualified Person as defined in NI 43-101 and has reviewed and ' +
          'approved the technical information in this release.\n\nMr. Fenwick is the Vice President Exploration of the Company.'
      )
    ).toEqual([])
  })

  it.each([
    ['an honorific and a surname', 'Mr. Roe, P.Geo., a consultant to the Company'],
    ['two QPs after "Messrs."', 'Messrs. Whitlock and Okafor, each a P.Geo. and a consultant to the Company,']
  ])('names the QP with %s', async (_, who) => {
    expect(
      await messages(
        `${who} and a Qualified Person under NI 43-101, approved the technical information in this release.`
      )
    ).toEqual([])
  })

  it('keeps a QP named with initials run together in one sentence ("Mr. D.J. Whitlock")', async () => {
    const statement =
      'The technical information in this release was approved by Mr. D.J. Whitlock, an independent Qualified Person under NI 43-101.'
    const file = await lintWith('qp-statement', TECHNICAL + statement + '\n')
    expect(file.messages.map(format)).toEqual([
      '3:1-3:126: warning Missing professional designation of the Qualified Person (P.Geo., P.Eng., …)'
    ])
    expect(file.messages[0].expected).toEqual([statement.replace('Whitlock,', 'Whitlock, [P.Geo.],')])
  })

  it.each([
    ['RM-SME', 'Dana Whitlock, RM-SME'],
    ['Eur Geol', 'Dana Whitlock, Eur Geol'],
    ['MIMMM', 'Dana Whitlock, MIMMM'],
    ['géo. without a space', 'Dana Whitlock,géo.'],
    ['PG', 'Dana Whitlock, PG'],
    ['Eng. as Québec engineers write ing. in English', 'Dana Whitlock, Eng.'],
    ['a certified professional geologist run together', 'Dana Whitlock, a CertifiedProfessional Geologist (9031)'],
    ['membership spelled out', 'Dana Whitlock, PhD, a member of the Australian Institute of Geoscientists']
  ])('reads the designation %s', async (_, who) => {
    expect(
      await messages(
        `${who}, a consultant to the Company and a Qualified Person under NI 43-101, approved the technical information in this release.`
      )
    ).toEqual([])
  })

  it.each([
    [
      'after the name',
      'The technical information in this release was reviewed and approved by Dana Whitlock, P.Geo., ' +
        "the Company's V.P. Exploration and a Qualified Person under NI 43-101."
    ],
    [
      'before the name',
      "The Company's V.P. Exploration, Dana Whitlock, P.Geo., a Qualified Person under NI 43-101, " +
        'approved the technical information in this release.'
    ],
    [
      'in the sentence before the QP sentence',
      "Dana Whitlock, P.Geo., the Company's V.P. Exploration, approved the technical information in this " +
        'release. Ms. Whitlock is a qualified person under NI 43-101.'
    ]
  ])('reads the relationship "the Company\'s V.P. Exploration" %s', async (_, statement) => {
    expect(await messages(statement)).toEqual([])
  })

  it('tolerates words run together ("QualifiedPerson")', async () => {
    expect(
      await messages(
        'The technical information in this release was reviewed and approved by Priya Okafor, P.Geo.,Vice President Exploration, a ' +
          'QualifiedPerson under NI 43-101.'
      )
    ).toEqual([])
  })

  it('reads a statement copied from a PDF: hyphenated line ends, stray spaces, words run together', async () => {
    expect(
      await messages(
        'The scientific and technical information in this release has been reviewed and ap-\nproved by ' +
          'Hannah Lindqvist, P.Geo., Vice President Exploration of the Company and a Qualified Per-\nson as ' +
          'defined by National Instrument 43-101.'
      )
    ).toEqual([])
    expect(
      await messages(
        'The technical content was reviewed and approved byRobert Ashdown, P.Geo., theCompany\u2019s ChiefGeologist ' +
          'and aQualified Person under NI43-101.'
      )
    ).toEqual([])
    expect(
      await messages(
        'The technical information was approved by Laura Chen, P. Geo., a Qualified Per son under National ' +
          'Instru ment 43-101 and an independent consultant to the Company.'
      )
    ).toEqual([])
    expect(
      await messages(
        'Le contenu technique a été approuvé par Julie Roy, géo., vice-présidente de la Société et person ne ' +
          'qualifiée au sens du Règlement 43-101.'
      )
    ).toEqual([])
  })

  it('reads a statement a PDF page footer cuts in two, and takes no company for the QP', async () => {
    const value =
      TECHNICAL +
      'The technical information in this release has been reviewed and approved by Jane Whitford, P.Geo.,\n\n' +
      'Alder Creek Gold Corp. | News Release | Page 2 of 3\n\n' +
      'Vice President Exploration of the Company and a Qualified Person as defined in NI 43-101.\n'
    expect((await lintWith('qp-statement', value)).messages.map(format)).toEqual([])
    expect(model(value).qp?.person?.words).toBe('Jane Whitford')
    expect(people('Alder Creek Gold Corp. and Birch Lake Resources Ltd. signed').map((p) => p.words)).toEqual([])
  })

  it('names the part a statement copied with words run together lacks, quoting its name as written', async () => {
    const file = await lintWith(
      'qp-statement',
      TECHNICAL +
        'The technical content was reviewed and approved byRobert Ashdown, P.Geo., aQualified Person under NI43-101.\n'
    )
    expect(file.messages.map(format)).toEqual([
      '3:1-3:108: error Missing relationship of the Qualified Person to the issuer (title, “independent of the ' +
        'Company”, “consultant to the Company”)'
    ])
    expect(file.messages[0].note).toContain('names “Robert Ashdown”')
  })

  it('reports a missing NI 43-101 reference as a warning when "qualified person" is there', async () => {
    const statement =
      'The technical information in this release was reviewed and approved by Priya Okafor, P.Geo., an independent qualified person.'
    const file = await lintWith('qp-statement', TECHNICAL + statement + '\n')
    expect(file.messages.map(format)).toEqual([
      '3:1-3:126: warning Missing identification as a Qualified Person under NI 43-101'
    ])
    expect(file.messages[0].note).toContain('the QP statement names “Priya Okafor” and identifies a “qualified person”')
    const [expected] = file.messages[0].expected!
    expect(expected).toBe(
      statement.replace('qualified person.', 'qualified person as defined in National Instrument 43-101.')
    )
    expect((await lintWith('qp-statement', TECHNICAL + expected + '\n')).messages).toEqual([])
  })

  it('says what it decided, quoting the statement as written', async () => {
    const file = await lintWith(
      'qp-statement',
      TECHNICAL +
        'Priya Okafor, P.Geo., of the Company is the Qualified Person under NI 43-101 for the Larch project.\n'
    )
    expect(file.messages.map(format)).toEqual([
      '3:1-3:100: error Missing approval in the QP statement, expected “reviewed and approved”, “prepared” or “supervised”'
    ])
    expect(file.messages[0].note).toBe(
      'NI 43-101 s.3.1 (and s.2.1): the release gives scientific or technical information (“9.8 g/t”); the QP ' +
        'statement names “Priya Okafor” and identifies a “Qualified Person”, but it does not say that the QP ' +
        'prepared, supervised or approved the scientific and technical information.'
    )
  })

  it("does not take a relationship to another company for one to the issuer (a royalty holder repeating the operator's QPs)", async () => {
    const value =
      'Tamsin Royalty Corp. (TSXV: TRY) ("Tamsin" or the "Company") reports that the operator of the Larch project ' +
      'released drill results.\n\n' +
      TECHNICAL +
      "The operator's results were reviewed and approved by the following qualified persons, who are " +
      'independent consultants of Larchmont Copper Inc.: Dana Whitlock, P.Geo., and Priya Okafor, P.Eng., ' +
      'each a Qualified Person under NI 43-101.\n'
    const file = await lintWith('qp-statement', value)
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Missing relationship of the Qualified Person to the issuer (title, “independent of the Company”, “consultant to the Company”)'
    ])
    expect(file.messages[0].note).toContain(
      'it gives a relationship to another company (“independent consultants of Larchmont Copper Inc.”), not to the issuer'
    )
    // The issuer's own names are its relationship: "of Tamsin Royalty" is one to the issuer.
    const own = value.replace('of Larchmont Copper Inc.', 'of Tamsin Royalty Corp.')
    expect((await lintWith('qp-statement', own)).messages).toEqual([])
  })
})

describe('designation pattern', () => {
  // The pattern checks what comes before "PG", "géo.", "ing.", "P.E." (a comma; for some, a parenthesis) after their
  // first letter (a lookbehind first kept V8 from skipping ahead). It must find exactly what the lookbehind-first form
  // finds.
  const lookbehindFirst = DESIGNATION.replace(String.raw`p(?<=[,(]\s?p)g\b`, String.raw`(?<=[,(]\s?)pg\b`)
    .replace(String.raw`g(?<=[,(]\s?g)[eé]o`, String.raw`(?<=[,(]\s?)g[eé]o`)
    .replace(String.raw`i(?<=[,(]\s?i)ng`, String.raw`(?<=[,(]\s?)ing`)
    .replace(String.raw`p(?<=,\s?p)\.? ?e\b`, String.raw`(?<=,\s?)p\.? ?e\b`)
    .replace(String.raw`p(?:(?<=\bp)|(?<=certifiedp))rofessional`, String.raw`(?:\b|(?<=certified))professional`)
  it('is rewritten from the lookbehind-first form, and matches what it matches', () => {
    expect(lookbehindFirst).not.toBe(DESIGNATION)
    expect(lookbehindFirst).not.toMatch(/p\(\?<=|g\(\?<=|i\(\?<=/)
    const ours = new RegExp(DESIGNATION, 'g')
    const theirs = new RegExp(lookbehindFirst, 'g')
    const pieces = [
      'p',
      'g',
      'e',
      'i',
      'n',
      'o',
      'é',
      '.',
      ',',
      ' ',
      'pg',
      'géo',
      'ing',
      'p.e',
      'p. geo',
      'certified',
      'professional geologist',
      'x',
      'apega'
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), (parts) => {
        const text = parts.join('')
        const found = (re: RegExp) => [...text.matchAll(re)].map((match) => `${match.index}:${match[0]}`)
        expect(found(ours)).toEqual(found(theirs))
      }),
      {numRuns: 2000}
    )
  })
})

describe('sentenceFix: a part put into the QP sentence as written', () => {
  const value = 'Intro paragraph.\n\nThe technical information was approved by Mara Quill, P.Geo.  ..\n'
  const m = model(value)
  const sentence = m.sentences.find((s) => value.slice(s.start, s.end).includes('Mara'))!
  it('inserts before the closing period and spaces, and places parts only within the sentence', () => {
    const fix = sentenceFix(m, sentence)
    expect(fix.text.slice(0, fix.end)).toBe('The technical information was approved by Mara Quill, P.Geo')
    const name = {start: value.indexOf('Mara'), end: value.indexOf('Mara') + 'Mara Quill'.length}
    expect(fix.insert(fix.endOf(name)!, ' (X)')).toContain('Mara Quill (X), P.Geo')
    expect(fix.startOf({start: 0, end: 5})).toBeUndefined()
  })
  it('reads the end of any run of spaces and periods, as a trailing-trim would', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z .\t]{0,60}$/), (text) => {
        const at = {start: 0, end: text.length}
        const fix = sentenceFix({value: text} as Model, at)
        expect(fix.end).toBe(text.replace(/[\s.]+$/, '').length)
      })
    )
  })
})

describe('a statement that names its person and the technical information approved, with no designation', () => {
  it('is the QP statement, reported for the parts it lacks rather than missing', async () => {
    const found = await messages(
      'Dr. Lena Koss, Vice President Exploration of the Company, has approved the technical information in this release.'
    )
    expect(found).toEqual([
      expect.stringContaining('warning Missing professional designation'),
      expect.stringContaining('error Missing identification as a Qualified Person')
    ])
  })
  it('a quote that reviews data is no statement', async () => {
    const found = await messages('"We reviewed the data carefully," said Mark Olsen, CEO.')
    expect(found).toEqual([expect.stringContaining('error Missing Qualified Person statement')])
  })
})
