import { findPacked, packedEntry, packTable, PREFIX_ONLY } from '../segment/dag-segmenter'
import type { Segmenter } from '../segment/segmenter'
import { isIndexToken } from './build-index'
import type { QueryGroup } from './search-index'

/**
 * The articles' keyword phrases (normalised, length ≥ 2) as retrieval's phrase evidence needs
 * them, built at build time ({@link buildPhraseData}) and shipped in the artifact, so that neither
 * loading nor the first question segments 1,800 phrases or builds a character trie.
 */
export interface PhraseData {
  /**
   * The phrases packed for substring search (packTable): each phrase once, plus the prefixes of
   * length 2 to `prefixLength`. Phrases are numbered in the table's order, so instead of values
   * the table ships one character per entry: '0' for a phrase, '1' for a prefix that is not one
   * (a phrase's id is the count of phrases before it, taken at load). Unlike the other packed
   * tables, each length's entries are written one after another (entry m at [m·L, (m + 1)·L)),
   * not column by column: phrases are long and share little, and so they take less gzip.
   */
  table: { entries: string[]; prefixOnly: string; prefixLength: number }
  /** Per document, the ids of its phrases, in its keyword order (repeats kept). */
  byDoc: number[][]
  /**
   * The distinct index words of the phrases that have two or more (as the runtime segmenter cuts
   * them), packed for lookup (packTable, no prefixes): a word's number k is its place in the
   * table (so the table ships no values).
   */
  words: { entries: string[] }
  /**
   * Per word number k, the ids of the phrases holding it, ascending, each written as its gap from
   * the one before (the first as itself): a quarter less gzip, undone at load.
   */
  wordPhrases: number[][]
}

/**
 * Prefixes shipped for the substring scan: a question position where no phrase's first three
 * characters start is left after at most two lookups; longer prefixes would double the table.
 */
const PREFIX_LENGTH = 3

/** Numbers the phrases and cuts each with `segmenter` (the runtime one, so words match questions). */
export function buildPhraseData(
  keywordPhrases: readonly (readonly string[])[],
  segmenter: Segmenter
): PhraseData {
  // Phrases and words are numbered in their packed table's order (by length, then code units):
  // a word's number is then its place in the table, which needs no values.
  const phrases = [...new Set(keywordPhrases.flat().filter((kw) => kw.length >= 2))].sort(
    packedOrder
  )
  const ids = new Map(phrases.map((p, id) => [p, id]))
  const byDoc = keywordPhrases.map((kws) =>
    kws.filter((kw) => kw.length >= 2).map((kw) => ids.get(kw)!)
  )
  const byWord = new Map<string, number[]>()
  phrases.forEach((phrase, id) => {
    const words = [...new Set(segmenter.cut(phrase).filter(isIndexToken))]
    if (words.length < 2) return
    for (const w of words) {
      const ids = byWord.get(w)
      if (ids) ids.push(id)
      else byWord.set(w, [id])
    }
  })
  const packed = packTable(
    phrases.map((p, id) => [p, id]),
    PREFIX_LENGTH
  )
  const table = {
    entries: packed.entries.map((group, i) => {
      const n = group.length / (i + 1)
      return Array.from({ length: n }, (_, m) => packedEntry(group, i + 1, m)).join('')
    }),
    prefixOnly: packed.values.map((v) => (v === PREFIX_ONLY ? '1' : '0')).join(''),
    prefixLength: PREFIX_LENGTH,
  }
  if (!tableIds(table).every((id, k) => id === packed.values[k]))
    throw new Error('phrases out of table order')
  const wordList = [...byWord.keys()].sort(packedOrder)
  const words = packTable(
    wordList.map((w, k) => [w, k]),
    1
  )
  if (!words.values.every((v, k) => v === k)) throw new Error('phrase words out of table order')
  return {
    table,
    byDoc,
    words: { entries: words.entries },
    wordPhrases: wordList.map((w) =>
      byWord.get(w)!.map((id, i, ids) => (i ? id - ids[i - 1]! : id))
    ),
  }
}

