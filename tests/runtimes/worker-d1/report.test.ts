import { SELF, env } from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import type { D1Like } from '../../../src/app/report'

const auth = { authorization: 'Bearer workerd-admin-token-0123' }

async function askApi(q: string): Promise<number> {
  const res = await SELF.fetch('http://worker/api/ask', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ q }),
  })
  await res.arrayBuffer()
  return res.status
}

describe('Worker with D1 bound as GONGYOU_DB', () => {
  it('records a declined and a clarifying question after the reply, masked, and /admin shows them', async () => {
    expect(await askApi('张经理家的猫三天不吃饭了怎么办，我电话13812345678')).toBe(200)
    expect(await askApi('合同快到期了单位说不续，给不给钱')).toBe(200)
    expect(await askApi('公司不给我交社保怎么办')).toBe(200) // answered well: not kept
    const home = await SELF.fetch(
      `http://worker/?q=${encodeURIComponent('张经理家的猫三天不吃饭了怎么办')}`
    )
    await home.arrayBuffer()

    // The rows were written through waitUntil into the real D1 database.
    const db = (env as unknown as { GONGYOU_DB: D1Like }).GONGYOU_DB
    const rows = () =>
      db
        .prepare('SELECT platform, kind, question FROM report_questions ORDER BY id')
        .bind()
        .all<{ platform: string; kind: string; question: string }>()
    await vi.waitFor(async () => expect((await rows()).results.length).toBe(3))
    expect((await rows()).results).toEqual([
      {
        platform: 'api',
        kind: 'declined',
        question: '某经理家的猫三天不吃饭了怎么办，我电话[手机号]',
      },
      { platform: 'api', kind: 'clarifying', question: '合同快到期了单位说不续，给不给钱' },
      { platform: 'web', kind: 'declined', question: '某经理家的猫三天不吃饭了怎么办' },
    ])

    expect((await SELF.fetch('http://worker/admin')).status).toBe(401)
    const page = await SELF.fetch('http://worker/admin', { headers: auth })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('合同快到期了单位说不续，给不给钱')
    expect(html).not.toContain('张经理')
    expect(html).not.toContain('13812345678')
    const csv = await SELF.fetch('http://worker/admin/report.csv', { headers: auth })
    expect(await csv.text()).toMatch(/^section,topic,/)
  })
})
