import { type Article, getTopic, TOPIC_GROUP_NAMES } from '../../../core'
import { CitationList } from '../citation-list'
import type { CitedBasis } from '../cite-with-text'
import { CopyBox } from '../copy-box'
import { FeedbackForm } from '../feedback'
import { formatRegion } from '../format-values'
import { UI } from '../labels'
import { Layout } from '../layout'

export interface ArticlePageProps {
  article: Article
  citations: readonly CitedBasis[]
  related: ReadonlyArray<{ id: string; title: string }>
  calculators: ReadonlyArray<{ name: string; title: string }>
  /** Plain text for pasting into WeChat. */
  chatText: string
}

function List({
  heading,
  items,
  ordered = false,
}: {
  heading: string
  items: readonly string[]
  ordered?: boolean
}) {
  if (!items.length) return null
  const lis = items.map((i) => <li>{i}</li>)
  return (
    <section>
      <h2>{heading}</h2>
      {ordered ? <ol>{lis}</ol> : <ul>{lis}</ul>}
    </section>
  )
}

function Paragraphs({ heading, text }: { heading: string; text: string | undefined }) {
  if (!text) return null
  return (
    <section>
      <h2>{heading}</h2>
      {text
        .split(/\n{2,}/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p>{p}</p>
        ))}
    </section>
  )
}

/** `/articles/<id>`: the article, its legal basis, related articles, calculators, copy for chat. */
export function ArticlePage({
  article,
  citations,
  related,
  calculators,
  chatText,
}: ArticlePageProps) {
  const topic = getTopic(article.topic)
  const s = article.sections
  return (
    <Layout title={article.title} nav='search' description={article.summary}>
      <p class='small no-print'>
        <a href='/'>{UI.siteName}</a>
        {topic ? (
          <>
            {' › '}
            {TOPIC_GROUP_NAMES[topic.group]} › <a href={`/topics/${topic.id}`}>{topic.name}</a>
          </>
        ) : null}
      </p>
      <article class='card'>
        <h1>{article.title}</h1>
        <ul class='meta'>
          <li>
            {UI.region}：{formatRegion(article.region)}
          </li>
          <li>
            {UI.updated}：<time datetime={article.updated}>{article.updated}</time>
          </li>
          {topic ? (
            <li>
              {UI.topic}：{topic.name}
            </li>
          ) : null}
        </ul>
        <div class='actions no-print'>
          <button
            type='button'
            data-copy='chat-text'
            data-status='chat-top-status'
            data-ok={UI.copied}
            data-fail={UI.copyFailed}
            hidden
          >
            {UI.copyButton}
          </button>
          <span id='chat-top-status' class='status' role='status' aria-live='polite'></span>
        </div>
        <section>
          <h2>{UI.summary}</h2>
          <p class='summary'>{article.summary}</p>
        </section>
        <List heading={UI.keyPoints} items={s.keyPoints} />
        <Paragraphs heading={UI.caseFacts} text={s.caseFacts} />
        <Paragraphs heading={UI.caseReply} text={s.caseReply} />
        <Paragraphs heading={UI.caseExtension} text={s.caseExtension} />
        <List heading={UI.steps} items={s.steps} ordered />
        <List heading={UI.evidence} items={s.evidence} />
        <section>
          <h2>{UI.basis}</h2>
          <CitationList citations={citations} />
        </section>
        <List heading={UI.basisNotes} items={s.basisNotes} />
        <section>
          <h2>{UI.sources}</h2>
          <ul class='small'>
            {article.sources.map((src) => (
              <li>{src}</li>
            ))}
          </ul>
        </section>
        <FeedbackForm articleId={article.id} />
      </article>
      {calculators.length ? (
        <section class='card no-print'>
          <h2>{UI.calculators}</h2>
          <ul>
            {calculators.map((c) => (
              <li>
                <a href={`/calc/${c.name}`}>{c.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {related.length ? (
        <section class='card'>
          <h2>{UI.related}</h2>
          <ul>
            {related.map((r) => (
              <li>
                <a href={`/articles/${r.id}`}>{r.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CopyBox id='chat-text' heading={UI.copyHeading} hint={UI.copyHint} text={chatText} />
      <p class='no-print'>
        <button type='button' class='secondary' data-print hidden>
          {UI.print}
        </button>
      </p>
    </Layout>
  )
}
