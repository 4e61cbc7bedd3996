/**
 * Turns a WeChat/WeCom message into the text to send back (or null for none): text and
 * recognised voice go to ask(), a new follower gets the welcome, other kinds a polite hint.
 * @module
 */
import { renderAnswer, PLAIN_MARKUP } from './render-answer'
import { FALLBACK_TEXT, type AdapterDeps, admit, safeAsk } from './platform'
import { PLATFORM_TEXT } from './messages'
import type { WxEnvelope, WxInbound } from './wx-message'

/** WeChat and WeCom passive text: at most 2048 bytes of UTF-8. */
export const WX_TEXT_MAX_BYTES = 2048

/** True for the kinds that reach ask() (and so count against the per-chat limit). */
export function asksQuestion(message: WxInbound): boolean {
  return message.kind === 'text' || (message.kind === 'voice' && message.recognition.trim() !== '')
}

/**
 * The reply text for one inbound message, within `maxBytes`; null means "no reply". A question
 * counts against the sender's rate limit: over it, one notice, then null.
 */
export function wxReplyText(
  inbound: Pick<WxEnvelope, 'message' | 'from'>,
  deps: AdapterDeps,
  platform: string,
  maxBytes = WX_TEXT_MAX_BYTES
): string | null {
  const { message } = inbound
  if (asksQuestion(message)) {
    const gate = admit(deps, platform, inbound.from)
    if (gate === 'drop') return null
    if (gate === 'notice') return PLATFORM_TEXT.rateLimited
  }
  const answer = (question: string) => {
    const q = question.trim()
    if (!q) return PLATFORM_TEXT.emptyQuestion
    const result = safeAsk(deps, platform, q)
    if (!result) return FALLBACK_TEXT
    return renderAnswer(result, PLAIN_MARKUP, {
      max: maxBytes,
      ...(deps.articleUrl ? { articleUrl: deps.articleUrl } : {}),
    })
  }
  switch (message.kind) {
    case 'text':
      return answer(message.text)
    case 'voice':
      return message.recognition.trim()
        ? answer(message.recognition)
        : PLATFORM_TEXT.voiceUnrecognized
    case 'subscribe':
      return PLATFORM_TEXT.welcome
    case 'event':
      return null
    case 'other':
      return PLATFORM_TEXT.nonText
  }
}
