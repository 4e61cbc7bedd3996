/**
 * POST /api/chat: the conversation layer as JSON, for the web page and integrators.
 * `{ chatId, text }` in; the reply (blocks, choices, a plain-text rendering) out. The same
 * follow-ups as every chat channel: the conversation is keyed on chatId. POST /api/chat/feedback
 * `{ chatId, articleId, helpful }` rates an answer the reply offered 👍/👎 for.
 * @module
 */
import type { Hono } from 'hono'
import { validJson } from './valid-json'
import * as z from 'zod'
import { type ChatDeps, handleInbound } from '../chat'
import { SHORT_ANSWER_MAX_CHARS } from '../core'
import { PLAIN_MARKUP, renderReply } from '../platforms/shared/render-reply'

/** Longest text accepted; the conversation layer answers from the first 1,000 characters. */
export const CHAT_API_MAX_TEXT = 10_000

export const ChatBodySchema = z.object({
  chatId: z
    .string({ error: 'chatId must be a string' })
    .regex(/^[A-Za-z0-9_-]{1,128}$/, 'chatId must be 1-128 characters A-Z a-z 0-9 _ -'),
  text: z
    .string({ error: 'text must be a string' })
    .trim()
    .min(1, 'text must not be empty')
    .max(CHAT_API_MAX_TEXT, `text must be at most ${CHAT_API_MAX_TEXT} characters`),
})

/** POST /api/chat/feedback: 👍/👎 on an answer of this conversation (the chat view's buttons). */
export const ChatFeedbackSchema = z.object({
  chatId: ChatBodySchema.shape.chatId,
  articleId: z.string({ error: 'articleId must be a string' }).max(80),
  helpful: z.boolean({ error: 'helpful must be true or false' }),
})

/** The JSON of one reply; `reply` is null when the layer says nothing (rate limit exceeded). */
export interface ChatApiResponse {
  reply: {
    kind: string
    title: string | null
    /** Plain-text rendering (what WeChat would show). */
    text: string
    /**
     * The same reply cut to fit one WeChat message (≤ SHORT_TEXT_MAX_CHARS characters, closing
     * note kept, no reply prompts): what hotline staff paste to a worker.
     */
    shortText: string
    blocks: unknown[]
    choices: Array<{ label: string; reply: string }>
    /** The calculator input the reply asks for, if any. */
    awaiting: string | null
    /**
     * The answer asks for 👍/👎 on this article (post it to /feedback, or send 1/2 next when
     * `byReply`); null when it does not.
     */
    feedback: { articleId: string; byReply: boolean } | null
  } | null
}

/** The largest plain-text rendering (characters); the blocks carry everything anyway. */
const TEXT_MAX_CHARS = 4000

/** The short version's limit: the answer layout's own (core's SHORT_ANSWER_MAX_CHARS, 600). */
export const SHORT_TEXT_MAX_CHARS = SHORT_ANSWER_MAX_CHARS

const chars = (s: string) => [...s].length

export function mountChatApi(app: Hono, deps: ChatDeps): void {
  app.post('/api/chat', validJson(ChatBodySchema), async (c) => {
    const { chatId, text } = c.req.valid('json')
    const reply = await handleInbound(
      {
        platform: 'api',
        chatId,
        chatKind: 'private',
        addressed: true,
        messageId: '',
        content: { kind: 'text', text },
      },
      deps
    )
    const body: ChatApiResponse = {
      reply: reply && {
        kind: reply.kind,
        title: reply.title ?? null,
        text: renderReply(reply, PLAIN_MARKUP, { max: TEXT_MAX_CHARS, measure: chars }),
        shortText: renderReply(reply, PLAIN_MARKUP, {
          max: SHORT_TEXT_MAX_CHARS,
          measure: chars,
          choicesAsText: false,
        }),
        blocks: reply.blocks,
        choices: reply.choices,
        awaiting: reply.awaiting ?? null,
        feedback: reply.feedback ?? null,
      },
    }
    return c.json(body)
  })

  // Through the conversation, like a 1/2 reply: one vote per article per conversation, and a
  // pending 「回复 1 有用」 offer is used up. `text` is the thanks (or why nothing was kept).
  app.post('/api/chat/feedback', validJson(ChatFeedbackSchema), async (c) => {
    const { chatId, articleId, helpful } = c.req.valid('json')
    const reply = await handleInbound(
      {
        platform: 'api',
        chatId,
        chatKind: 'private',
        addressed: true,
        messageId: '',
        content: { kind: 'feedback', helpful, articleId },
      },
      deps
    )
    const block = reply?.blocks[0]
    return c.json({ text: block?.kind === 'text' ? block.text : null })
  })
}
