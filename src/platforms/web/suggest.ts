import type { Library } from '../../core'

/** Most suggestions offered at once. */
export const MAX_SUGGESTIONS = 8
/** Longer input gets no suggestions: by then the person is describing a case, not a topic. */
const MAX_SUGGEST_INPUT = 30

/**
 * Search suggestions for the words typed so far: the articles' titles and keywords that contain
 * them (a title or keyword starting with them first, then the shorter). The list is built once.
 * Every entry contains the input, so a browser's `<datalist>` (which hides entries that do not)
 * shows them all.
 * @example createSuggester(library)('加班') // ['加班费', '加班费怎么算', …]
 */
export function createSuggester(library: Library): (q: string) => string[] {
  const entries = new Set<string>()
  for (const a of library.articles) {
    entries.add(a.title)
    for (const k of a.keywords) if ([...k].length >= 2) entries.add(k)
  }
  const all = [...entries]
  return (input) => {
    const q = input.trim()
    if (!q || [...q].length > MAX_SUGGEST_INPUT) return []
    const found: Array<{ text: string; rank: number }> = []
    for (const text of all) {
      const at = text.indexOf(q)
      if (at < 0 || text === q) continue
      found.push({ text, rank: (at === 0 ? 0 : 1000) + text.length })
    }
    return found
      .sort((a, b) => a.rank - b.rank || a.text.localeCompare(b.text))
      .slice(0, MAX_SUGGESTIONS)
      .map((f) => f.text)
  }
}
