import { Encoder, Index } from 'flexsearch'

/** FlexSearch's export of the inverted index: key → data, as its export() hands them out. */
export type FlexExport = Record<string, string>

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
    if (data !== undefined && data !== null) out[key] = data
  })
  return out
}

/** Loads an export made by {@link exportFlexIndex}. */
export function importFlexIndex(data: FlexExport): Index {
  const index = createFlexIndex()
  for (const [key, value] of Object.entries(data)) index.import(key, value)
  return index
}
