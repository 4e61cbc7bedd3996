import { type Field, type FieldCounts, FIELDS } from './fields'
import { STOPWORDS } from './stopwords'

/** One document as the index sees it: tokens per field, already segmented and normalised. */
export interface IndexDoc {
  fields: Record<Field, string[]>
}

/**
 * Everything retrieval needs at run time; JSON-serialisable, shipped in the artifact. Compact so
 * that JSON.parse and loading stay cheap: flat number arrays instead of per-document objects, and
 * only what cannot be derived (document frequencies, head terms and average lengths are derived
 * from the postings at load).
 */
export interface SearchData {
  /** The indexed terms, joined with '\n', in order of first occurrence. */
  terms: string
  /** Per term, how many documents hold it (the number of its postings). */
  df: number[]
  /**
   * Postings, term after term, each as two numbers: the document's id minus the previous
   * posting's of the same term (the first: the id itself), and the term's per-field counts
   * packed as body + summary·2⁸ + keywords·2¹⁶ + title·2²⁴ (each count < 256).
   */
  postings: number[]
  /** Per document its per-field token counts, four numbers each, in FIELDS order. */
  len: number[]
  /**
   * Background weights: pairs (term number, weight in percent < 100) for the terms general
   * Chinese uses about as often as the articles do (今年, 东西); every other term weighs 100 %.
   * Filled by the build from jieba's dictionary (scripts/lib/background.ts).
   */
  background?: number[]
}

/** Separator of {@link SearchData.terms}; a token never holds it (tokens are cut at whitespace). */
export const TERM_SEPARATOR = '\n'
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

/** Builds the postings and field lengths BM25F needs. */
export async function buildSearchData(docs: readonly IndexDoc[]): Promise<SearchData> {
  const ids = new Map<string, number>()
  const terms: string[] = []
  /** Per term: [doc, packed counts, doc, packed counts, …]. */
  const lists: number[][] = []
  const len: number[] = []
  docs.forEach((doc, id) => {
    const tf = new Map<number, FieldCounts>()
    FIELDS.forEach((field, f) => {
      const tokens = indexTokens(doc.fields[field])
      len.push(tokens.length)
      for (const t of tokens) {
        let term = ids.get(t)
        if (term === undefined) {
          if (t.includes(TERM_SEPARATOR))
            throw new Error(`index token holds the separator: ${JSON.stringify(t)}`)
          ids.set(t, (term = terms.length))
          terms.push(t)
          lists.push([])
        }
        let counts = tf.get(term)
        if (!counts) tf.set(term, (counts = [0, 0, 0, 0]))
        counts[f]++
      }
    })
    for (const [term, c] of tf) {
      if (c.some((x) => x >= COUNT_LIMIT))
        throw new Error(`term ${terms[term]} occurs ${COUNT_LIMIT}+ times in one field`)
      lists[term]!.push(id, ((c[0] * COUNT_LIMIT + c[1]) * COUNT_LIMIT + c[2]) * COUNT_LIMIT + c[3])
    }
  })
  const postings: number[] = []
  for (const list of lists)
    for (let k = 0; k < list.length; k += 2)
      postings.push(k ? list[k]! - list[k - 2]! : list[k]!, list[k + 1]!)
  return { terms: terms.join(TERM_SEPARATOR), df: lists.map((l) => l.length / 2), postings, len }
}
