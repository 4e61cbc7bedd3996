import { type Topic, TOPIC_GROUP_NAMES } from '../../../core'
import { HitList } from '../hit-list'
import { UI } from '../labels'
import { Layout } from '../layout'
import type { SearchHit } from '../search-articles'

/** `/topics/<id>`: every article of one topic. */
export function TopicPage({ topic, hits }: { topic: Topic; hits: readonly SearchHit[] }) {
  return (
    <Layout title={topic.name} nav='search'>
      <p class='small'>
        <a href='/'>{UI.siteName}</a> › {TOPIC_GROUP_NAMES[topic.group]}
      </p>
      <h1>{UI.topicArticles(topic.name)}</h1>
      <HitList hits={hits} />
    </Layout>
  )
}
