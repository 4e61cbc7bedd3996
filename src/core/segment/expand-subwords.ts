/**
 * jieba's search mode, made symmetric: a long word also yields its dictionary sub-words
 * (经济补偿金 → 经济, 补偿, 补偿金), so 「补偿金」 in a question meets 「经济补偿金」 in an article.
 * The build passes jieba's full dictionary as `isWord`, the runtime the index vocabulary (which
 * holds every sub-word the build emitted), so both sides expand alike.
 *
 * `maxWordLength` is the longest word `isWord` can accept: no longer fragment is looked up. With
 * it the work is linear in the token (at most token length × maxWordLength lookups, each slice
 * bounded too) instead of cubic — one unbroken 4,096-character token cost seconds without it.
 * The output is the same as long as no word is longer than `maxWordLength`.
 */
export function expandSubwords(
  tokens: readonly string[],
  isWord: (w: string) => boolean,
  maxWordLength = Infinity
): string[] {
  const out: string[] = []
  for (const t of tokens) {
    out.push(t)
    if (t.length < 3) continue
    const longest = Math.min(t.length - 1, maxWordLength)
    for (let len = 2; len <= longest; len++)
      for (let i = 0; i + len <= t.length; i++) {
        const sub = t.slice(i, i + len)
        if (isWord(sub)) out.push(sub)
      }
  }
  return out
}
