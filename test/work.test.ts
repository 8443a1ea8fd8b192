/** The counters behind the linear-time tests (test/work.ts): what each counts, and that each puts things back. */
import {describe, expect, it} from 'vitest'
import {regexWork, textWork} from './work.js'

describe('regexWork', () => {
  it('counts what a pattern passes over, to its match or to the end', () => {
    expect(regexWork(() => /c/.exec('abcdef'))).toBe(4)
    expect(regexWork(() => /z/.exec('abcdef'))).toBe(7)
  })
})

describe('textWork', () => {
  it('counts the string and array searches too, each from where it starts', () => {
    expect(textWork(() => 'abcdef'.indexOf('cd'))).toBe(5)
    expect(textWork(() => 'abcdef'.indexOf('z', 2))).toBe(5)
    expect(textWork(() => 'abcdef'.includes('b'))).toBe(3)
    expect(textWork(() => 'abcdef'.lastIndexOf('e'))).toBe(3)
    expect(textWork(() => [1, 2, 3].indexOf(3))).toBe(4)
    expect(textWork(() => [1, 2, 3].includes(9))).toBe(4)
  })

  it('adds the patterns’ work, and a quadratic search loop shows as such', () => {
    expect(textWork(() => /c/.exec('abcdef') && 'abcdef'.indexOf('c'))).toBe(4 + 4)
    const loop = (text: string) => () => {
      for (let at = 0; at < text.length; at++) text.indexOf('\u0007', at)
    }
    expect(textWork(loop('a'.repeat(1000)))).toBeGreaterThan(50 * textWork(loop('a'.repeat(100))))
  })

  it('gives every method back, as it found it', () => {
    const before = [String.prototype.indexOf, String.prototype.includes, Array.prototype.indexOf]
    expect(() =>
      textWork(() => {
        throw new Error('stop')
      })
    ).toThrow('stop')
    expect([String.prototype.indexOf, String.prototype.includes, Array.prototype.indexOf]).toEqual(before)
  })
})
