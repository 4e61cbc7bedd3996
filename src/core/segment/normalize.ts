/**
 * Text normalisation shared by documents (at build) and questions (at run time), so both sides
 * meet in the same words: full-width → half-width, lower case, traditional → simplified
 * (a character table built from opencc-js), then colloquial/Cantonese synonyms → the articles'
 * terms (a table kept as data in knowledge/synonyms.yaml).
 * @module
 */

export interface NormalizeData {
  /** Traditional character → simplified character. */
  t2s: Record<string, string>
  /** [variant, canonical] pairs; applied longest variant first, in one pass. */
  synonyms: Array<[string, string]>
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

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Builds the normaliser from its data tables.
 * @example createNormalizer(data)('俾人炒咗，人工點計？') // '被辞退了，工资怎么算?'
 */
export function createNormalizer(data: NormalizeData): Normalizer {
  const t2s = new Map(Object.entries(data.t2s))
  const table = new Map<string, string>()
  for (const [from, to] of data.synonyms) if (from && !table.has(from)) table.set(from, to)
  const variants = [...table.keys()].sort((a, b) => b.length - a.length)
  // One alternation, longest first: a single left-to-right pass, so a replacement is never re-replaced.
  const pattern = variants.length ? new RegExp(variants.map(escapeRegExp).join('|'), 'g') : null
  return (text: string) => {
    let s = ''
    for (const ch of toHalfWidth(text)) s += t2s.get(ch) ?? ch
    return pattern ? s.replace(pattern, (m) => table.get(m) ?? m) : s
  }
}
