import { type Answer, composeAnswer, type Article, type Library, retrieve } from '../../core'

/**
 * The neutral answer for one article, as if a question had found it first: core composes it
 * (wording, citations, referral, disclaimer), so the copy-for-chat text matches the bot's replies.
 * `answer.text` is the chat-ready plain text.
 */
export function articleAnswer(article: Article, library: Library): Answer {
  // An empty retrieval with this one hit: only `hits` matters to composeAnswer.
  const retrieval = {
    ...retrieve('', library),
    hits: [{ article, score: 1, matched: [] }],
    confidence: 1,
  }
  return composeAnswer(retrieval, library, { declined: false, calculation: null })
}
