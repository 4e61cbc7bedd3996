import { describe, expect, it } from 'vitest'
import { createNormalizer, toHalfWidth } from '../../../src/core/segment/normalize'

describe('normalize', () => {
  const normalize = createNormalizer({
    t2s: { 點: '点', 計: '计', 資: '资', 償: '偿', 補: '补' },
    synonyms: [
      ['人工', '工资'],
      ['炒鱿鱼', '辞退'],
      ['被炒', '被辞退'],
      ['点计', '怎么算'],
      ['社保', '社会保险'],
    ],
  })

  it.each([
    ['ＡＢＣ１２３　？', 'abc123 ?'],
    ['６ｋ', '6k'],
  ])('full-width %s → %s', (input, out) => expect(toHalfWidth(input)).toBe(out))

  it.each([
    ['人工點計', '工资怎么算'], // traditional first, then the Cantonese phrase
    ['被炒鱿鱼了', '被辞退了'], // longest variant wins: 炒鱿鱼 is not split by 被炒
    ['公司不交社保', '公司不交社会保险'],
    ['補償', '补偿'],
  ])('%s → %s', (input, out) => expect(normalize(input)).toBe(out))

  it('prefers the longest variant when covers tie', () => {
    const n = createNormalizer({
      t2s: {},
      synonyms: [
        ['冇', '没有'],
        ['出粮', '发工资'],
        ['冇出粮', '拖欠工资'],
      ],
    })
    expect(n('冇出粮')).toBe('拖欠工资')
  })

  it('replaces in one pass, never re-replacing its own output', () => {
    const n = createNormalizer({
      t2s: {},
      synonyms: [
        ['a', 'ab'],
        ['ab', 'x'],
      ],
    })
    expect(n('a')).toBe('ab')
  })

  describe('concept vocabulary', () => {
    const n = createNormalizer({
      t2s: { 癥: '症' },
      synonyms: [['老公产假', '陪产假']],
      concepts: [
        ['尿毒症', '患病'],
        ['老公', '配偶'],
        ['老公公', '老公公'], // guard
      ],
    })

    it.each([
      ['我老公得了尿毒癥', '我配偶得了患病'], // traditional first, then the class word
      ['老公产假几天', '陪产假几天'], // the longer synonym covers the class word
      ['老公公上班', '老公公上班'], // the guard keeps the longer word whole
    ])('%s → %s', (input, out) => expect(n(input)).toBe(out))

    it('lets a synonym win over a class word of the same spelling', () => {
      const m = createNormalizer({
        t2s: {},
        synonyms: [['大病', '重病']],
        concepts: [['大病', '患病']],
      })
      expect(m('大病')).toBe('重病')
    })
  })
})
