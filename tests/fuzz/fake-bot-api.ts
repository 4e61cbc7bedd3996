/**
 * A fake Telegram Bot API on 127.0.0.1 (a free port): answers every method with ok, records
 * the calls. Pass `apiRoot` to the app as TELEGRAM_API_ROOT.
 */
import { createServer, type Server } from 'node:http'

export interface BotApiCall {
  method: string
  payload: Record<string, unknown>
}

export interface FakeBotApi {
  apiRoot: string
  calls: BotApiCall[]
  /** Makes every following call fail with this HTTP status (null: succeed again). */
  failWith(status: number | null): void
  /** While on, calls are recorded but never answered (a hung Bot API). */
  hang(on: boolean): void
  /** Makes the next `times` calls fail with `status` (429: with `retry_after` seconds). */
  failNext(status: number, times: number, retryAfter?: number): void
  close(): Promise<void>
}

export async function startFakeBotApi(): Promise<FakeBotApi> {
  const calls: BotApiCall[] = []
  let failure: number | null = null
  let hanging = false
  const next: Array<{ status: number; retryAfter?: number }> = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const method = (req.url ?? '').split('/').pop() ?? ''
      let payload: Record<string, unknown> = {}
      try {
        payload = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>
      } catch {
        /* multipart or empty */
      }
      calls.push({ method, payload })
      if (hanging) return
      res.setHeader('content-type', 'application/json')
      const once = next.length ? next.shift()! : null
      if (failure || once) {
        const code = (once?.status ?? failure)!
        res.statusCode = code
        res.end(
          JSON.stringify({
            ok: false,
            error_code: code,
            description: 'fake failure',
            ...(once?.retryAfter !== undefined
              ? { parameters: { retry_after: once.retryAfter } }
              : {}),
          })
        )
        return
      }
      const result =
        method === 'sendMessage'
          ? {
              message_id: calls.length,
              date: 0,
              chat: { id: payload['chat_id'] ?? 0, type: 'private' },
            }
          : true
      res.end(JSON.stringify({ ok: true, result }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    failWith: (status) => {
      failure = status
    },
    hang: (on) => {
      hanging = on
    },
    failNext: (status, times, retryAfter) => {
      for (let i = 0; i < times; i++)
        next.push({ status, ...(retryAfter !== undefined ? { retryAfter } : {}) })
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
