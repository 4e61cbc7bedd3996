/**
 * 👍/👎 on the web page in Chromium (issue 16): the chat view's buttons under an answer post to
 * /api/chat/feedback and turn into a thank-you that stays after a reload; an article page's
 * buttons are a plain form that works with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium, type Harness, MOBILE, startHarness } from './harness'

const CHROMIUM = findChromium()
if (!CHROMIUM)
  console.warn('[browser tests] SKIPPED: no chromium binary found (apt-get install -y chromium)')

describe.skipIf(!CHROMIUM)('feedback buttons in Chromium', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness(CHROMIUM!)
  })
  afterAll(async () => {
    await h?.close()
  })

  it('chat view: 👎 under an answer is sent once and thanked; the buttons stay gone after a reload', async () => {
    const { context, page } = await h.open(MOBILE)
    const posted: string[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('/api/chat/feedback')) posted.push(r.postData() ?? '')
    })
    await page.goto('/chat')
    await page.getByLabel('你的问题或回答').fill('公司不给我交社保怎么办')
    await page.getByRole('button', { name: '发送' }).click()
    const answer = page.locator('#chat-log .msg.bot').first()
    await answer.waitFor()
    await answer.getByRole('button', { name: '👎 没用' }).click()
    await expect.poll(() => answer.locator('.feedback').textContent()).toContain('谢谢反馈')
    expect(await answer.getByRole('button', { name: '👍 有用' }).count()).toBe(0)
    expect(posted).toHaveLength(1)
    expect(JSON.parse(posted[0]!)).toMatchObject({ helpful: false })
    await page.reload()
    await page.locator('#chat-log .msg.bot').first().waitFor()
    expect(await page.getByRole('button', { name: '👎 没用' }).count()).toBe(0)
    await context.close()
  })

  it('article page without JavaScript: the form posts and a thank-you page links back', async () => {
    const { context, page } = await h.open(MOBILE, { javaScriptEnabled: false })
    await page.goto('/articles/wage-arrears-recover')
    await page.getByRole('button', { name: '👍 有用' }).click()
    await page.waitForURL(/\/feedback$/)
    expect(await page.getByRole('status').textContent()).toContain('谢谢')
    await page.getByRole('link', { name: /^回到「/ }).click()
    await page.waitForURL(/\/articles\/wage-arrears-recover$/)
    expect(h.errors).toEqual([])
    await context.close()
  })
})
