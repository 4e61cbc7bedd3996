import { TOPIC_GROUP_NAMES, TOPICS, type TopicGroup } from '../../../core'
import { HitList } from '../hit-list'
import { Hotlines } from '../hotlines'
import { UI } from '../labels'
import { Layout } from '../layout'
import type { SearchResult } from '../search-articles'
import type { Estimate } from '../estimate'
import { EstimateCard } from '../estimate-card'

export interface HomePageProps {
  q: string
  result: SearchResult | null
  /** The amount the question implies (same calculation as the chat answer), if any. */
  estimate?: Estimate | null
  /** Articles per topic id, for the counts in the topic browser. */
  topicCounts: ReadonlyMap<string, number>
}

/** The search results block, also what the client script rebuilds from /api/search. */
export function SearchResults({
  result,
  estimate,
}: {
  result: SearchResult | null
  estimate?: Estimate | null | undefined
}) {
  if (!result || !result.q) return null
  return (
    <>
      {estimate ? <EstimateCard estimate={estimate} /> : null}
      <h2>{UI.searchResultsFor(result.q)}</h2>
      {result.hits.length === 0 ? (
        <p class='note'>{UI.searchNone}</p>
      ) : (
        <>
          {result.weak ? <p class='note'>{UI.searchLowConfidence}</p> : null}
          <HitList hits={result.hits} />
        </>
      )}
    </>
  )
}

/** `/`: the search box (works as GET /?q= without JS), results, topic browser, hotlines. */
export function HomePage({ q, result, estimate, topicCounts }: HomePageProps) {
  const groups = Object.entries(TOPIC_GROUP_NAMES) as Array<[TopicGroup, string]>
  return (
    <Layout
      title={result?.q ? UI.searchResultsFor(result.q) : UI.siteName}
      nav='search'
      footerHotlines={false}
    >
      <form class='search card' method='get' action='/' role='search' data-live-search>
        {/* The page's heading is the question it asks, so it costs no height on a phone. */}
        <h1>
          <label for='q'>{UI.searchLabel}</label>
        </h1>
        <input
          id='q'
          type='search'
          name='q'
          value={q}
          placeholder={UI.searchPlaceholder}
          autocomplete='off'
          enterkeyhint='search'
          maxlength={200}
          list='q-suggest'
        />
        {/* Filled by the client script from /api/search (article titles and keywords). */}
        <datalist id='q-suggest'></datalist>
        <button type='submit'>{UI.searchButton}</button>
      </form>
      {/* Screen readers hear the count, not the whole list (which stays out of the live region). */}
      <p id='search-status' class='visually-hidden' role='status'>
        {result?.q ? UI.searchFound(result.hits.length) : ''}
      </p>
      <div id='results'>
        <SearchResults result={result} estimate={estimate} />
      </div>
      <Hotlines heading />
      <h2>{UI.topicsHeading}</h2>
      <div class='groups'>
        {groups.map(([group, name]) => (
          <section aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`}>{name}</h3>
            <ul>
              {TOPICS.filter((t) => t.group === group && (topicCounts.get(t.id) ?? 0) > 0).map(
                (t) => (
                  <li>
                    <a href={`/topics/${t.id}`}>{t.name}</a>{' '}
                    <span class='small'>{UI.articleCount(topicCounts.get(t.id) ?? 0)}</span>
                  </li>
                )
              )}
            </ul>
          </section>
        ))}
      </div>
    </Layout>
  )
}
