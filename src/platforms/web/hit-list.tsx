import type { SearchHit } from './search-articles'

/** Search results or a topic's articles: title link, summary, topic tag. */
export function HitList({ hits }: { hits: readonly SearchHit[] }) {
  return (
    <ul class='hits'>
      {hits.map((h) => (
        <li>
          <a href={h.url}>{h.title}</a>
          <p>{h.summary}</p>
          <span class='tag'>{h.topicName}</span>
        </li>
      ))}
    </ul>
  )
}
