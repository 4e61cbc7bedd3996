/** The indexed text of an article, field by field (build, checks and bench read it alike). */
import type { ShippedArticle } from '../../src/core/knowledge/article'
import { getTopic } from '../../src/core/knowledge/topics'

/** The text of each field of an article, before normalisation. */
export function articleFields(
  a: ShippedArticle
): Record<'title' | 'keywords' | 'summary' | 'body', string> {
  const topicName = getTopic(a.topic)?.name ?? ''
  return {
    title: a.title,
    keywords: [...a.keywords, topicName].join(' ， '),
    summary: a.summary,
    body: a.body.replace(/^#+\s.*$/gm, ' ').replace(/[*`>#|]/g, ' '),
  }
}
