import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { withCompression } from '../../src/app/with-compression'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'

const plain = createApp({ library: loadBuiltLibrary(), config: parseConfig({}) })
const app = withCompression(plain)

describe('withCompression (the Node server)', () => {
  it('gzips the home page and the script for a client that accepts gzip', async () => {
    for (const path of ['/', '/assets/web.js']) {
      const res = await app.request(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-encoding')).toBe('gzip')
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i)
      const body = Buffer.from(await res.arrayBuffer())
      const same = await (await plain.request(path)).text()
      expect(gunzipSync(body).toString('utf8')).toBe(same)
      expect(body.length).toBeLessThan(Buffer.byteLength(same) / 2)
    }
  })

  it('the first page with its script (live search, chat, suggestions) weighs ≤ 30 KB gzipped', async () => {
    let total = 0
    for (const path of ['/', '/assets/web.js']) {
      const res = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } })
      total += (await res.arrayBuffer()).byteLength
    }
    expect(total).toBeLessThanOrEqual(30 * 1024)
  })

  it('sends identity to a client that does not ask, and keeps the app’s statuses and JSON errors', async () => {
    const res = await app.request('/')
    expect(res.headers.get('content-encoding')).toBeNull()
    // JSON is left alone (see COMPRESSED_TYPES).
    const health = await app.request('/healthz', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(health.headers.get('content-encoding')).toBeNull()
    expect(((await health.json()) as { ok: boolean }).ok).toBe(true)
    const missing = await app.request('/api/nothing', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(missing.status).toBe(404)
    const bad = await app.request('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{',
    })
    expect(bad.status).toBe(400)
  })
})