/** packTable's order: by length, then code units. */
const packedOrder = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)

/** Per entry of the phrase table, the phrase's id or PREFIX_ONLY. */
function tableIds(table: PhraseData['table']): Int32Array {
  const ids = new Int32Array(table.prefixOnly.length)
  let id = 0
  for (let k = 0; k < ids.length; k++)
    ids[k] = table.prefixOnly.charCodeAt(k) === 49 /* '1' */ ? PREFIX_ONLY : id++
  return ids
}

/** The phrase texts by id, read back from the table. */
function phraseTexts(data: PhraseData): string[] {
  const texts: string[] = []
  const ids = tableIds(data.table)
  let k = 0
  data.table.entries.forEach((group, i) => {
    for (let m = 0; m < group.length / (i + 1); m++) {
      const id = ids[k++]!
      if (id !== PREFIX_ONLY) texts[id] = group.slice(m * (i + 1), (m + 1) * (i + 1))
    }
  })
  return texts
}

/** The same phrases with their words cut by another segmenter. */
export function recutPhraseData(data: PhraseData, segmenter: Segmenter): PhraseData {
  const texts = phraseTexts(data)
  return buildPhraseData(
    data.byDoc.map((ids) => ids.map((id) => texts[id]!)),
    segmenter
  )
}

/** The loaded phrase data, with scratch memory for one question at a time. */
export interface PhraseIndex {
  /** Per phrase id, its length in code units. */
  readonly lengths: Uint16Array
  /** Document d's phrase ids are docPhrases[docStart[d] .. docStart[d + 1]) (byDoc, flattened). */
  readonly docStart: Int32Array
  readonly docPhrases: Int32Array
  /** Per phrase, how many distinct index words it has (0: too few to match loosely). */
  readonly wordCount: Uint8Array
  /**
   * Per phrase, the code units of its index words: what a loose match is worth. A phrase such as
   * 被辞退一年多了还能要补偿吗 matched by 辞退 + 补偿 earns 4 characters, not 13.
   */
  readonly wordLengths: Uint16Array
  /** The words of the phrases (PhraseData.words) and where each length's values start. */
  readonly words: PhraseData['words']
  readonly wordOffsets: Int32Array
  readonly wordPhrases: readonly (readonly number[])[]
  /** The phrase table with each entry's value: the phrase's id or PREFIX_ONLY. */
  readonly table: { entries: string[]; values: Int32Array; prefixLength: number }
  /** Where the values of each entry length start in table.values (index L − 1). */
  readonly offsets: Int32Array
  /** 1 for each UTF-16 code unit a phrase starts with (a cheap test before any lookup). */
  readonly firstUnits: Uint8Array
  /** Scratch for one question (reset by clearPhraseScratch): words seen per phrase, loose matches. */
  readonly counts: Uint8Array
  readonly loose: Uint8Array
  readonly touched: number[]
}

