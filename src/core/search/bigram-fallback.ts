import { isIndexToken } from './build-index'

const HAN_CHAR = /^[\u4e00-\u9fd5]$/

/**
 * Per token, the terms to query instead of it (undefined: the token itself). A run of two or
 * more single non-stopword Han characters is a stretch the vocabulary could not cover with longer
 * words; its characters alone match unrelated articles. Such a run yields its overlapping
 * character bigrams that the index holds (走/人 → 走人) in place of the characters; when the
 * index holds none of them the characters stay: dropping them (寒/假 → nothing) lost questions
 * in cross-validation and on the golden files. One lookup per token: linear in the question.
 */
export function bigramFallback(
  tokens: readonly string[],
  has: (term: string) => boolean
): Array<string[] | undefined> {
  const out: Array<string[] | undefined> = new Array(tokens.length)
  // Stopword characters (我, 了, 说…) end a run: glued to a content character they made pairs
  // such as 扣了 that name nothing, and dropped 扣 with them.
  const single = (t: string) => HAN_CHAR.test(t) && isIndexToken(t)
  const n = tokens.length
  for (let i = 0; i < n;) {
    if (!single(tokens[i]!)) {
      i++
      continue
    }
    let j = i + 1
    while (j < n && single(tokens[j]!)) j++
    if (j - i >= 2) {
      let found = false
      for (let k = i; k + 1 < j; k++) {
        const pair = tokens[k]! + tokens[k + 1]!
        out[k] = has(pair) ? ((found = true), [pair]) : []
      }
      // No pair known: the characters stay (dropping them cost measured accuracy).
      if (found) out[j - 1] = []
      else for (let k = i; k < j; k++) out[k] = undefined
    }
    i = j
  }
  return out
}
