/**
 * Length limits measured the way each channel measures them: UTF-8 bytes (WeChat, WeCom,
 * DingTalk) or characters (Telegram, Feishu).
 * @module
 */

/** UTF-8 byte length. */
export function utf8Length(text: string): number {
  let n = 0
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  }
  return n
}

/** Character (code point) length. */
export function charLength(text: string): number {
  return [...text].length
}

/** A way to measure text against a limit. */
export type Measure = (text: string) => number

/** Cuts text to at most `max` units of `measure`, ending with an ellipsis when cut; never splits a character. */
export function truncateTo(text: string, max: number, measure: Measure = utf8Length): string {
  if (measure(text) <= max) return text
  const budget = max - measure('…')
  let out = ''
  let used = 0
  for (const ch of text) {
    const n = measure(ch)
    if (used + n > budget) break
    out += ch
    used += n
  }
  return out + '…'
}

/**
 * Joins whole blocks (blank line between) while they fit in `max`; the last block (the
 * disclaimer) is always kept. Falls back to truncation when even that does not fit.
 */
export function joinWithin(blocks: string[], max: number, measure: Measure = utf8Length): string {
  const last = blocks[blocks.length - 1] ?? ''
  let out = ''
  for (const block of blocks.slice(0, -1)) {
    const next = out ? `${out}\n\n${block}` : block
    if (measure(next) + measure(last) + 2 > max) break
    out = next
  }
  const joined = out ? `${out}\n\n${last}` : last
  return truncateTo(joined, max, measure)
}
