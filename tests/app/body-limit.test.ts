import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { createBodyLimit } from '../../src/app/body-limit'

const MAX = 1024

function limitedApp() {
  const app = new Hono()
  app.use('*', createBodyLimit({ maxBytes: MAX, onTooLarge: (c) => c.text('too large', 413) }))
  app.post('/echo', async (c) => c.text(String((await c.req.text()).length)))
  app.get('/get', (c) => c.text('ok'))
  return app
}

/** A body of `chunks` chunks of `size` bytes; `pulled()` says how many the reader took. */
function chunked(chunks: number, size: number) {
  let pulled = 0
  const chunk = new Uint8Array(size).fill(0x61)
  const stream = new ReadableStream<Uint8Array>({
    pull(ctrl) {
      if (pulled >= chunks) return ctrl.close()
      pulled++
      ctrl.enqueue(chunk)
    },
  })
  return { stream, pulled: () => pulled }
}

const post = (app: Hono, body: BodyInit, headers: Record<string, string> = {}) =>
  app.request('/echo', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

describe('createBodyLimit', () => {
  it.each([
    ['at the limit', MAX, 200],
    ['one byte over', MAX + 1, 413],
  ])('a declared Content-Length %s → %i', async (_name, n, status) => {
    const res = await post(limitedApp(), 'a'.repeat(n), { 'content-length': String(n) })
    expect(res.status).toBe(status)
    if (status === 200) expect(await res.text()).toBe(String(n))
  })

  it('a declared length over the limit is refused without reading the body', async () => {
    const body = chunked(100, 512)
    const res = await post(limitedApp(), body.stream, { 'content-length': String(100 * 512) })
    expect(res.status).toBe(413)
    // A ReadableStream fills its queue (one chunk) when it is made; the middleware reads nothing.
    expect(body.pulled()).toBeLessThanOrEqual(1)
  })

  it('a chunked body over the limit → 413, reading no more than the limit and one chunk', async () => {
    const body = chunked(1000, 256)
    const res = await post(limitedApp(), body.stream, { 'transfer-encoding': 'chunked' })
    expect(res.status).toBe(413)
    // The stream may pull ahead by its queue; far from the 1000 chunks it would give.
    expect(body.pulled()).toBeLessThan(MAX / 256 + 4)
  })

  it('a chunked body under the limit reaches the handler whole', async () => {
    const body = chunked(3, 300)
    const res = await post(limitedApp(), body.stream, { 'transfer-encoding': 'chunked' })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('900')
  })

  it('a stream with no length at all is read with the limit', async () => {
    expect((await post(limitedApp(), chunked(5, 256).stream)).status).toBe(413)
    expect((await post(limitedApp(), chunked(4, 256).stream)).status).toBe(200)
  })

  it('an unparsable Content-Length falls back to reading with the limit', async () => {
    const res = await post(limitedApp(), 'a'.repeat(MAX + 1), { 'content-length': 'lots' })
    expect(res.status).toBe(413)
  })

  it('GET passes untouched', async () => {
    expect((await limitedApp().request('/get')).status).toBe(200)
  })
})

describe('createBodyLimit behind @hono/node-server (real sockets on 127.0.0.1)', () => {
  /** POSTs `parts` with chunked transfer encoding (no Content-Length); resolves with the status. */
  function postChunked(port: number, parts: string[]): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: '/echo', method: 'POST', timeout: 5000 },
        (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        }
      )
      req.on('error', (err) => (String(err).includes('EPIPE') ? undefined : reject(err)))
      req.on('timeout', () => req.destroy(new Error('timeout')))
      for (const p of parts) req.write(p)
      req.end()
    })
  }

  it('chunked bodies: over the limit → 413, under → 200; declared lengths likewise', async () => {
    const server = serve({ fetch: limitedApp().fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise<void>((r) => server.once('listening', () => r()))
    const { port } = server.address() as AddressInfo
    try {
      expect(await postChunked(port, Array(8).fill('b'.repeat(200)))).toBe(413)
      expect(await postChunked(port, Array(4).fill('b'.repeat(200)))).toBe(200)
      const big = await fetch(`http://127.0.0.1:${port}/echo`, {
        method: 'POST',
        body: 'c'.repeat(MAX + 1),
      })
      expect(big.status).toBe(413)
      const ok = await fetch(`http://127.0.0.1:${port}/echo`, {
        method: 'POST',
        body: 'c'.repeat(MAX),
      })
      expect(await ok.text()).toBe(String(MAX))
    } finally {
      await new Promise((r) => server.close(r))
    }
  })
})
