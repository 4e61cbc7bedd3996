import { describe, expect, it } from 'vitest'
import { ask, MAX_HITS, topicsFirst } from '../../src/core/ask'
import { retrieve } from '../../src/core/search/retrieve'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'

const library = loadBuiltLibrary()
const hit = (id: string, topic: string) => ({ id, article: { topic } })

describe('topicsFirst', () => {
  it('lists each topic’s best hit first, in order, then the rest in order', () => {
    const hits = [
      hit('a1', 'A'),
      hit('a2', 'A'),
      hit('a3', 'A'),
      hit('b1', 'B'),
      hit('c1', 'C'),
      hit('b2', 'B'),
    ]
    expect(topicsFirst(hits).map((h) => h.id)).toEqual(['a1', 'b1', 'c1', 'a2', 'a3', 'b2'])
    expect(topicsFirst([])).toEqual([])
  })
})

describe('ask() hits', () => {
  it('keep the best article first and show distinct topics before repeats', () => {
    for (const a of library.articles) {
      const q = `${a.title}，${a.keywords[0] ?? ''}`
      const result = ask(q, { library })
      // ask() lists MAX_HITS of the best 2 × MAX_HITS, as many distinct topics as they hold.
      const ranked = retrieve(q, library, { limit: 2 * MAX_HITS }).hits
      expect(result.hits[0]?.id).toBe(ranked[0]?.article.id)
      expect(result.hits.length).toBe(Math.min(MAX_HITS, ranked.length))
      const ids = new Set(ranked.map((h) => h.article.id))
      for (const h of result.hits) expect(ids).toContain(h.id)
      const topics = result.hits.map((h) => h.topic)
      const distinct = new Set(topics).size
      expect(distinct).toBe(Math.min(MAX_HITS, new Set(ranked.map((h) => h.article.topic)).size))
      expect(new Set(topics.slice(0, distinct)).size).toBe(distinct)
    }
  })
})
