import { describe, expect, it } from 'vitest'
import { backgroundWeights } from '../../../scripts/lib/background'
import type { IndexDoc } from '../../../src/core/search/build-index'

const doc = (...body: string[]): IndexDoc => ({
  fields: { title: [], keywords: [], summary: [], body },
})

// 仲裁 is frequent in the articles and rare in general Chinese; 今年 the other way round; 工伤
// is a user-dictionary word (no general frequency); 律 is one character.
const docs = [doc('仲裁', '仲裁', '今年', '工伤'), doc('仲裁', '仲裁', '律')]
const general = new Map([
  ['仲裁', 10],
  ['今年', 900_000],
  ['律', 100_000],
])
const jieba = { baseFreq: (w: string) => general.get(w), baseTotal: 1_000_000 }

describe('backgroundWeights', () => {
  const terms = ['仲裁', '今年', '工伤', '律']
  const pairs = backgroundWeights(terms, docs, jieba)
  // Pairs (gap from the previous pair's term number, percent).
  const weights = new Map<number, number>()
  for (let k = 0, id = 0; k < pairs.length; k += 2) weights.set((id += pairs[k]!), pairs[k + 1]!)
  const weight = (t: string) => weights.get(terms.indexOf(t)) ?? 100

  it('damps a word general Chinese uses more than the articles do, down to the floor', () => {
    expect(weight('今年')).toBe(40)
  })

  it('keeps domain words, user-dictionary words and single characters at full weight', () => {
    expect(weight('仲裁')).toBe(100)
    expect(weight('工伤')).toBe(100)
    expect(weight('律')).toBe(100)
  })

  it('ships only the damped terms, as (term gap, percent) pairs', () => {
    expect(pairs).toEqual([1, 40])
    const more = backgroundWeights(['今年', '仲裁', '今年'], docs, jieba)
    expect(more).toEqual([0, 40, 2, 40])
  })
})
