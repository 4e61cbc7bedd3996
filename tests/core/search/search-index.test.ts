import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary, readArtifact } from '../../../scripts/lib/load-library'
import { ROOT } from '../../../scripts/lib/read-knowledge'
import {
  buildSearchData,
  indexTokens,
  type IndexDoc,
  type SearchData,
  searchTerms,
} from '../../../src/core/search/build-index'
import { FIELD_WEIGHTS, FIELDS } from '../../../src/core/search/fields'
import { queryGroups } from '../../../src/core/search/retrieve'
import { vocabularyTerms } from '../../../src/core/segment/dag-segmenter'
import {
  loadSearchIndex,
  type QueryGroup,
  type ScoredDoc,
} from '../../../src/core/search/search-index'

/**
 * Each term's postings read straight from the data: FlexSearch's exported lists (documents) in
 * term-number order, paired with `terms`, the packed counts aligned to them.
 */
function postingsOf(
  data: SearchData,
  terms: readonly string[]
): Array<{ term: string; docs: number[]; counts: number[] }> {
  const out: Array<{ term: string; docs: number[]; counts: number[] }> = []
  let k = 0
  for (const [key, value] of Object.entries(data.flex))
    if (key.endsWith('.map'))
      for (const lists of value as number[][][]) {
        const docs = lists.flat()
        out.push({
          term: terms[out.length]!,
          docs,
          counts: data.counts.slice(k, (k += docs.length)),
        })
      }
  expect(k).toBe(data.counts.length)
  expect(out.length).toBe(terms.length)
  return out
}

/**
 * The straightforward BM25F the index must equal: per document a term → per-field counts table
 * decoded from the search data, every document scored, a full sort.
 */
function referenceSearch(
  data: SearchData,
  terms: readonly string[],
  groups: readonly QueryGroup[]
): ScoredDoc[] {
  const n = data.len.length / 4
  const tf: Array<Map<string, number[]>> = Array.from({ length: n }, () => new Map())
  const head = new Set<string>()
  const df = new Map<string, number>()
  for (const { term, docs, counts } of postingsOf(data, terms))
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!
      let x = counts[i]!
      const c = [0, 0, 0, 0]
      for (let f = 3; f >= 0; f--) {
        c[f] = x % 256
        x = Math.floor(x / 256)
      }
      tf[doc]!.set(term, c)
      df.set(term, (df.get(term) ?? 0) + 1)
      if (c[0] || c[1]) head.add(term)
    }
  // Background weights: a word general Chinese uses as often as the articles do weighs less.
  const background = new Map<string, number>()
  const bg = data.background ?? []
  // Pairs (gap from the previous pair's term number, percent).
  for (let i = 0, t = 0; i < bg.length; i += 2)
    background.set(terms[(t += bg[i]!)]!, bg[i + 1]! / 100)
  const avg = [0, 1, 2, 3].map((f) => {
    let s = 0
    for (let d = 0; d < n; d++) s += data.len[d * 4 + f]!
    return s / Math.max(n, 1)
  })
  const W = FIELDS.map((f) => FIELD_WEIGHTS[f])
  const termScore = (doc: number, term: string) => {
    const c = tf[doc]!.get(term)
    if (!c) return 0
    let weighted = 0
    for (let f = 0; f < 4; f++)
      if (c[f])
        weighted += (W[f]! * c[f]!) / (1 - 0.75 + (0.75 * data.len[doc * 4 + f]!) / (avg[f] || 1))
    const idf = Math.log(1 + (n - df.get(term)! + 0.5) / (df.get(term)! + 0.5))
    // A term only in the body (a story word of the article, not what it is about) counts half.
    const bodyOnly = !c[0] && !c[1] && !c[2] ? 0.5 : 1
    const bgWeight = background.get(term) ?? 1
    return (bodyOnly * (head.has(term) ? 1.6 : 1) * idf * bgWeight * weighted) / (1.2 + weighted)
  }
  const out: ScoredDoc[] = []
  for (let doc = 0; doc < n; doc++) {
    let score = 0
    const matched: string[] = []
    for (const g of groups) {
      let best = 0
      let at = -1
      g.terms.forEach((t, i) => {
        const s = g.weights[i]! * termScore(doc, t)
        if (s > best) {
          best = s
          at = i
        }
      })
      if (at >= 0) {
        score += best
        matched.push(g.terms[at]!)
      }
    }
    if (score > 0) out.push({ doc, score, matched })
  }
  return out.sort((a, b) => b.score - a.score || a.doc - b.doc)
}

function goldenQuestions(): string[] {
  const dir = join(ROOT, 'tests/golden')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
    )
    .map((l) => (JSON.parse(l) as { q: string }).q)
}

describe('loadSearchIndex', () => {
  const artifact = readArtifact()
  const lib = loadBuiltLibrary()
  const terms = vocabularyTerms(artifact.segmenter)
  const questions = goldenQuestions()
  const groupsOf = (q: string) => queryGroups(lib.segmenter.cut(lib.normalize(q.trim())), lib)

  it('equals the reference BM25F on every golden question (documents, exact scores, matched terms)', () => {
    for (const q of questions) {
      const groups = groupsOf(q)
      const got = lib.index.search(groups)
      const want = referenceSearch(artifact.search, terms, groups)
      expect(got, q).toEqual(want)
    }
  })

  it('returns the reference ranking’s first k when asked for k candidates', () => {
    for (const q of questions.slice(0, 40)) {
      const groups = groupsOf(q)
      const want = referenceSearch(artifact.search, terms, groups).slice(0, 7)
      expect(lib.index.search(groups, { candidates: 7 }), q).toEqual(want)
    }
  })

  it("idf and has agree with FlexSearch's lists", () => {
    const n = artifact.articles.length
    const df5 = postingsOf(artifact.search, terms)[5]!.docs.length
    expect(lib.index.has(terms[0]!)).toBe(true)
    expect(lib.index.has('不是一个词xyz')).toBe(false)
    expect(lib.index.idf(terms[5]!)).toBe(Math.log(1 + (n - df5 + 0.5) / (df5 + 0.5)))
    expect(lib.index.idf('不是一个词xyz')).toBe(Math.log(1 + (n + 0.5) / 0.5))
  })

  it('handles an empty index and unknown terms', async () => {
    const empty = loadSearchIndex(await buildSearchData([]), [])
    expect(empty.search([{ terms: ['工资'], weights: [1] }])).toEqual([])
    const docs: IndexDoc[] = [
      { fields: { title: ['工资'], keywords: [], summary: [], body: ['拖欠', '工资'] } },
    ]
    const one = loadSearchIndex(await buildSearchData(docs), searchTerms(docs))
    expect(one.search([{ terms: ['没有'], weights: [1] }])).toEqual([])
    expect(
      one.search([{ terms: ['工资', '拖欠'], weights: [1, 0.5] }]).map((s) => s.matched)
    ).toEqual([['工资']])
    expect(indexTokens(['的', '工资', '2018'])).toEqual(['工资'])
  })
})
