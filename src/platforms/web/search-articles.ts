import { type Library, getTopic, shouldDecline, retrieve } from '../../core'

/** One search result as the page and `GET /api/search` show it. */
export interface SearchHit {
  id: string
  title: string
  summary: string
  topic: string
  topicName: string
  url: string
}

export interface SearchResult {
  q: string
  hits: SearchHit[]
  /** True when the bot itself would decline this question: the page adds a caution. */
  weak: boolean
}

/** Longest query the page searches; longer input is cut (the search box is not the intake form). */
export const MAX_QUERY_CHARS = 200

/** Searches the library with core retrieval and shapes the hits for the page. */
export function searchArticles(query: string, library: Library, limit = 8): SearchResult {
  const q = [...query.trim()].slice(0, MAX_QUERY_CHARS).join('')
  if (!q) return { q, hits: [], weak: true }
  const retrieval = retrieve(q, library, { limit })
  const hits = retrieval.hits.map(({ article }) => ({
    id: article.id,
    title: article.title,
    summary: article.summary,
    topic: article.topic,
    topicName: getTopic(article.topic)?.name ?? article.topic,
    url: `/articles/${article.id}`,
  }))
  return { q, hits, weak: shouldDecline(retrieval.normalized, retrieval.hits[0]?.score, library) }
}
