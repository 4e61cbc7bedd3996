/**
 * The baseline: the same documents and the same tokens in MiniSearch with BM25 (its default
 * scoring), field boosts title/keywords 3, summary 2, body 1. MiniSearch gets the already
 * segmented tokens through its tokenize option, and a question goes through the same
 * normalise → segment → sub-words → stopwords path as retrieve(), so only the index differs.
 */
import MiniSearch from 'minisearch'
import type { ShippedArticle } from '../../src/core/knowledge/article'
import type { Library } from '../../src/core/knowledge/library'
import { indexTokens, type IndexDoc } from '../../src/core/search/build-index'
import { FIELD_WEIGHTS, FIELDS } from '../../src/core/search/fields'
import { expandSubwords } from '../../src/core/segment/expand-subwords'

/** Joins tokens for MiniSearch; never inside a token (tokens are cut from normalised text). */
const SEP = '\u0001'
const split = (text: string) => text.split(SEP).filter(Boolean)

export interface Baseline {
  name: string
  /** Question → ranked topics, the whole path. */
  rank(question: string): string[]
  buildMs: number
}

/**
 * Indexes docs in MiniSearch. `lib` supplies only the query-side normaliser and segmenter
 * (the same ones ask() uses) and the `has` test for sub-word expansion.
 */
export function createMiniSearchBaseline(
  articles: readonly ShippedArticle[],
  docs: readonly IndexDoc[],
  lib: Library
): Baseline {
  const t0 = performance.now()
  const mini = new MiniSearch<Record<string, string | number>>({
    fields: [...FIELDS],
    idField: 'id',
    tokenize: split,
    processTerm: (t) => t,
    searchOptions: {
      boost: { ...FIELD_WEIGHTS },
      combineWith: 'OR',
      tokenize: split,
      processTerm: (t) => t,
    },
  })
  mini.addAll(
    docs.map((d, id) => {
      const rec: Record<string, string | number> = { id }
      for (const f of FIELDS) rec[f] = indexTokens(d.fields[f]).join(SEP)
      return rec
    })
  )
  const buildMs = performance.now() - t0
  return {
    name: 'minisearch@7.2.0 BM25',
    buildMs,
    rank(question) {
      const normalized = lib.normalize(question.trim())
      const terms = [
        ...new Set(
          indexTokens(
            expandSubwords(lib.segmenter.cut(normalized), lib.index.has, lib.index.maxTermLength)
          )
        ),
      ]
      if (terms.length === 0) return []
      return mini.search(terms.join(SEP)).map((r) => articles[r.id as number]!.topic)
    },
  }
}
