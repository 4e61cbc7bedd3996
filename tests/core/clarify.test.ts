import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { ask } from '../../src/core/ask'
import { CLARIFY_RATIO, clarifyChoices, MAX_CHOICES } from '../../src/core/clarify'
import type { Hit } from '../../src/core/search/retrieve'

const hit = (topic: string, score: number): Hit =>
  ({ article: { topic } as Hit['article'], score, matched: [] }) as Hit

describe('clarifyChoices', () => {
  it.each([
    ['one topic clearly ahead', [hit('wage-arrears', 10), hit('overtime-pay', 8)], []],
    [
      'two close topics',
      [hit('wage-arrears', 10), hit('wage-arrears', 9.9), hit('overtime-pay', 9.6)],
      ['wage-arrears', 'overtime-pay'],
    ],
    ['a single topic', [hit('wage-arrears', 10), hit('wage-arrears', 10)], []],
    ['no hits', [], []],
  ])('%s', (_, hits, topics) => expect(clarifyChoices(hits).map((c) => c.topic)).toEqual(topics))

  it('offers at most MAX_CHOICES, best first, with the topic names', () => {
    const topics = ['wage-arrears', 'overtime-pay', 'working-hours', 'wage-minimum', 'leave-sick']
    const choices = clarifyChoices(topics.map((t, i) => hit(t, 10 - i * 0.01)))
    expect(choices).toHaveLength(MAX_CHOICES)
    expect(choices[0]).toEqual({ topic: 'wage-arrears', title: '拖欠工资/欠薪' })
    expect(CLARIFY_RATIO).toBeLessThan(1)
  })
})

describe('ask() clarify', () => {
  const library = loadBuiltLibrary()
  it('is empty for out-of-scope questions and for clear ones', () => {
    expect(ask('房东不退押金怎么办', { library }).clarify).toEqual([])
    expect(ask('公司拖欠我三个月工资不发，怎么讨薪', { library }).clarify).toEqual([])
  })

  it('asks on some golden questions, always leading with the top hit and 2–4 distinct topics', () => {
    const dir = new URL('../golden/', import.meta.url).pathname
    const rows = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) =>
        readFileSync(dir + f, 'utf8')
          .split('\n')
          .filter((l) => l.trim())
      )
      .map((l) => JSON.parse(l) as { q: string })
    let asked = 0
    for (const { q } of rows) {
      const r = ask(q, { library })
      if (!r.clarify.length) continue
      asked++
      expect(r.declined).toBe(false)
      expect(r.clarify[0]!.topic).toBe(r.hits[0]!.topic)
      expect(r.clarify.length).toBeGreaterThanOrEqual(2)
      expect(r.clarify.length).toBeLessThanOrEqual(MAX_CHOICES)
      expect(new Set(r.clarify.map((c) => c.topic)).size).toBe(r.clarify.length)
    }
    expect(asked).toBeGreaterThan(0)
  })
})
