/**
 * Feishu replies as `post` (rich text): one paragraph per line, the article link as an `a`
 * element, the answer title as the post title.
 * @module
 */
import type { Reply } from '../../chat'
import { charLength } from '../shared/limits'
import { type Markup, renderReply } from '../shared/render-reply'
import type { FeishuReplyContent } from './client'
import { renderFeishuCard } from './feedback'

/** Our cap for one Feishu post, in characters (the API allows 30 KB of JSON). */
export const FEISHU_POST_MAX_CHARS = 4000

const LINK = '\u0000link\u0000'

const FEISHU_MARKUP: Markup = {
  // eslint-disable-next-line no-control-regex -- NUL breaks Feishu's JSON content: drop it
  text: (s) => s.replace(/\u0000/g, ''),
  heading: () => '',
  label: (s) => `【${s}】`,
  link: (label, url) => (/^https?:\/\//i.test(url) ? `${LINK}${label}${LINK}${url}` : ''),
  note: (s) => s,
}

type PostElement = { tag: 'text'; text: string } | { tag: 'a'; text: string; href: string }

function toPost(title: string, body: string): FeishuReplyContent {
  const rows: PostElement[][] = body
    .trim()
    .split('\n')
    .map((line): PostElement[] => {
      if (line.startsWith(LINK)) {
        const [, label = '', href = ''] = line.split(LINK)
        return [{ tag: 'a', text: label, href }]
      }
      return [{ tag: 'text', text: line }]
    })
  return { msg_type: 'post', content: JSON.stringify({ zh_cn: { title, content: rows } }) }
}

/** How a reply may be rendered on this connection. */
export interface FeishuRenderOptions {
  /**
   * 👍/👎 as card buttons (default). Off for the long connection: the SDK receives no card
   * callbacks there, so the answer is a post with the 「回复 1 有用 / 2 没用」 line instead.
   */
  buttons?: boolean
}

/**
 * A reply as a post within {@link FEISHU_POST_MAX_CHARS}; a plain notice as text; an answer that
 * asks for 👍/👎 as a card (posts have no buttons).
 */
export function renderFeishuReply(
  reply: Reply,
  options: FeishuRenderOptions = {}
): FeishuReplyContent {
  if (reply.feedback && reply.kind !== 'notice' && options.buttons !== false)
    return renderFeishuCard({ ...reply, feedback: reply.feedback })
  const body = renderReply(reply, FEISHU_MARKUP, {
    max: FEISHU_POST_MAX_CHARS,
    measure: charLength,
  })
  if (reply.kind === 'notice') return renderFeishuText(body)
  return toPost(reply.title ?? '', body)
}

/** A plain text reply (hints, fallback). */
export function renderFeishuText(text: string): FeishuReplyContent {
  return { msg_type: 'text', content: JSON.stringify({ text }) }
}
