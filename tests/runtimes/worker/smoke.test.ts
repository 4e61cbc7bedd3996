import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

describe('Worker in workerd', () => {
  it('answers /api/ask with a cited answer', async () => {
    const res = await SELF.fetch('http://worker/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ q: '老板拖欠我两个月工资怎么办' }),
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      declined: boolean
      hits: Array<{ topic: string }>
      answer: { text: string }
    }
    expect(body.declined).toBe(false)
    expect(body.hits[0]?.topic).toBe('wage-arrears')
    expect(body.answer.text).toContain('仅供参考')
  })

  it('reports health and rejects a bad question with 400', async () => {
    const health = await SELF.fetch('http://worker/healthz')
    expect(await health.json()).toMatchObject({ ok: true })
    const bad = await SELF.fetch('http://worker/api/ask', {
      method: 'POST',
      body: JSON.stringify({ q: '' }),
      headers: { 'content-type': 'application/json' },
    })
    expect(bad.status).toBe(400)
  })

  it('serves the web page: search without JavaScript, an article, a calculator amount', async () => {
    const home = await SELF.fetch(`http://worker/?q=${encodeURIComponent('工伤怎么认定')}`)
    expect(home.status).toBe(200)
    const html = await home.text()
    expect(html).toContain('<input')
    const id = /href="\/articles\/([a-z0-9-]+)"/.exec(html)?.[1]
    expect(id).toBeTruthy()
    expect((await SELF.fetch(`http://worker/articles/${id}`)).status).toBe(200)
    const calc = await SELF.fetch('http://worker/calc/severance?monthlyWage=6000&serviceMonths=42')
    expect(await calc.text()).toMatch(/data-amount="24000(\.00)?"/)
    expect((await SELF.fetch('http://worker/no-such-page')).status).toBe(404)
  })
})
