import { describe, expect, it } from 'vitest'
import { buildNeighbourData, hanRuns, loadNeighbours } from '../../../src/core/search/neighbours'

const topics = ['wage-arrears', 'work-injury-recognition', 'work-injury-benefits']
const identity = (s: string) => s
const data = buildNeighbourData(
  [
    { q: '老板拖欠工资三个月不给', topics: ['wage-arrears'] },
    { q: '工资拖了半年，老板电话13812345678打不通', topics: ['wage-arrears'] },
    { q: '上班摔伤了算不算工伤', topics: ['work-injury-recognition'] },
    { q: '工伤认定下来了能赔多少', topics: ['work-injury-benefits', 'work-injury-recognition'] },
    { q: '这个问题不归我们管', declined: true },
  ],
  identity
)

describe('neighbours: the nearest labelled questions vote', () => {
  it('ships only the Chinese characters of labelled questions', () => {
    expect(data.questions).toHaveLength(4)
    expect(data.questions[1]).toBe('工资拖了半年 老板电话 打不通')
    expect(data.topics[3]).toEqual(['work-injury-benefits', 'work-injury-recognition'])
    expect(hanRuns('abc 123')).toBe('')
  })

  it('gives the nearest questions’ topics the vote, split for a two-topic question', () => {
    const n = loadNeighbours(data)
    const wage = n.vote('老板拖欠工资怎么办', topics, 1)!
    expect([...wage]).toEqual([1, 0, 0])
    const injury = n.vote('工伤认定下来了', topics, 1)!
    expect([...injury]).toEqual([0, 0.5, 0.5])
    const two = n.vote('工资拖欠', topics, 2)!
    expect(two[0]).toBe(1)
    // All four vote, weighted by similarity: the wage questions lead for a wage question.
    const all = n.vote('拖欠工资', topics, 10)!
    expect(all.reduce((a, b) => a + b, 0)).toBeCloseTo(1)
    expect(all[0]).toBeGreaterThan(0.5)
  })

  it('abstains when nothing is shared, when empty, and for a count below one', () => {
    const n = loadNeighbours(data)
    expect(n.vote('hello 123', topics, 5)).toBeUndefined()
    expect(n.vote('拖欠工资', topics, 0)).toBeUndefined()
    expect(
      loadNeighbours({ questions: [], topics: [] }).vote('拖欠工资', topics, 5)
    ).toBeUndefined()
    // A question of a topic the caller does not list gives it no share.
    expect(n.vote('拖欠工资', ['work-injury-benefits'], 1)).toBeUndefined()
  })
})
