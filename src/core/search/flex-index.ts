import { Encoder, Index } from 'flexsearch'

/**
 * FlexSearch's export of the inverted index: key → data as its export() hands them out, parsed
 * (its import() takes the parsed value too). Kept as JSON values, not as the JSON strings: a
 * string inside the artifact's JSON escapes every quote and is parsed a second time at load.
 */
export type FlexExport = Record<string, unknown>

/**
 * The FlexSearch index that generates candidates: one combined field of each document's distinct
 * index tokens, space-joined. Build and load must create it with this one function (FlexSearch
 * exports no configuration). Why each option: `tokenize: 'strict'` + `split: ' '` keeps the
 * segmenter's words whole; `normalize`/`dedupe`/`numeric: false` leave tokens exactly as the
 * scorer knows them; `cache: false` because the default encoder cache calls setTimeout, which
 * throws at module scope in workerd; `resolution: 1` keeps one list per term (FlexSearch cannot
 * rank: our BM25F does), `context: false` (context search loses documents), `fastupdate: false`
 * (with import() it throws).
 */
export function createFlexIndex(): Index {
  return new Index({
    tokenize: 'strict',
    encoder: new Encoder({
      split: ' ',
      normalize: false,
      dedupe: false,
      numeric: false,
      cache: false,
    }),
    resolution: 1,
    context: false,
    fastupdate: false,
  })
}

/** Builds the index over each document's distinct tokens and exports it. */
export function exportFlexIndex(docTokens: readonly (readonly string[])[]): FlexExport {
  const index = createFlexIndex()
  docTokens.forEach((tokens, id) => {
    if (tokens.length) index.add(id, [...new Set(tokens)].join(' '))
  })
  const out: FlexExport = {}
  index.export((key, data) => {
    if (data !== undefined && data !== null) out[key] = JSON.parse(data)
  })
  return out
}

/** A loaded export: the index, and its terms in the order FlexSearch keeps them. */
export interface LoadedFlexIndex {
  index: Index
  /**
   * The terms of the index's map in insertion order. exportFlexIndex adds each document's terms
   * in ascending term number, and numbers are given in order of first occurrence, so this is the
   * term numbering of the counts (buildSearchData checks it): the artifact needs no second
   * copy of the term strings.
   */
  terms: string[]
  /** Per term, how many documents its list holds (its document frequency). */
  df: Int32Array
}

/** Loads an export made by {@link exportFlexIndex}. */
export function importFlexIndex(data: FlexExport): LoadedFlexIndex {
  const index = createFlexIndex()
  const terms: string[] = []
  const df: number[] = []
  for (const [key, value] of Object.entries(data)) {
    const parsed = value as unknown[]
    if (key.endsWith('.map'))
      for (const [term, lists] of parsed as Array<[string, number[][]]>) {
        terms.push(String(term))
        // One list per resolution slot; resolution 1 gives one.
        let n = 0
        for (const list of lists) n += list.length
        df.push(n)
      }
    // FlexSearch's import takes the parsed value as well as the string (it parses a string).
    index.import(key, value as string)
  }
  return { index, terms, df: Int32Array.from(df) }
}

/** The terms of an export, in term-number order (see {@link LoadedFlexIndex.terms}). */
export function flexTerms(data: FlexExport): string[] {
  const terms: string[] = []
  for (const [key, value] of Object.entries(data))
    if (key.endsWith('.map')) for (const entry of value as unknown[][]) terms.push(String(entry[0]))
  return terms
}
