/**
 * Text normalisation shared by documents (at build) and questions (at run time), so both sides
 * meet in the same words: full-width → half-width, lower case, traditional → simplified
 * (a character table built from opencc-js), then colloquial/Cantonese synonyms → the articles'
 * terms (a table kept as data in knowledge/synonyms.yaml) and members of a word class → the class's
 * concept token (尿毒症, 白血病 → 患病; 奶奶 → 祖父母: knowledge/concepts.yaml).
 * @module
 */

export interface NormalizeData {
  /** Traditional character → simplified character. */
  t2s: Record<string, string>
  /** [variant, canonical] pairs; overlapping variants resolve to the longest cover, in one pass. */
  synonyms: Array<[string, string]>
  /**
   * [word, concept token] pairs: a class of words (illnesses, body parts, family members, trades)
   * meets the articles through the one word they use for the class. Applied in the same pass as
   * the synonyms; where a synonym and a class word are the same string, the synonym wins.
   */
  concepts?: Array<[string, string]>
}

export type Normalizer = (text: string) => string

/** Full-width ASCII and the ideographic space to half-width; lower case. */
export function toHalfWidth(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0)
    else if (code === 0x3000) out += ' '
    else out += ch
  }
  return out.toLowerCase()
}

interface TrieNode {
  next: Map<string, TrieNode>
  /** The canonical term when a variant ends here. */
  to?: string
}

function buildTrie(pairs: Array<[string, string]>): TrieNode {
  const root: TrieNode = { next: new Map() }
  for (const [from, to] of pairs) {
    if (!from) continue
    let node = root
    for (const ch of from) {
      let child = node.next.get(ch)
      if (!child) node.next.set(ch, (child = { next: new Map() }))
      node = child
    }
    node.to ??= to
  }
  return root
}

/**
 * Replaces variants so that the replaced text is as long as possible (a DP over all matches),
 * so overlapping variants resolve the way a reader would: 「被炒鱿鱼」 takes 炒鱿鱼, not 被炒.
 * One pass: a replacement is never replaced again.
 */
function replaceSynonyms(text: string, root: TrieNode): string {
  const chars = [...text]
  const n = chars.length
  const matches: Array<Array<[number, string]>> = Array.from({ length: n }, () => [])
  let any = false
  for (let i = 0; i < n; i++) {
    let node: TrieNode | undefined = root
    for (let j = i; j < n && node; j++) {
      node = node.next.get(chars[j]!)
      if (node?.to !== undefined) {
        matches[i]!.push([j + 1 - i, node.to])
        any = true
      }
    }
  }
  if (!any) return text
  const best = new Int32Array(n + 1)
  const pick = new Int32Array(n).fill(-1)
  for (let i = n - 1; i >= 0; i--) {
    best[i] = best[i + 1]!
    // Matches come shortest first; on equal cover the later (longer) variant wins: 冇出粮 as a whole.
    matches[i]!.forEach(([len], k) => {
      const cover = len + best[i + len]!
      if (cover > best[i]! || (cover === best[i] && pick[i]! >= 0)) {
        best[i] = cover
        pick[i] = k
      }
    })
  }
  let out = ''
  for (let i = 0; i < n;) {
    const k = pick[i]!
    if (k >= 0 && best[i] !== best[i + 1]) {
      const [len, to] = matches[i]![k]!
      out += to
      i += len
    } else out += chars[i++]
  }
  return out
}

/**
 * Builds the normaliser from its data tables.
 * @example createNormalizer(data)('俾人炒咗，人工點計？') // '被辞退了，工资怎么算?'
 */
export function createNormalizer(data: NormalizeData): Normalizer {
  const t2s = new Map(Object.entries(data.t2s))
  const trie = buildTrie([...data.synonyms, ...(data.concepts ?? [])])
  return (text: string) => {
    let s = ''
    for (const ch of toHalfWidth(text)) s += t2s.get(ch) ?? ch
    return replaceSynonyms(s, trie)
  }
}
