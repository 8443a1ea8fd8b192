/**
 * A uranium explorer reports drill core's radioactivity before its assays: "3.5 metres of off-scale radioactivity
 * (greater than 65,535 counts per second)", read with a hand-held spectrometer. That is exploration information from
 * drilling, stated with its figures: a release that gives it names its Qualified Person (NI 43-101 s.3.1), and without
 * one it is an error as a grade's release is. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('qp-statement', text + '\n')).messages.map(format)

const QP =
  'The technical information in this release was reviewed and approved by Lena Strand, P.Geo., a consultant to the ' +
  'Company and a Qualified Person under NI 43-101.'

const release = (reading: string, qp: string) =>
  [
    '# Skyline Fission Intersects Strong Radioactivity at Burntwood North',
    '',
    `SASKATOON, SK, March 30, 2026 – Skyline Fission Corp. (TSXV: SKF) reports that hole BN-26-007 ${reading}`,
    '',
    'Readings were taken on the core with a hand-held spectrometer and are only a preliminary indication of ' +
      'radioactivity; split core will be sent for assays. The hole was drilled at an azimuth of 150° and a dip of -75°.',
    ...(qp ? ['', qp] : [])
  ].join('\n')

const READINGS = [
  'intersected 3.5 metres of off-scale radioactivity (greater than 65,535 counts per second) within 19.0 metres above ' +
    '500 cps.',
  'intersected radioactivity over 14.5 metres, with peaks of 28,400 cps in the basement below the unconformity.'
]

describe('qp-statement: radioactivity read in counts per second is technical information', () => {
  it.each(READINGS)('no QP statement: an error (%s)', async (reading) => {
    const messages = await found(release(reading, ''))
    expect(messages.some((m) => m.includes('error Missing Qualified Person statement'))).toBe(true)
  })

  it.each(READINGS)('with the QP statement: nothing (%s)', async (reading) => {
    expect(await found(release(reading, QP))).toEqual([])
  })
})
