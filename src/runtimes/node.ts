/**
 * Node entry (`npm start`): the bundled knowledge, HTTP on HOST:PORT, and — with
 * TELEGRAM_BOT_TOKEN set and no TELEGRAM_WEBHOOK_URL — Telegram long polling for local use.
 */
import { serve } from '@hono/node-server'
import { readFileSync } from 'node:fs'
import { createApp } from '../app/create-app'
import { parseConfig } from '../app/config'
import { type KnowledgeArtifact, loadLibrary, createCalculate } from '../core'

const artifactUrl = new URL('../generated/knowledge.json', import.meta.url)
const config = parseConfig(process.env)
const library = loadLibrary(JSON.parse(readFileSync(artifactUrl, 'utf8')) as KnowledgeArtifact)
const calculate = createCalculate(library)
const app = createApp({ library, config, ...(calculate ? { calculate } : {}) })

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  console.log(
    JSON.stringify({
      level: 'info',
      msg: 'listening',
      url: `http://${info.address}:${info.port}`,
      articles: library.articles.length,
    })
  )
})

if (config.TELEGRAM_BOT_TOKEN && !config.TELEGRAM_WEBHOOK_URL) {
  const { startTelegramPolling } = await import('./telegram-polling')
  startTelegramPolling(config, library, calculate)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)))
