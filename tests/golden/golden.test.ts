import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { ask } from '../../src/core/ask'

// Golden questions are data (tests/golden/*.jsonl), written the way workers ask: colloquial,
// Cantonese, traditional characters, typos, long stories. Floors sit a little under the measured
// figures so a regression fails while ordinary article edits do not.
const library = loadBuiltLibrary()
const dir = new URL('.', import.meta.url).pathname
type Row = { q: string; topics?: string[]; declined?: boolean }
const rows: Row[] = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(dir + f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row)
  )
const inScope = rows.filter((r) => r.topics)
const outOfScope = rows.filter((r) => r.declined)

describe('golden questions', () => {
  it('has enough questions: every taxonomy topic and ≥ 30 out-of-scope', () => {
    expect(new Set(inScope.flatMap((r) => r.topics!.slice(0, 1))).size).toBeGreaterThanOrEqual(38)
    expect(outOfScope.length).toBeGreaterThanOrEqual(30)
  })

  it('leads with the right topic (top-1 ≥ 91 %, top-3 ≥ 96 %)', () => {
    let top1 = 0
    let top3 = 0
    for (const r of inScope) {
      const res = ask(r.q, { library })
      const rank = res.declined ? -1 : res.hits.findIndex((h) => r.topics!.includes(h.topic))
      if (rank === 0) top1++
      if (rank >= 0 && rank < 3) top3++
    }
    expect(top1 / inScope.length).toBeGreaterThanOrEqual(0.94)
    expect(top3 / inScope.length).toBeGreaterThanOrEqual(0.98)
  })

  it('declines out-of-scope questions (≥ 97 %) with a referral, never a confident article', () => {
    const results = outOfScope.map((r) => ask(r.q, { library }))
    const declined = results.filter((r) => r.declined)
    expect(declined.length / outOfScope.length).toBeGreaterThanOrEqual(0.97)
    for (const r of declined) {
      expect(r.answer.articleId).toBeNull()
      expect(r.answer.text).toMatch(/12348/)
    }
  })
})
