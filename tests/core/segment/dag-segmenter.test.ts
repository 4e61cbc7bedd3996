import { describe, expect, it } from 'vitest'
import {
  createDagSegmenter,
  frequencyAt,
  packedEntry,
  packVocabulary,
  PREFIX_ONLY,
  unpackVocabulary,
  vocabularyTerms,
} from '../../../src/core/segment/dag-segmenter'
import { expandSubwords } from '../../../src/core/segment/expand-subwords'

// Frequencies from jieba's dictionary (jieba.dict.utf8), so the routes below are jieba's.
const freq = {
  经济: 18880,
  补偿: 5027,
  补偿金: 254,
  经济补偿: 222,
  经济补偿金: 20000,
  被: 161002,
  辞退: 2027,
  了: 883634,
  能: 173012,
  拿: 17960,
  多少: 45347,
  三年: 4578,
  半: 29473,
  我: 328841,
  在: 813455,
  厂里: 1103,
  干: 29473,
}
const seg = createDagSegmenter(packVocabulary(Object.entries(freq), 60101967))

describe('createDagSegmenter (jieba route, no HMM)', () => {
  it.each([
    ['我在厂里干了三年半', ['我', '在', '厂里', '干', '了', '三年', '半']],
    ['被辞退了能拿多少经济补偿金', ['被', '辞退', '了', '能', '拿', '多少', '经济补偿金']],
    ['月薪8000，干了13个月', ['月', '薪', '8000', '干', '了', '13', '个', '月']],
    ['6k 1.2万', ['6k', '1.2', '万']],
  ])('%s', (text, tokens) => expect(seg.cut(text)).toEqual(tokens))

  it('drops punctuation and never returns empty tokens', () => {
    expect(seg.cut('？！。，…')).toEqual([])
    expect(seg.cut('')).toEqual([])
  })

  it('packs the vocabulary by length, sorted, and unpacks it unchanged', () => {
    const data = packVocabulary(Object.entries(freq), 60101967)
    // Column by column: first the words' first characters, then their second ones.
    const twos = '三年厂里多少经济补偿辞退'.match(/../g)!.sort()
    expect(data.entries[1]).toBe(twos.map((w) => w[0]).join('') + twos.map((w) => w[1]).join(''))
    expect(packedEntry(data.entries[1]!, 2, 1)).toBe('厂里')
    // 经济补 is only a prefix (of 经济补偿 and 经济补偿金); 经济补偿 is a word and a prefix.
    expect(data.entries[2]).toBe('经补济偿补金')
    expect(data.entries.slice(3)).toEqual(['经济补偿', '经济补偿金'])
    const last = data.freqHigh.length / 2 - 1
    expect([3, 2, 1, 0].map((back) => frequencyAt(data, last - back))).toEqual([
      PREFIX_ONLY,
      254,
      222,
      20000,
    ])
    expect(new Map([...unpackVocabulary(data)].sort())).toEqual(
      new Map(Object.entries(freq).sort())
    )
    expect(createDagSegmenter(packVocabulary([], 1)).cut('工资a1')).toEqual(['工', '资', 'a1'])
  })

  it("marks the search index's terms and reads them back in term-number order", () => {
    const terms = ['经济补偿金', '辞退', '补偿', '我', '多少']
    const data = packVocabulary(Object.entries(freq), 60101967, terms)
    // Length first, then code units: the order the index numbers its terms in.
    expect(vocabularyTerms(data)).toEqual(['我', '多少', '补偿', '辞退', '经济补偿金'])
    expect(vocabularyTerms(packVocabulary(Object.entries(freq), 60101967))).toEqual([])
    // Every word marked: the same words, and only the words (prefix-only entries are none).
    const all = packVocabulary(Object.entries(freq), 60101967, Object.keys(freq))
    expect(vocabularyTerms(all).sort()).toEqual(Object.keys(freq).sort())
    // A term the vocabulary lacks, or holds only as a prefix of longer words, is a build error.
    expect(() => packVocabulary(Object.entries(freq), 1, ['工资'])).toThrow(/not a vocabulary word/)
    expect(() => packVocabulary(Object.entries(freq), 1, ['经济补'])).toThrow(
      /not a vocabulary word/
    )
  })

  it('expands long words into their dictionary sub-words', () => {
    expect(expandSubwords(['经济补偿金'], (w) => w in freq)).toEqual([
      '经济补偿金',
      '经济',
      '补偿',
      '补偿金',
      '经济补偿',
    ])
  })
})
