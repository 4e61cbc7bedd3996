/**
 * jieba's search mode, made symmetric: a long word also yields its dictionary sub-words
 * (经济补偿金 → 经济, 补偿, 补偿金), so 「补偿金」 in a question meets 「经济补偿金」 in an article.
 * The build passes jieba's full dictionary as `isWord`, the runtime the index vocabulary (which
 * holds every sub-word the build emitted), so both sides expand alike.
 */
export function expandSubwords(
  tokens: readonly string[],
  isWord: (w: string) => boolean
): string[] {
  const out: string[] = []
  for (const t of tokens) {
    out.push(t)
    if (t.length < 3) continue
    for (let len = 2; len < t.length; len++)
      for (let i = 0; i + len <= t.length; i++) {
        const sub = t.slice(i, i + len)
        if (isWord(sub)) out.push(sub)
      }
  }
  return out
}
