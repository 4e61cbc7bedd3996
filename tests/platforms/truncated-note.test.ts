import { describe, expect, it } from 'vitest'
import { ask, MAX_QUESTION_CHARS } from '../../src/core/ask'
import { createCalculate } from '../../src/core/calc-bridge'
import { MESSAGES } from '../../src/core/answer/messages'
import {
  createConversations,
  createMemoryDedupStore,
  createMemoryKeyValueStore,
  handleInbound,
  type ChatDeps,
  type Reply,
} from '../../src/chat'
import { PLAIN_MARKUP, renderReply } from '../../src/platforms/shared/render-reply'
import { renderTelegram } from '../../src/platforms/telegram/render'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)!
const note = MESSAGES.truncated(MAX_QUESTION_CHARS)
const story = '老板拖欠我两个月工资，'
const long = story.repeat(Math.ceil((MAX_QUESTION_CHARS + 1) / story.length))

/** The reply the conversation layer gives a private message. */
async function replyTo(text: string): Promise<Reply> {
  const deps: ChatDeps = {
    library,
    ask: (q) => ask(q, { library, calculate }),
    now: () => new Date(),
    conversations: createConversations(createMemoryKeyValueStore()),
    dedup: createMemoryDedupStore(),
  }
  const reply = await handleInbound(
    {
      platform: 'test',
      chatId: 'c',
      chatKind: 'private',
      addressed: true,
      messageId: '',
      content: { kind: 'text', text },
    },
    deps
  )
  if (!reply) throw new Error('no reply')
  return reply
}

const renders: Array<[string, (r: Reply) => string]> = [
  ['Telegram', (r) => renderTelegram(r)],
  ['plain text', (r) => renderReply(r, PLAIN_MARKUP, { max: 4096 })],
]

describe('a message over MAX_QUESTION_CHARS is answered with a note saying so', () => {
  it.each(renders)('%s: answered, with the note first', async (_, render) => {
    expect(ask(long, { library }).declined).toBe(false)
    const text = render(await replyTo(long))
    expect(text.indexOf(note)).toBeGreaterThanOrEqual(0)
    expect(text.indexOf(note)).toBeLessThan(10)
  })

  it.each(renders)('%s: a declined long message keeps the note too', async (_, render) => {
    expect(render(await replyTo('x'.repeat(MAX_QUESTION_CHARS + 1)))).toContain(note)
  })

  it.each(renders)('%s: no note for a normal question', async (_, render) => {
    expect(render(await replyTo(story))).not.toContain(note)
  })
})
