/**
 * The results page as hotline staff and workers use it (issue 15 items 7–12): the amount on the
 * first screen, the chat view, statute text, suggestions, accessibility details.
 */
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DESKTOP, findChromium, type Harness, MOBILE, SHOTS, startHarness } from './harness'

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

/** No horizontal scrolling: the layout fits the viewport. */
async function fits(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }))
  expect(scroll, `page wider than ${width}px`).toBeLessThanOrEqual(width)
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

  it('every page visited logged no script errors', () => {
    expect(h.errors).toEqual([])
  })
})
