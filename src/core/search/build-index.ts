import { createFlexDocument } from './flex-document'
import { type Field, type FieldCounts, FIELDS } from './fields'
import { STOPWORDS } from './stopwords'

/** One document as the index sees it: tokens per field, already segmented and normalised. */
export interface IndexDoc {
  fields: Record<Field, string[]>
}

/** Everything retrieval needs at run time; JSON-serialisable, shipped in the artifact. */
export interface SearchData {
  /** FlexSearch export, key → data. */
  flex: Record<string, string>
  /** Per document: term → per-field counts, and per-field lengths. */
  docs: Array<{ tf: Record<string, FieldCounts>; len: FieldCounts }>
  /** Document frequency per term. */
  df: Record<string, number>
  avgLen: FieldCounts
  /** Terms that occur in some title or keyword list: the words topics are named by. */
  head: string[]
}

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

/**
 * Builds the search data: the FlexSearch index (candidates) and the term statistics that
 * BM25F needs (FlexSearch keeps no scores).
 */
export async function buildSearchData(docs: readonly IndexDoc[]): Promise<SearchData> {
  const flexDoc = createFlexDocument()
  const df: Record<string, number> = {}
  const sumLen: FieldCounts = [0, 0, 0, 0]
  const out: SearchData['docs'] = []
  docs.forEach((doc, id) => {
    const tf: Record<string, FieldCounts> = {}
    const len: FieldCounts = [0, 0, 0, 0]
    FIELDS.forEach((field, f) => {
      const tokens = indexTokens(doc.fields[field])
      len[f] = tokens.length
      sumLen[f] += tokens.length
      for (const t of tokens) (tf[t] ??= [0, 0, 0, 0])[f]++
    })
    for (const t of Object.keys(tf)) df[t] = (df[t] ?? 0) + 1
    out.push({ tf, len })
    const record: Record<string, string | number> = { id }
    for (const field of FIELDS) record[field] = indexTokens(doc.fields[field]).join(' ')
    flexDoc.add(record)
  })
  const flex: Record<string, string> = {}
  await flexDoc.export((key: string, data: string) => {
    flex[key] = data
  })
  const n = Math.max(docs.length, 1)
  const head = new Set<string>()
  for (const d of out) for (const [t, c] of Object.entries(d.tf)) if (c[0] || c[1]) head.add(t)
  return { flex, docs: out, df, avgLen: sumLen.map((s) => s / n) as FieldCounts, head: [...head] }
}
