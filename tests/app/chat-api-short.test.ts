/** POST /api/chat's shortText: the reply in one WeChat message for hotline staff to paste. */
import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { SHORT_TEXT_MAX_CHARS } from '../../src/app/mount-chat-api'
import { createCalculate } from '../../src/core'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'

const library = loadBuiltLibrary()
const app = createApp({
  library,
  calculate: createCalculate(library)!,
  config: parseConfig({}),
  now: () => new Date('2026-05-01T04:00:00Z'),
})
const say = async (chatId: string, text: string) => {
  const res = await app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ chatId, text }),
  })
  return ((await res.json()) as { reply: { kind: string; text: string; shortText: string } }).reply
}

describe('POST /api/chat shortText', () => {
  it('stays within 600 characters on every turn of a conversation reaching an amount, and keeps the disclaimer', async () => {
    expect(SHORT_TEXT_MAX_CHARS).toBe(600)
    const turns = ['我被公司辞退了，能拿多少补偿', '月薪6000', '干了三年半', '详情']
    const replies = []
    for (const t of turns) replies.push(await say('short-1', t))
    expect(replies.map((r) => r.kind)).toEqual(['answer', 'calc-question', 'calc-result', 'more'])
    for (const r of replies) {
      expect([...r.shortText].length).toBeLessThanOrEqual(600)
      // The closing note survives the cut wherever the full reply has one.
      if (r.text.includes('仅供参考')) expect(r.shortText).toContain('仅供参考')
    }
    // At least one full reply is over the limit, so the cut is exercised; the amount is kept.
    expect(replies.some((r) => [...r.text].length > 600)).toBe(true)
    expect(replies[2]!.shortText).toContain('24,000.00 元')
  })
})
