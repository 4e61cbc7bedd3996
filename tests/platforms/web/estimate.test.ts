import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app/create-app'
import { parseConfig } from '../../../src/app/config'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'
import { createCalculate } from '../../../src/core'

const library = loadBuiltLibrary()
const now = () => new Date('2026-05-01T04:00:00Z')
const app = createApp({
  library,
  config: parseConfig({}),
  now,
  calculate: createCalculate(library)!,
})
const QUESTION = '干了三年半被辞退，月薪6000'

describe('web: the amount on the results page', () => {
  it('a question with numbers shows the chat answer’s calculation and a prefilled calculator link', async () => {
    const asked = await app.request('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: QUESTION }),
    })
    const { calculation } = (await asked.json()) as {
      calculation: { calculator: string; amount: number }
    }
    expect(calculation.amount).toBeGreaterThan(0)

    const html = await (await app.request(`/?q=${encodeURIComponent(QUESTION)}`)).text()
    const card = html.slice(html.indexOf('class="card estimate"'))
    expect(card).toContain(`data-calculator="${calculation.calculator}"`)
    expect(card).toContain(`data-amount="${calculation.amount.toFixed(2)}"`)
    const href = /href="(\/calc\/[^"]+)" data-estimate-link/.exec(card)?.[1]?.replace(/&amp;/g, '&')
    expect(href).toBeDefined()
    const link = new URL(href!, 'http://x')
    expect(link.pathname).toBe(`/calc/${calculation.calculator}`)
    expect(link.searchParams.get('monthlyWage')).toBe('6000')
    expect(link.searchParams.get('serviceMonths')).toBe('42')
    // The card comes before the result list.
    expect(html.indexOf('class="card estimate"')).toBeLessThan(html.indexOf('class="hits"'))

    // The prefilled calculator computes the same amount.
    const calc = await (await app.request(href!)).text()
    expect(calc).toContain(`data-amount="${calculation.amount.toFixed(2)}"`)
  })

  it('GET /api/search carries the same estimate for the live search, and the count to announce', async () => {
    const res = await app.request(`/api/search?q=${encodeURIComponent(QUESTION)}`)
    const body = (await res.json()) as {
      estimate: { amount: number; href: string; alternatives: unknown[] } | null
      foundText: string
      estimateHtml: string | null
      hits: unknown[]
    }
    expect(body.estimate?.amount).toBe(48000)
    expect(body.estimate?.alternatives.length).toBeGreaterThan(0)
    expect(body.foundText).toBe(`找到 ${body.hits.length} 条`)
    // The live search inserts the server's own card markup: the same as on the page.
    const page = await (await app.request(`/?q=${encodeURIComponent(QUESTION)}`)).text()
    expect(body.estimateHtml).toMatch(/^<section class="card estimate"/)
    expect(page).toContain(body.estimateHtml!)
  })

  it.each([
    [QUESTION, '48,000.00'],
    ['月薪5000，公司拖欠了两个月工资', '10,000.00'],
    ['在厂里干了8年，月薪4500，工厂要搬迁', '36,000.00'],
  ])('%s: the page shows the amount the chat answer gives (%s 元)', async (q, amount) => {
    const search = (await (await app.request(`/api/search?q=${encodeURIComponent(q)}`)).json()) as {
      estimate: { amountText: string }
    }
    expect(search.estimate.amountText).toBe(amount)
    const chat = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ chatId: `same-${amount.length}-${q.length}`, text: q }),
    })
    const { reply } = (await chat.json()) as { reply: { text: string } }
    expect(reply.text).toContain(`约 ${amount} 元`)
  })

  it('“用对话接着问” opens the chat view with the question in the box', async () => {
    const html = await (await app.request(`/?q=${encodeURIComponent(QUESTION)}`)).text()
    const href = /href="(\/chat\?q=[^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&')
    expect(href).toBeDefined()
    const chat = await (await app.request(href!)).text()
    expect(chat).toMatch(new RegExp(`<textarea id="chat-text"[^>]*>${QUESTION}</textarea>`))
  })

  it('a question without numbers shows no amount; one missing the wage says what is missing', async () => {
    const plain = await (
      await app.request(`/?q=${encodeURIComponent('老板拖欠工资怎么办')}`)
    ).text()
    expect(plain).not.toContain('class="card estimate"')
    const missing = await (
      await app.request(`/?q=${encodeURIComponent('干了三年半被公司辞退了，补偿怎么算')}`)
    ).text()
    const card = missing.slice(missing.indexOf('class="card estimate"'))
    expect(card).toContain('还差这些才能算')
    expect(card).toContain('月工资')
    expect(card).not.toContain('data-amount')
  })
})
