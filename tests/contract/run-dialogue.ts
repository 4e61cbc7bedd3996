/**
 * The conversation every channel holds the same way (issue 13): a dismissal question asks for
 * the wage and service length, the reply 「月薪6000，干了3年半」 completes the severance with its
 * steps and basis, 「广州的」 alone adds Guangzhou's figures, and in a group one member's reply
 * never completes another member's calculation.
 */
import { describe, expect, it } from 'vitest'
import type { ContractHarness, Sent, Session } from './run-contract'

/** What the dialogue needs of a harness (the JSON endpoint has no signatures or non-text). */
export type DialogueHarness = Pick<
  ContractHarness,
  'name' | 'start' | 'text' | 'groupText' | 'measure' | 'max' | 'notApplicable'
>

const QUESTION = '我被公司辞退了，能拿多少补偿'
const FACTS = '月薪6000，干了3年半'
const REGION = '广州的'
/** 3.5 years → 4 months × 6,000 (《劳动合同法》第四十七条). */
const AMOUNT = '24,000.00'

async function say(s: Session, sent: Promise<Sent>): Promise<string> {
  const { path, init } = await sent
  const res = await s.app.request(path, init)
  expect(res.status).toBe(200)
  return (await s.reply(res)) ?? ''
}

export function runDialogue(h: DialogueHarness): void {
  describe(`dialogue: ${h.name}`, () => {
    it('asks for what is missing, completes the calculation, then updates it for a city', async () => {
      const s = h.start()
      const first = await say(s, h.text(QUESTION, 'dlg-1'))
      expect(first).toContain('月工资')
      expect(first).toContain('干了多久')
      expect(first).not.toContain(AMOUNT)

      const second = await say(s, h.text(FACTS, 'dlg-2'))
      expect(second).toContain(`${AMOUNT} 元`)
      expect(second).toContain('计算过程')
      expect(second).toMatch(/劳动合同法.{0,3}第四十六条、第四十七条/)
      expect(h.measure(second)).toBeLessThanOrEqual(h.max)

      const third = await say(s, h.text(REGION, 'dlg-3'))
      expect(third).toContain(`${AMOUNT} 元`)
      // The city now counts (its figures for the pinned 2023 clock: see tests/chat).
      expect(third).toContain('工作城市 广州')
      expect(second).not.toContain('广州')
    })

    if (h.groupText) {
      const group = h.groupText.bind(h)
      it("a member's reply never completes another member's calculation", async () => {
        const s = h.start()
        const asked = await say(s, group(QUESTION, 'grp-1', 'memberA'))
        expect(asked).toContain('月工资')
        // Member B's own facts may get an answer of their own (an estimate), never the completion
        // of A's calculation, which is the only reply that shows 计算过程.
        const other = await say(s, group('月薪5000，干了2年', 'grp-2', 'memberB'))
        expect(other).not.toContain('计算过程')
        const own = await say(s, group(FACTS, 'grp-3', 'memberA'))
        expect(own).toContain(`${AMOUNT} 元`)
        expect(own).toContain('计算过程')
      })
    } else it.skip(`group members: n/a (${h.notApplicable?.group ?? 'no groups'})`, () => {})
  })
}
