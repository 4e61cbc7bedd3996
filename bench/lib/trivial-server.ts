/**
 * The bench's reference server: a trivial Hono app on @hono/node-server that reads the POSTed
 * JSON and answers with a fixed JSON body (TRIVIAL_RESPONSE, a file holding one real ask()
 * result). Bundled with esbuild and run with plain node, like `npm start`, it gives the floor for
 * start-up and the ceiling for req/s on this machine, in the same run as our figures.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { readFileSync } from 'node:fs'

const body = readFileSync(process.env['TRIVIAL_RESPONSE']!, 'utf8')
const app = new Hono()
app.post('/api/ask', async (c) => {
  await c.req.json()
  return c.body(body, 200, { 'content-type': 'application/json' })
})
serve({ fetch: app.fetch, port: Number(process.env['PORT']), hostname: '127.0.0.1' }, (info) =>
  console.log(JSON.stringify({ msg: 'listening', port: info.port }))
)
