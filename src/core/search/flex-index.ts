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

/**
 * Builds the index over each document's distinct tokens and exports it, its map without the
 * term strings: each map chunk holds the lists of its terms in the order of `terms` (the index's
 * term numbering), which the runtime already knows from the segmenter's vocabulary
 * ({@link importFlexIndex} puts them back). `terms` must be exactly the documents' tokens.
 */
export function exportFlexIndex(
  docTokens: readonly (readonly string[])[],
  terms: readonly string[]
): FlexExport {
  const index = createFlexIndex()
  docTokens.forEach((tokens, id) => {
    if (tokens.length) index.add(id, [...new Set(tokens)].join(' '))
  })
  const out: FlexExport = {}
  const lists = new Map<string, unknown>()
  const chunks: string[] = []
  index.export((key, data) => {
    if (data === undefined || data === null) return
    const value = JSON.parse(data) as unknown
    if (key.endsWith('.map')) {
      for (const [term, termLists] of value as Array<[string, unknown]>) lists.set(term, termLists)
      chunks.push(key)
      out[key] = (value as unknown[]).length
    } else out[key] = value
  })
  if (lists.size !== terms.length || terms.some((t) => !lists.has(t)))
    throw new Error("FlexSearch's terms are not the index's terms")
  let t = 0
  for (const key of chunks)
    out[key] = terms.slice(t, (t += out[key] as number)).map((w) => lists.get(w))
  return out
}

/** A loaded export: the index, and per term how many documents its list holds. */
export interface LoadedFlexIndex {
  index: Index
  /** Per term (term-number order), its document frequency. */
  df: Int32Array
}

/** Loads an export made by {@link exportFlexIndex}, `terms` in term-number order. */
export function importFlexIndex(data: FlexExport, terms: readonly string[]): LoadedFlexIndex {
  const index = createFlexIndex()
  const df: number[] = []
  for (const [key, value] of Object.entries(data)) {
    if (!key.endsWith('.map')) {
      // FlexSearch's import takes the parsed value as well as the string (it parses a string).
      index.import(key, value as string)
      continue
    }
    const pairs = (value as number[][][]).map((lists): [string, number[][]] => {
      const term = terms[df.length]
      if (term === undefined) throw new Error("FlexSearch's lists outnumber the index's terms")
      // One list per resolution slot; resolution 1 gives one.
      let n = 0
      for (const list of lists) n += list.length
      df.push(n)
      return [term, lists]
    })
    index.import(key, pairs as unknown as string)
  }
  if (df.length !== terms.length) throw new Error("the index's terms outnumber FlexSearch's lists")
  return { index, df: Int32Array.from(df) }
}
