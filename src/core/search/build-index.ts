import { type Field, type FieldCounts, FIELDS } from './fields'
import { entryOrder } from '../segment/dag-segmenter'
import { exportFlexIndex, type FlexExport } from './flex-index'
import { STOPWORDS } from './stopwords'

/** One document as the index sees it: tokens per field, already segmented and normalised. */
export interface IndexDoc {
  fields: Record<Field, string[]>
}

/**
 * Everything retrieval needs at run time; JSON-serialisable, shipped in the artifact. Each fact
 * once: FlexSearch holds the terms and the inverted lists (which documents hold a term: the
 * candidates; their lengths are the document frequencies); the scorer keeps what FlexSearch
 * cannot give, the per-field term counts, aligned to FlexSearch's lists, and the field lengths.
 */
export interface SearchData {
  /**
   * Per term in term-number order, per document holding it in ascending order (FlexSearch's
   * list for the term), the term's per-field counts in that document, packed as
   * body + summary·2⁸ + keywords·2¹⁶ + title·2²⁴ (each count < 256).
   */
  counts: number[]
  /** Per document its per-field token counts, four numbers each, in FIELDS order. */
  len: number[]
  /**
   * Background weights: pairs (term number, weight in percent < 100) for the terms general
   * Chinese uses about as often as the articles do (今年, 东西), each term number written as its
   * gap from the previous pair's; every other term weighs 100 %.
   * Filled by the build from jieba's dictionary (scripts/lib/background.ts).
   */
  background?: number[]
  /**
   * FlexSearch's export of the inverted index over the same terms (flex-index.ts), its map
   * without the term strings: the terms are the vocabulary's entries marked `indexed`
   * (SegmenterData), numbered in {@link entryOrder}.
   */
  flex: FlexExport
}

/** Counts are packed in bytes, FIELDS order from the most significant one. */
export const COUNT_LIMIT = 256

// Figures (2018, 6000, 18号) say nothing about the topic and match document numbers by
// accident; the 123xx hotlines are the exception people do ask about.
const FIGURE = /^[\d.%]+$|^[\d零一二三四五六七八九十两百千万几多半]+[年月天日号岁个周级倍]?[半多]?$/
const HOTLINE = /^123\d\d$/

/** Whether a token is indexed: not a stopword, not punctuation, not a bare figure. */
export function isIndexToken(t: string): boolean {
  return t.trim() !== '' && !STOPWORDS.has(t) && (!FIGURE.test(t) || HOTLINE.test(t))
}

/** Drops stopwords, punctuation and bare figures; shared by documents and questions. */
export function indexTokens(tokens: readonly string[]): string[] {
  return tokens.filter(isIndexToken)
}

/** The index's terms: the documents' distinct index tokens, in term-number order ({@link entryOrder}). */
export function searchTerms(docs: readonly IndexDoc[]): string[] {
  const terms = new Set<string>()
  for (const doc of docs)
    for (const field of FIELDS) for (const t of indexTokens(doc.fields[field])) terms.add(t)
  return [...terms].sort(entryOrder)
}

/**
 * Builds the term counts, field lengths and FlexSearch index BM25F needs, over the terms
 * {@link searchTerms} gives (pass them when already at hand: the caller marks them in the
 * vocabulary the library loads with).
 */
export async function buildSearchData(
  docs: readonly IndexDoc[],
  terms: readonly string[] = searchTerms(docs)
): Promise<SearchData> {
  const ids = new Map(terms.map((t, i) => [t, i]))
  const len: number[] = []
  // Per term, the packed counts of the documents holding it, in document order.
  const postings: number[][] = terms.map(() => [])
  const docTokens: string[][] = []
  docs.forEach((doc) => {
    const tf = new Map<number, FieldCounts>()
    FIELDS.forEach((field, f) => {
      const tokens = indexTokens(doc.fields[field])
      len.push(tokens.length)
      for (const t of tokens) {
        // FlexSearch's encoder splits a document's terms at spaces.
        if (/\s/.test(t)) throw new Error(`index token holds a separator: ${JSON.stringify(t)}`)
        const term = ids.get(t)
        if (term === undefined)
          throw new Error(`a token outside the given terms: ${JSON.stringify(t)}`)
        let counts = tf.get(term)
        if (!counts) tf.set(term, (counts = [0, 0, 0, 0]))
        counts[f]++
      }
    })
    const own = [...tf.keys()].sort((a, b) => a - b)
    docTokens.push(own.map((t) => terms[t]!))
    for (const term of own) {
      const c = tf.get(term)!
      if (c.some((x) => x >= COUNT_LIMIT))
        throw new Error(`term ${terms[term]} occurs ${COUNT_LIMIT}+ times in one field`)
      postings[term]!.push(((c[0] * COUNT_LIMIT + c[1]) * COUNT_LIMIT + c[2]) * COUNT_LIMIT + c[3])
    }
  })
  return { counts: postings.flat(), len, flex: exportFlexIndex(docTokens, terms) }
}
