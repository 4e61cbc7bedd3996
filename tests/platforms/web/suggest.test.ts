import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app/create-app'
import { parseConfig } from '../../../src/app/config'
import { createSuggester, MAX_SUGGESTIONS } from '../../../src/platforms/web/suggest'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'

const library = loadBuiltLibrary()
const suggest = createSuggester(library)

describe('search suggestions from article titles and keywords', () => {
  it('offers titles and keywords containing the words typed, those starting with them first', () => {
    const got = suggest('加班')
    expect(got.length).toBeGreaterThan(2)
    expect(got.length).toBeLessThanOrEqual(MAX_SUGGESTIONS)
    for (const s of got) expect(s).toContain('加班')
    const firstInside = got.findIndex((s) => !s.startsWith('加班'))
    if (firstInside >= 0)
      expect(got.slice(firstInside).every((s) => !s.startsWith('加班'))).toBe(true)
    const vocabulary = new Set(library.articles.flatMap((a) => [a.title, ...a.keywords]))
    for (const s of got) expect(vocabulary.has(s)).toBe(true)
  })

  it('nothing for empty input, for words no article has, or for a whole case description', () => {
    expect(suggest('')).toEqual([])
    expect(suggest('火星移民签证')).toEqual([])
    expect(suggest('我在东莞一家电子厂干了三年半，上个月老板说厂子要搬走，让我们自己走人')).toEqual(
      []
    )
  })

  it('GET /api/search returns them with the results', async () => {
    const app = createApp({ library, config: parseConfig({}) })
    const body = (await (
      await app.request('/api/search?q=' + encodeURIComponent('工伤'))
    ).json()) as {
      suggestions: string[]
    }
    expect(body.suggestions).toEqual(suggest('工伤'))
    expect(body.suggestions.length).toBeGreaterThan(0)
  })
})
