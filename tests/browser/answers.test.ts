/**
 * The results page as hotline staff and workers use it (issue 15 items 7–12): the amount on the
 * first screen, the chat view, statute text, suggestions, accessibility details.
 */
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DESKTOP, findChromium, fits, type Harness, MOBILE, SHOTS, startHarness } from './harness'

const CHROMIUM = findChromium()
if (!CHROMIUM)
  console.warn('[browser tests] SKIPPED: no chromium binary found (apt-get install -y chromium)')

const QUESTION = '干了三年半被辞退，月薪6000'

/** The viewport-relative box of the first match; fails when it is not rendered. */
async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox()
  expect(b, `${selector} is not rendered`).not.toBeNull()
  return b!
}

describe.skipIf(!CHROMIUM)('results page in Chromium', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness(CHROMIUM!)
  })
  afterAll(async () => {
    await h?.close()
  })

  it('a question with numbers: the amount and the prefilled calculator link sit above the fold on a phone', async () => {
    const { context, page } = await h.open(MOBILE)
    await page.goto(`/?q=${encodeURIComponent(QUESTION)}`)
    const amount = await box(page, '.estimate [data-amount]')
    const link = await box(page, '.estimate [data-estimate-link]')
    expect(amount.y + amount.height).toBeLessThanOrEqual(MOBILE.height)
    expect(link.y + link.height).toBeLessThanOrEqual(MOBILE.height)
    expect(link.height).toBeGreaterThanOrEqual(44)
    const shown = await page.locator('.estimate [data-amount]').getAttribute('data-amount')
    expect(shown).toBe('48000.00')
    await page.screenshot({ path: join(SHOTS, 'estimate-360.png') })
    await page.setViewportSize(DESKTOP)
    await page.screenshot({ path: join(SHOTS, 'estimate-1280.png') })

    await page.locator('[data-estimate-link]').click()
    await page.waitForURL(/\/calc\/illegal-termination\?/)
    expect(await page.getByLabel('月工资（元）').inputValue()).toBe('6000')
    expect(await page.locator('#calc-result [data-amount]').getAttribute('data-amount')).toBe(shown)
    await context.close()
  })

  it('the live search shows the same amount as the page, and announces only the count', async () => {
    const { context, page } = await h.open(MOBILE)
    await page.goto('/')
    await page.getByLabel('输入你的问题').fill(QUESTION)
    await page.locator('.estimate [data-amount]').waitFor()
    expect(await page.locator('.estimate [data-amount]').getAttribute('data-amount')).toBe(
      '48000.00'
    )
    const count = await page.locator('#results .hits li').count()
    expect(await page.getByRole('status').first().textContent()).toBe(`找到 ${count} 条`)
    expect(await page.locator('#results').getAttribute('aria-live')).toBeNull()
    await context.close()
  })

  it('statute text a click away: a cited article opens its text in place, keyboard too', async () => {
    const { context, page } = await h.open(MOBILE)
    await page.goto('/articles/termination-illegal-what-counts')
    const art = page
      .locator('details.statute', { has: page.locator('summary', { hasText: /^第四十八条$/ }) })
      .first()
    const text = art.locator('blockquote')
    expect(await text.isVisible()).toBe(false)
    await art.locator('summary').click()
    await text.waitFor({ state: 'visible' })
    expect(await text.textContent()).toContain('用人单位违反本法规定解除或者终止劳动合同')
    expect(await art.locator('.small').textContent()).toContain('2012-12-28')
    const summaryBox = await box(page, 'details.statute summary')
    expect(summaryBox.height).toBeGreaterThanOrEqual(44)
    await art.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'statute-360.png') })
    await page.setViewportSize(DESKTOP)
    await art.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'statute-1280.png') })
    // Keyboard: focus the next article's summary and open it with Enter.
    const next = page.locator('details.statute summary', { hasText: /^第四条$/ }).first()
    await next.focus()
    await page.keyboard.press('Enter')
    expect(await next.locator('xpath=..').getAttribute('open')).not.toBeNull()
    await fits(page)
    await context.close()
  })

  it('chat view: three turns reach an amount; copy, WeChat-short copy, history on this device only, clear', async () => {
    const { context, page } = await h.open(MOBILE)
    const posted: string[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('/api/chat')) posted.push(r.postData() ?? '')
    })
    await page.goto('/chat')
    const box = page.getByLabel('你的问题或回答')
    const say = async (text: string, n: number) => {
      await box.fill(text)
      await page.getByRole('button', { name: '发送' }).click()
      await expect.poll(() => page.locator('#chat-log .msg.bot').count()).toBe(n)
    }
    await say('我被公司辞退了，能拿多少补偿', 1)
    // The answer, then what is still missing to work out the amount.
    expect(await page.locator('.msg.bot').first().textContent()).toContain('还需要')
    await say('月薪6000', 2)
    expect(await page.locator('.msg.bot').nth(1).getAttribute('data-kind')).toBe('calc-question')
    // Enter sends (the third turn from the keyboard).
    await box.fill('干了三年半')
    await box.press('Enter')
    await expect.poll(() => page.locator('#chat-log .msg.bot').count()).toBe(3)
    const last = page.locator('.msg.bot').nth(2)
    expect(await last.getAttribute('data-kind')).toBe('calc-result')
    expect(await last.locator('.amount-line').textContent()).toContain('24,000.00 元')
    expect(posted).toHaveLength(3)
    const ids = new Set(posted.map((p) => (JSON.parse(p) as { chatId: string }).chatId))
    expect(ids.size).toBe(1)
    await page.screenshot({ path: join(SHOTS, 'chat-360.png') })
    await page.setViewportSize(DESKTOP)
    await page.screenshot({ path: join(SHOTS, 'chat-1280.png'), fullPage: true })
    await page.setViewportSize(MOBILE)
    await fits(page)

    // Copy per message: the whole reply, and the WeChat-short version (≤ 600 characters).
    await last.getByRole('button', { name: '复制', exact: true }).click()
    await expect.poll(() => last.getByRole('status').textContent()).toContain('已复制')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('24,000.00 元')
    await last.getByRole('button', { name: /^复制微信短版/ }).click()
    const short = await page.evaluate(() => navigator.clipboard.readText())
    expect([...short].length).toBeLessThanOrEqual(600)
    expect(short).toContain('24,000.00 元')

    // History survives a reload from localStorage; the clear button forgets it.
    await page.reload()
    expect(await page.locator('#chat-log .msg').count()).toBe(6)
    const stored = await page.evaluate(() => localStorage.getItem('gongyou:chat'))
    expect(stored).toContain('月薪6000')
    await page.getByRole('button', { name: '清除对话记录' }).click()
    expect(await page.locator('#chat-log .msg').count()).toBe(0)
    expect(await page.evaluate(() => localStorage.getItem('gongyou:chat'))).toBeNull()
    await context.close()
  })

  it('chat view without JavaScript: the form searches, and the results page shows the amount', async () => {
    const { context, page } = await h.open(MOBILE, { javaScriptEnabled: false })
    await page.goto('/chat')
    expect(await page.getByRole('button', { name: '清除对话记录' }).isVisible()).toBe(false)
    await page.getByLabel('你的问题或回答').fill(QUESTION)
    await page.getByRole('button', { name: '发送' }).click()
    await page.waitForURL(/\?q=/)
    expect(await page.locator('.estimate [data-amount]').getAttribute('data-amount')).toBe(
      '48000.00'
    )
    await context.close()
  })

  it('suggestions come from titles and keywords once the IME has composed the words, never mid-composition', async () => {
    const { context, page } = await h.open(MOBILE)
    const asked: string[] = []
    page.on('request', (r) => {
      const u = new URL(r.url())
      if (u.pathname === '/api/search') asked.push(u.searchParams.get('q') ?? '')
    })
    await page.goto('/')
    expect(await page.getByLabel('输入你的问题').getAttribute('list')).toBe('q-suggest')
    await page.evaluate(async () => {
      const box = document.querySelector('input[name=q]') as HTMLInputElement
      const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))
      box.focus()
      box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }))
      for (const raw of ['j', 'jia', 'jiab', 'jiaban']) {
        box.value = raw
        box.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: raw }))
        await pause(250)
      }
      box.value = '加班'
      box.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '加班' }))
    })
    await expect.poll(() => page.locator('#q-suggest option').count()).toBeGreaterThan(0)
    const options = await page
      .locator('#q-suggest option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
    for (const o of options) expect(o).toContain('加班')
    expect(asked).toEqual(['加班'])
    // Picking one (the datalist fills the box and fires input) searches for it.
    await page.getByLabel('输入你的问题').fill(options[0]!)
    await expect.poll(() => asked.at(-1)).toBe(options[0])
    await context.close()
  })

  it('focus ring at least 3:1 against its surroundings: header links, search box, result links, buttons', async () => {
    const { context, page } = await h.open(MOBILE)
    await page.goto(`/?q=${encodeURIComponent(QUESTION)}`)
    await page.keyboard.press('Tab') // keyboard modality, so focus() shows :focus-visible
    for (const selector of [
      '.site-nav a',
      '.brand',
      '#q',
      '.search button',
      '.estimate [data-estimate-link]',
      '#results .hits a',
      '.hotlines a',
    ]) {
      await page.locator(selector).first().focus()
      const ring = await page.evaluate(() => {
        const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number)
        const lum = ([r, g, b]: number[]) => {
          const f = (v: number) => {
            const s = v / 255
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
          }
          return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!)
        }
        const el = document.activeElement as HTMLElement
        const style = getComputedStyle(el)
        // The ring is drawn outside the element (outline-offset), over its parent's background.
        let bg = 'rgba(0, 0, 0, 0)'
        for (let p = el.parentElement; p; p = p.parentElement) {
          const b = getComputedStyle(p).backgroundColor
          if (!/rgba\(.*, 0\)$/.test(b) && b !== 'transparent') {
            bg = b
            break
          }
        }
        const [a, b] = [lum(parse(style.outlineColor)), lum(parse(bg))]
        return {
          width: parseFloat(style.outlineWidth),
          style: style.outlineStyle,
          ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
        }
      })
      expect(ring.style, selector).not.toBe('none')
      expect(ring.width, selector).toBeGreaterThanOrEqual(2)
      expect(ring.ratio, selector).toBeGreaterThanOrEqual(3)
    }
    await context.close()
  })

  it('tap targets at least 44 px: navigation, result links, whole calculator cards', async () => {
    const { context, page } = await h.open(MOBILE)
    await page.goto(`/?q=${encodeURIComponent('加班费')}`)
    const heights = async (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))
    for (const selector of ['.site-nav a', '#results .hits a', '.hotlines a', '.groups li a'])
      for (const hgt of await heights(selector)) expect(hgt, selector).toBeGreaterThanOrEqual(44)
    await page.goto('/calc')
    const cards = await page.locator('.hits.cards li').evaluateAll((lis) =>
      lis.map((li) => {
        const a = li.querySelector('a')!.getBoundingClientRect()
        const c = li.getBoundingClientRect()
        return { a: [a.width, a.height], card: [c.width, c.height] }
      })
    )
    expect(cards.length).toBeGreaterThan(5)
    for (const { a, card } of cards) {
      expect(a[1]).toBeGreaterThanOrEqual(44)
      // The link is the whole card (borders aside).
      expect(card[0]! - a[0]!).toBeLessThanOrEqual(2)
      expect(card[1]! - a[1]!).toBeLessThanOrEqual(2)
    }
    await context.close()
  })

  it('every page visited logged no script errors', () => {
    expect(h.errors).toEqual([])
  })
})
