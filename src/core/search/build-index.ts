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
}

/** Drops stopwords and pure punctuation; shared by documents and questions. */
export function indexTokens(tokens: readonly string[]): string[] {
  return tokens.filter((t) => t.trim() !== '' && !STOPWORDS.has(t))
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
  return { flex, docs: out, df, avgLen: sumLen.map((s) => s / n) as FieldCounts }
}
