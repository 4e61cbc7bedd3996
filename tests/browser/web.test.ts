/**
 * The web page in a real browser: Debian's Chromium driven by playwright-core against the Node
 * server started in-process (both set up by ./harness). Skips (with a message) only when no chromium binary exists:
 * `apt-get install -y chromium fonts-wqy-microhei`.
 */
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DESKTOP, findChromium, fits, type Harness, MOBILE, SHOTS, startHarness } from './harness'

const CHROMIUM = findChromium()
if (!CHROMIUM)
  console.warn(
    '[browser tests] SKIPPED: no chromium binary found; install with `apt-get install -y chromium fonts-wqy-microhei`'
  )

describe.skipIf(!CHROMIUM)('web page in Chromium', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness(CHROMIUM!)
  })
  afterAll(async () => {
    await h?.close()
  })

  const shot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage })

  it('search as you type → article → copy for chat', async () => {
    const { context, page } = await h.open()
    await page.goto('/')
    await fits(page)
    await shot(page, 'home-360')
    await page.getByLabel('输入你的问题').fill('老板拖欠工资怎么办')
    const first = page.locator('#results .hits a').first()
    await first.waitFor()
    expect(page.url()).toContain('/?q=')
    await shot(page, 'search-360', false)
    const title = await first.textContent()
    await first.click()
    await page.waitForURL(/\/articles\//)
    await expect.poll(() => page.locator('h1').textContent()).toBe(title)
    await fits(page)
    await shot(page, 'article-360')
    await shot(page, 'article-360-top', false)
    await page
      .locator('.basis')
      .first()
      .screenshot({ path: join(SHOTS, 'article-360-basis.png') })

    const button = page.getByRole('button', { name: '复制给微信' }).first()
    await button.click()
    await expect.poll(() => page.locator('#chat-top-status').textContent()).toContain('已复制')
    await page.locator('.copy').screenshot({ path: join(SHOTS, 'article-360-copy.png') })
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(await page.locator('#chat-text').inputValue())
    expect(copied).toContain('12351')
    expect(copied).toContain('仅供参考')
    await context.close()
  })

  it('the copy button falls back to execCommand without the Clipboard API', async () => {
    const { context, page } = await h.open()
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'clipboard', { value: undefined })
    )
    await page.goto('/articles/overtime-pay-rates')
    await page.getByRole('button', { name: '复制给微信' }).last().click()
    await expect
      .poll(() => page.locator('#chat-text-status').textContent())
      .toMatch(/已复制|手动复制/)
    // Either way the text is selected for the user.
    const selected = await page.evaluate(() => {
      const t = document.getElementById('chat-text') as HTMLTextAreaElement
      return t.value.slice(t.selectionStart, t.selectionEnd)
    })
    expect(selected).toContain('12351')
    await context.close()
  })

  it('article at desktop width and in print', async () => {
    const { context, page } = await h.open(DESKTOP)
    await page.goto('/articles/overtime-pay-rates')
    await shot(page, 'article-desktop')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('h1').isVisible()).toBe(true)
    await shot(page, 'article-print')
    await context.close()
  })

  it('calculator: the result appears while typing, amount in [data-amount]', async () => {
    const { context, page } = await h.open()
    await page.goto('/calc/severance')
    await page.getByLabel('月工资（元）').fill('8000')
    await page.getByLabel('在本单位工作的月数').fill('42')
    const amount = page.locator('[data-amount]')
    await amount.waitFor()
    expect(await amount.getAttribute('data-amount')).toBe('32000.00')
    expect(page.url()).toContain('monthlyWage=8000')
    await fits(page)
    await shot(page, 'calc-360')
    await page.locator('#calc-result').screenshot({ path: join(SHOTS, 'calc-360-result.png') })

    await page.getByLabel('月工资（元）').fill('abc')
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').textContent()).toContain('请填写数字')
    await shot(page, 'calc-invalid-360', false)
    await context.close()
  })

  it('calculator: service length typed as 3.5年 or 3年2个月, with and without JavaScript', async () => {
    const { context, page } = await h.open()
    await page.goto('/calc/severance')
    await page.getByLabel('月工资（元）').fill('8000')
    await page.getByLabel('在本单位工作的月数').fill('3.5年')
    const amount = page.locator('[data-amount]')
    await amount.waitFor()
    expect(await amount.getAttribute('data-amount')).toBe('32000.00')
    await page.getByLabel('在本单位工作的月数').fill('3年2个月')
    await expect.poll(() => amount.getAttribute('data-amount')).toBe('32000.00')
    await page.getByLabel('在本单位工作的月数').fill('5个月')
    await expect.poll(() => amount.getAttribute('data-amount')).toBe('4000.00')
    expect(await page.getByRole('alert').count()).toBe(0)
    await context.close()

    const nojs = await h.open(MOBILE, { javaScriptEnabled: false })
    await nojs.page.goto('/calc/severance')
    await nojs.page.getByLabel('月工资（元）').fill('8000')
    await nojs.page.getByLabel('在本单位工作的月数').fill('三年半')
    await nojs.page.getByRole('button', { name: '计算' }).click()
    await nojs.page.waitForURL(/serviceMonths=/)
    expect(await nojs.page.locator('[data-amount]').getAttribute('data-amount')).toBe('32000.00')
    expect(await nojs.page.getByLabel('在本单位工作的月数').inputValue()).toBe('三年半')
    await nojs.context.close()
  })

  it('calculator and search work without JavaScript', async () => {
    const { context, page } = await h.open(MOBILE, { javaScriptEnabled: false })
    await page.goto('/calc/annual-leave-pay')
    await page.getByLabel('月工资（元）').fill('4350')
    await page.getByLabel('未休年休假天数').fill('5')
    await page.getByRole('button', { name: '计算' }).click()
    await page.waitForURL(/unusedDays=5/)
    expect(await page.locator('[data-amount]').getAttribute('data-amount')).toBe('2000.00')

    await page.goto('/')
    await page.getByLabel('输入你的问题').fill('加班费')
    await page.getByRole('button', { name: '搜索' }).click()
    await page.waitForURL(/\?q=/)
    expect(await page.locator('.hits a').count()).toBeGreaterThan(0)
    // Without JS the copy text is still there to select.
    await page.goto('/articles/overtime-pay-rates')
    expect(await page.locator('#chat-text').inputValue()).toContain('12351')
    await context.close()
  })

  it('intake: paste the call, get the 工单 summary', async () => {
    const { context, page } = await h.open(DESKTOP)
    await page.goto('/intake')
    await page
      .getByLabel('来电内容')
      .fill('我在东莞一家厂干了3年半，月薪6000，2026年4月15日被辞退，没给补偿')
    await page.getByRole('button', { name: '读取来电事实' }).click()
    await page.locator('#intake-facts').waitFor()
    await shot(page, 'intake-facts-desktop')
    await page.getByRole('button', { name: '确认事实，生成工单摘要' }).click()
    await page.locator('#intake-summary').waitFor()
    expect(await page.locator('#intake-summary [data-amount]').count()).toBeGreaterThan(0)
    expect(await page.locator('#ticket-text').inputValue()).toMatch(/^【工单摘要】/)
    await page.getByRole('button', { name: '复制工单文本' }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/劳动仲裁时效/)
    await shot(page, 'intake-desktop')
    await page.setViewportSize(MOBILE)
    await fits(page)
    await shot(page, 'intake-360')
    await context.close()
  })

  it('live search waits for the IME: nothing is sent mid-composition, one search on compositionend', async () => {
    const { context, page } = await h.open()
    const sent: string[] = []
    page.on('request', (r) => {
      const u = new URL(r.url())
      if (u.pathname === '/api/search') sent.push(u.searchParams.get('q') ?? '')
    })
    await page.goto('/')
    const input = page.getByLabel('输入你的问题')
    await input.focus()
    // A pinyin IME: compositionstart, the raw letters arrive as input events (isComposing), then
    // compositionend with the chosen characters.
    await page.evaluate(async () => {
      const box = document.querySelector('input[name=q]') as HTMLInputElement
      const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))
      box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }))
      for (const raw of ['l', 'li', 'lia', 'lian', 'liang', '两个月mei', '两个月meifa']) {
        box.value = raw
        box.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: raw }))
        await pause(250)
      }
      box.value = '两个月没发'
      box.dispatchEvent(
        new CompositionEvent('compositionend', { bubbles: true, data: '两个月没发' })
      )
    })
    await page.locator('#results h2').waitFor()
    await page.waitForTimeout(400)
    expect(sent).toEqual(['两个月没发'])
    expect(decodeURIComponent(page.url())).toContain('/?q=两个月没发')
    await context.close()
  })

  it('without JavaScript the copy and print buttons stay hidden', async () => {
    const { context, page } = await h.open(MOBILE, { javaScriptEnabled: false })
    await page.goto('/articles/overtime-pay-rates')
    expect(await page.locator('button[data-copy]').count()).toBeGreaterThan(0)
    for (const b of await page.locator('button[data-copy], button[data-print]').all())
      expect(await b.isVisible()).toBe(false)
    await context.close()
  })

  it('intake: Back after the summary neither asks to resubmit nor loses the ticket', async () => {
    const { context, page } = await h.open(DESKTOP)
    const posts: string[] = []
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.isNavigationRequest()) posts.push(r.url())
    })
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    await page.goto('/intake')
    const said = '我在东莞一家厂干了3年半，月薪6000，2026年4月15日被辞退，没给补偿'
    await page.getByLabel('来电内容').fill(said)
    await page.getByRole('button', { name: '读取来电事实' }).click()
    await page.getByRole('button', { name: '确认事实，生成工单摘要' }).click()
    await page.locator('#intake-summary').waitFor()
    const ticket = await page.locator('#ticket-text').inputValue()
    expect(ticket).toMatch(/^【工单摘要】/)
    expect(posts).toEqual([])
    expect(page.url()).not.toContain(encodeURIComponent('东莞'))

    await page.locator('#intake-summary a[href^="/articles/"]').first().click()
    await page.waitForURL(/\/articles\//)
    const back = await page.goBack()
    expect(back?.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe('/intake')
    await page.locator('#ticket-text').waitFor()
    expect(await page.locator('#ticket-text').inputValue()).toBe(ticket)
    expect(await page.getByLabel('来电内容').inputValue()).toBe(said)
    // The copy button of the restored ticket works.
    await page.getByRole('button', { name: '复制工单文本' }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ticket)
    expect(dialogs).toBe(0)

    // A fresh visit starts a new call: nothing restored.
    await page.goto('/intake')
    expect(await page.locator('#ticket-text').count()).toBe(0)
    await context.close()
  })

  it('intake still works without JavaScript (an ordinary POST)', async () => {
    const { context, page } = await h.open(MOBILE, { javaScriptEnabled: false })
    await page.goto('/intake')
    await page.getByLabel('来电内容').fill('公司两个月没发工资，月薪5000')
    await page.getByRole('button', { name: '读取来电事实' }).click()
    await page.waitForURL(/\/intake$/)
    expect(await page.locator('#ticket-text').count()).toBe(0)
    await page.getByLabel('在本单位工作的月数').fill('3年多')
    await page.getByRole('button', { name: '确认事实，生成工单摘要' }).click()
    await page.locator('#ticket-text').waitFor()
    const ticket = await page.locator('#ticket-text').inputValue()
    expect(ticket).toMatch(/^【工单摘要】/)
    expect(ticket).toContain('在本单位工作的月数 36')
    await context.close()
  })

  it('intake: facts read from the call are fields to correct before the ticket is made', async () => {
    const { context, page } = await h.open(MOBILE)
    await page.goto('/intake')
    await page.getByLabel('来电内容').fill('厂里的工资一直拖着没发，月薪5000，我在这干了半年')
    await page.getByRole('button', { name: '读取来电事实' }).click()
    const service = page.getByLabel('在本单位工作的月数')
    await service.waitFor()
    expect(await page.locator('#ticket-text').count()).toBe(0)
    expect(await page.getByLabel('月工资（元）').inputValue()).toBe('5000')
    await fits(page)
    await shot(page, 'intake-facts-360')
    // The caller later says 「其实干了3年多」: staff correct the fact read; Enter confirms.
    await service.fill('3年多')
    await page.getByLabel('拖欠工资的月数').fill('2')
    await service.press('Enter')
    await page.locator('#ticket-text').waitFor()
    const ticket = await page.locator('#ticket-text').inputValue()
    expect(ticket).toContain('在本单位工作的月数 36')
    expect(ticket).not.toMatch(/在本单位工作的月数 6(；|$)/m)
    expect(
      await page
        .locator('[data-calculator="wage-arrears"] [data-amount]')
        .getAttribute('data-amount')
    ).toBe('10000.00')
    // A value that cannot be read stops the ticket and says which field.
    await service.fill('很久')
    const before = h.errors.length
    await service.press('Enter')
    await page.getByRole('alert').waitFor()
    // That answer is a 400 on purpose; Chromium logs the status of every failed fetch.
    const logged = h.errors.splice(before)
    expect(logged.every((e) => /status of 400/.test(e))).toBe(true)
    expect(await page.getByRole('alert').textContent()).toContain('在本单位工作的月数')
    expect(await page.locator('#ticket-text').count()).toBe(0)
    await context.close()
  })

  it('keyboard: the skip link comes first and the search box takes focus', async () => {
    const { context, page } = await h.open()
    await page.goto('/')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    expect(
      await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)
    ).toBe('q')
    await context.close()
  })

  it('every page visited logged no script errors', () => {
    expect(h.errors).toEqual([])
  })
})