export function loadPhraseIndex(data: PhraseData): PhraseIndex {
  const { entries, prefixLength } = data.table
  const values = tableIds(data.table)
  const offsets = offsetsOf(entries)
  let n = 0
  for (const v of values) if (v !== PREFIX_ONLY) n++
  const lengths = new Uint16Array(n)
  for (let L = 1; L <= entries.length; L++)
    for (let k = offsets[L - 1]!; k < offsets[L]!; k++)
      if (values[k] !== PREFIX_ONLY) lengths[values[k]!] = L
  // The ids back from their gaps.
  const wordPhrases = data.wordPhrases.map((gaps) => {
    let id = 0
    return gaps.map((gap) => (id += gap))
  })
  const wordCount = new Uint8Array(n)
  for (const ids of wordPhrases) for (const id of ids) wordCount[id]!++
  const wordOffsets = offsetsOf(data.words.entries)
  const wordLengths = new Uint16Array(n)
  for (let L = 1; L <= data.words.entries.length; L++)
    for (let k = wordOffsets[L - 1]!; k < wordOffsets[L]!; k++)
      for (const id of wordPhrases[k] ?? []) wordLengths[id]! += L
  const firstUnits = new Uint8Array(65536)
  entries.forEach((group, i) => {
    for (let p = 0; p < group.length; p += i + 1) firstUnits[group.charCodeAt(p)] = 1
  })
  const docStart = new Int32Array(data.byDoc.length + 1)
  for (let d = 0; d < data.byDoc.length; d++) docStart[d + 1] = docStart[d]! + data.byDoc[d]!.length
  const docPhrases = new Int32Array(docStart[data.byDoc.length]!)
  for (let d = 0; d < data.byDoc.length; d++) docPhrases.set(data.byDoc[d]!, docStart[d])
  return {
    lengths,
    docStart,
    docPhrases,
    wordCount,
    wordLengths,
    words: data.words,
    wordOffsets,
    wordPhrases,
    table: { entries, values, prefixLength },
    offsets,
    firstUnits,
    counts: new Uint8Array(n),
    loose: new Uint8Array(n),
    touched: [],
  }
}

/** Index of s[i, i + len) among the sorted entries of length len written one after another in `group`, or −1. */
function findRow(group: string, len: number, s: string, i: number): number {
  let lo = 0
  let hi = group.length / len - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const base = mid * len
    let c = 0
    for (let k = 0; k < len && c === 0; k++) c = group.charCodeAt(base + k) - s.charCodeAt(i + k)
    if (c === 0) return mid
    if (c < 0) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

/** Where the values of each entry length of a packed table start (index L − 1). */
function offsetsOf(entries: readonly string[]): Int32Array {
  const offsets = new Int32Array(entries.length + 1)
  for (let L = 1; L <= entries.length; L++)
    offsets[L] = offsets[L - 1]! + entries[L - 1]!.length / L
  return offsets
}

/**
 * Which phrases occur in the text: present[id] is 1 when phrase id is a substring (code units).
 * Linear in the text: at most (longest phrase − 1) lookups per position, usually one or two.
 */
export function phrasesIn(text: string, index: PhraseIndex): Uint8Array {
  const present = new Uint8Array(index.lengths.length)
  const { entries, values, prefixLength } = index.table
  const { offsets, firstUnits } = index
  const maxLen = entries.length
  for (let i = 0; i < text.length; i++) {
    if (!firstUnits[text.charCodeAt(i)]) continue
    for (let len = 2; len <= maxLen && i + len <= text.length; len++) {
      const k = findRow(entries[len - 1]!, len, text, i)
      if (k >= 0) {
        const id = values[offsets[len - 1]! + k]!
        if (id !== PREFIX_ONLY) present[id] = 1
        // Up to prefixLength every prefix of a phrase is an entry: none found, no phrase starts here.
      } else if (len <= prefixLength) break
    }
  }
  return present
}

/** Which phrases have all their (two or more) words among the question's terms (scratch memory). */
export function phrasesByWords(groups: readonly QueryGroup[], index: PhraseIndex): Uint8Array {
  const { counts, loose, touched, wordCount, words, wordOffsets, wordPhrases } = index
  const seen = new Set<string>()
  for (const g of groups)
    for (const t of g.terms) {
      if (seen.has(t)) continue
      seen.add(t)
      const len = t.length
      const k =
        len > 0 && len <= words.entries.length ? findPacked(words.entries[len - 1]!, len, t, 0) : -1
      if (k >= 0)
        for (const id of wordPhrases[wordOffsets[len - 1]! + k]!) {
          if (counts[id] === 0) touched.push(id)
          if (++counts[id]! === wordCount[id]) loose[id] = 1
        }
    }
  return loose
}

export function clearPhraseScratch(index: PhraseIndex): void {
  for (const id of index.touched) index.counts[id] = index.loose[id] = 0
  index.touched.length = 0
}
