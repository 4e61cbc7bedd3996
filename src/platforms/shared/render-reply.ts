/**
 * Renders the conversation layer's neutral reply through a small `Markup` (plain text, the
 * Markdown of WeCom/DingTalk/Feishu, Telegram HTML, Feishu post) within a channel's limit:
 * blocks in order, the closing note (disclaimer) always kept, ID/phone numbers masked in groups.
 * @module
 */
import { MORE_REQUESTS, type ReplyBlock } from '../../core'
import { CHAT_TEXT, type Reply, hasSensitiveNumber, maskSensitive } from '../../chat'
import { type Measure, joinWithin, utf8Length } from './limits'

/** How one channel writes emphasis, links and literal text. */
export interface Markup {
  /** Makes answer text literal in this markup. */
  text(s: string): string
  heading(s: string): string
  label(s: string): string
  link(label: string, url: string): string
  note(s: string): string
}

export interface RenderReplyOptions {
  /** Limit in units of `measure`. */
  max: number
  /** Default: UTF-8 bytes. */
  measure?: Measure
  /** Channels with buttons leave the choices to them; text channels list them. Default true. */
  choicesAsText?: boolean
  /**
   * Text channels add 「回复 1 有用 / 2 没用」 when the reply offers it by reply; channels showing
   * 👍/👎 buttons pass false. Default: as `choicesAsText`.
   */
  feedbackAsText?: boolean
}

/** One block in a markup. */
export function renderBlock(b: ReplyBlock, m: Markup): string {
  switch (b.kind) {
    case 'heading':
      return m.heading(b.text)
    case 'text':
      return m.text(b.text)
    case 'note':
      return m.note(b.text)
    case 'link':
      return m.link(b.label, b.url)
    case 'list': {
      const items = b.items.map((s, i) => `${b.numbered ? `${i + 1}.` : '•'} ${m.text(s)}`)
      return [...(b.label ? [m.label(b.label)] : []), ...items].join('\n')
    }
  }
}

const MORE_WORDS: readonly string[] = Object.values(MORE_REQUESTS)

/** The choices as text: one line for 详情/证据/找谁, a numbered list for clarifying options. */
export function choicesText(reply: Reply, m: Markup): string | null {
  if (!reply.choices.length) return null
  if (reply.choices.every((c) => MORE_WORDS.includes(c.label)))
    return m.text(CHAT_TEXT.moreOffer + reply.choices.map((c) => `「${c.label}」`).join(''))
  return [
    m.label(CHAT_TEXT.choosePrompt),
    ...reply.choices.map((c, i) => `${i + 1}. ${m.text(c.label)}`),
  ].join('\n')
}

/** The reply as one string within `max`; a long reply loses its tail, never its closing note. */
export function renderReply(reply: Reply, m: Markup, options: RenderReplyOptions): string {
  const measure = options.measure ?? utf8Length
  const blocks = reply.blocks.map((b) => renderBlock(b, m)).filter(Boolean)
  const choices = options.choicesAsText === false ? null : choicesText(reply, m)
  const last = reply.blocks[reply.blocks.length - 1]
  if (choices) {
    // Before the closing note, so cutting for length drops the choices after the content.
    if (last?.kind === 'note') blocks.splice(blocks.length - 1, 0, choices)
    else blocks.push(choices)
  }
  if (reply.feedback?.byReply && (options.feedbackAsText ?? options.choicesAsText ?? true)) {
    // Joined to the closing note, so cutting for length never drops the line a 1/2 reply needs.
    const line = m.text(CHAT_TEXT.feedbackOffer)
    if (last?.kind === 'note') blocks[blocks.length - 1] = `${line}\n${blocks[blocks.length - 1]}`
    else blocks.push(line)
  }
  if (reply.group && reply.privacyHint) blocks.unshift(m.note(CHAT_TEXT.groupPrivacy))
  const finish = (s: string) => (reply.group ? maskSensitive(s) : s)
  const whole = finish(blocks.join('\n\n'))
  if (measure(whole) <= options.max) return whole
  return finish(joinWithin(blocks, options.max, measure))
}

/** True if the text holds something that looks like an ID-card or mobile number. */
export { hasSensitiveNumber }

/** Plain text (WeChat passive text, WeCom app text): URLs shown bare so clients auto-link them. */
export const PLAIN_MARKUP: Markup = {
  text: (s) => s,
  heading: (s) => `【${s}】`,
  label: (s) => `${s}：`,
  link: (label, url) => `${label}：${url}`,
  note: (s) => s,
}
