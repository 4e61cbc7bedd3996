import { describe, expect, it } from 'vitest'
import { exportFlexIndex, importFlexIndex } from '../../../src/core/search/flex-index'

// Three documents' distinct tokens; the index's terms in term-number order.
const docs = [['工资', '拖欠'], ['工资', '辞退'], ['工伤']]
const terms = ['工伤', '工资', '拖欠', '辞退']

describe('FlexSearch export without term strings', () => {
  it('ships the lists in term-number order and finds the same documents after import', () => {
    const data = exportFlexIndex(docs, terms)
    const text = JSON.stringify(data)
    for (const t of terms) expect(text).not.toContain(t)
    const { index, df } = importFlexIndex(data, terms)
    expect([...df]).toEqual([1, 2, 1, 1])
    expect(index.search({ query: '工资', limit: 10 })).toEqual([0, 1])
    expect(index.search({ query: '辞退', limit: 10 })).toEqual([1])
    expect(index.search({ query: '加班', limit: 10 })).toEqual([])
  })

  it('refuses terms that are not the documents’ tokens, at build and at load', () => {
    expect(() => exportFlexIndex(docs, terms.slice(1))).toThrow(/not the index's terms/)
    expect(() => exportFlexIndex(docs, [...terms.slice(1), '加班'])).toThrow(
      /not the index's terms/
    )
    const data = exportFlexIndex(docs, terms)
    expect(() => importFlexIndex(data, terms.slice(1))).toThrow(/outnumber the index's terms/)
    expect(() => importFlexIndex(data, [...terms, '加班'])).toThrow(/outnumber FlexSearch's lists/)
  })
})
