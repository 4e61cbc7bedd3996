/**
 * The contract every chat adapter runs (like hono's runTest for routers): forged and stale
 * requests rejected with nothing answered, retries answered once, text reaches ask() and the
 * reply stays within the channel's limit, non-text gets a polite reply, a group message that
 * does not address the bot gets none.
 */
import { describe, expect, it } from 'vitest'
import type { Hono } from 'hono'
import type { AskResult } from '../../src/core/answer/answer'

export interface Sent {
  path: string
  init: RequestInit
}

export interface Session {
  app: Hono
  /** The answer text this response (or the calls it made) carried; null when nothing was answered. */
  reply(res: Response): Promise<string | null>
}

export interface ContractHarness {
  name: string
  start(): Session
  /** A valid, signed text message in a private chat (or an addressed group message). */
  text(text: string, id: string): Promise<Sent>
  /** The same message with a wrong signature. */
  forged(text: string, id: string): Promise<Sent>
  /** A correctly signed message with a timestamp outside the window; omit when the platform has none. */
  stale?(text: string, id: string): Promise<Sent>
  /** A non-text message (image, sticker…). */
  nonText(id: string): Promise<Sent>
  /** A group message that does not address the bot; omit when the platform only delivers addressed ones. */
  groupUnaddressed?(text: string, id: string): Promise<Sent>
  /** A group message from `member` that addresses the bot; omit when the platform has no groups. */
  groupText?(text: string, id: string, member: string): Promise<Sent>
  /** Why a check does not apply. */
  notApplicable?: { stale?: string; group?: string }
  measure(text: string): number
  max: number
  /** Text the polite non-text reply contains. */
  nonTextHint: string
  ask(question: string): AskResult
}

const QUESTION = '公司拖欠工资两个月怎么办'

async function send(s: Session, sent: Sent): Promise<{ status: number; reply: string | null }> {
  const res = await s.app.request(sent.path, sent.init)
  expect(res.status).toBeLessThan(500)
  return { status: res.status, reply: await s.reply(res) }
}

/** A fragment of the answer ask() gives, to prove the reply came from it. */
function answerMark(result: AskResult): string {
  return result.declined
    ? result.answer.text.slice(0, 10)
    : (result.answer.title ?? result.answer.summary.slice(0, 10))
}

export function runContract(h: ContractHarness): void {
  describe(`contract: ${h.name}`, () => {
    it('rejects a forged signature with 401/403 and answers nothing', async () => {
      const s = h.start()
      const r = await send(s, await h.forged(QUESTION, 'forged-1'))
      expect([401, 403]).toContain(r.status)
      expect(r.reply).toBeNull()
    })

    if (h.stale) {
      const stale = h.stale.bind(h)
      it('rejects a stale timestamp and answers nothing', async () => {
        const s = h.start()
        const r = await send(s, await stale(QUESTION, 'stale-1'))
        expect([401, 403]).toContain(r.status)
        expect(r.reply).toBeNull()
      })
    } else it.skip(`stale timestamp: n/a (${h.notApplicable?.stale ?? 'no timestamp'})`, () => {})

    it('answers the same message id once', async () => {
      const s = h.start()
      const first = await send(s, await h.text(QUESTION, 'dup-1'))
      const second = await send(s, await h.text(QUESTION, 'dup-1'))
      expect(first.status).toBe(200)
      expect(first.reply).not.toBeNull()
      expect(second.status).toBe(200)
      expect(second.reply).toBeNull()
    })

    it('passes text to ask() and keeps the reply within the limit', async () => {
      const s = h.start()
      const r = await send(s, await h.text(QUESTION, 'text-1'))
      expect(r.status).toBe(200)
      expect(r.reply).toContain(answerMark(h.ask(QUESTION)))
      expect(h.measure(r.reply!)).toBeLessThanOrEqual(h.max)
    })

    it('keeps a long answer within the limit', async () => {
      const s = h.start()
      const q = '工作五年被公司辞退，月薪12000元，没有提前通知，能拿多少经济补偿和代通知金'
      const r = await send(s, await h.text(q, 'long-1'))
      expect(r.reply).not.toBeNull()
      expect(h.measure(r.reply!)).toBeLessThanOrEqual(h.max)
    })

    it('gives a non-text message a polite reply', async () => {
      const s = h.start()
      const r = await send(s, await h.nonText('nontext-1'))
      expect(r.status).toBe(200)
      expect(r.reply).toContain(h.nonTextHint)
    })

    if (h.groupUnaddressed) {
      const group = h.groupUnaddressed.bind(h)
      it('does not answer a group message that does not address the bot', async () => {
        const s = h.start()
        const r = await send(s, await group(QUESTION, 'group-1'))
        expect(r.status).toBe(200)
        expect(r.reply).toBeNull()
      })
    } else
      it.skip(`group without mention: n/a (${h.notApplicable?.group ?? 'no groups'})`, () => {})
  })
}
