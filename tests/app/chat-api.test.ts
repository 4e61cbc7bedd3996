/** POST /api/chat: `{ chatId, text }` → the reply as JSON; bad bodies are 400s. */
import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { createCalculate } from '../../src/core/calc-bridge'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)!
const app = createApp({
  library,
  calculate,
  config: parseConfig({ PUBLIC_BASE_URL: 'https://gongyou.example' }),
  now: () => new Date('2026-11-24T04:00:00Z'),
})
const chat = (body: unknown) =>
  app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

interface ChatJson {
  reply: {
    kind: string
    title: string | null
    text: string
    blocks: Array<{ kind: string; url?: string }>
    choices: Array<{ label: string; reply: string }>
    awaiting: string | null
  } | null
}

describe('POST /api/chat', () => {
  it('answers short first, offers the rest, links the article, and keeps the conversation', async () => {
    const first = (await (
      await chat({ chatId: 'w1', text: '公司拖欠工资两个月怎么办' })
    ).json()) as ChatJson
    expect(first.reply?.kind).toBe('answer')
    expect(first.reply?.choices.map((c) => c.reply)).toEqual(['详情', '要带什么证据', '找谁'])
    const link = first.reply?.blocks.find((b) => b.kind === 'link')
    expect(link?.url).toMatch(/^https:\/\/gongyou\.example\/articles\//)
    const more = (await (await chat({ chatId: 'w1', text: '找谁' })).json()) as ChatJson
    expect(more.reply?.kind).toBe('more')
    expect(more.reply?.text).toContain('12333')
    // Another chatId has its own conversation: 找谁 there is a question, not a follow-up.
    const other = (await (await chat({ chatId: 'w2', text: '找谁' })).json()) as ChatJson
    expect(other.reply?.kind).not.toBe('more')
  })

  it('reports the awaited calculator input', async () => {
    const res = (await (
      await chat({ chatId: 'w3', text: '我被公司辞退了，能拿多少补偿' })
    ).json()) as ChatJson
    expect(res.reply?.awaiting).toBe('monthlyWage')
  })

  it.each([
    ['no chatId', { text: '加班费' }],
    ['chatId with other characters', { chatId: 'a/b', text: '加班费' }],
    ['empty text', { chatId: 'w1', text: '  ' }],
    ['text not a string', { chatId: 'w1', text: 5 }],
    ['malformed JSON', '{"chatId":'],
  ])('400 for %s', async (_, body) => {
    const res = await chat(body)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toBe('invalid-input')
  })
})
