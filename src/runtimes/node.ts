/**
 * Node entry (`npm start`): the bundled knowledge, HTTP on HOST:PORT, and the outbound modes for a
 * PC with no public address — Telegram long polling (TELEGRAM_BOT_TOKEN without
 * TELEGRAM_WEBHOOK_URL), Feishu's long connection (FEISHU_MODE=ws), DingTalk Stream
 * (DINGTALK_MODE=stream). A bad configuration stops start-up with one line naming the variable;
 * nothing a platform does stops the server; SIGTERM/SIGINT drain for at most SHUTDOWN_GRACE_MS,
 * a second one exits at once.
 */
import { serve } from '@hono/node-server'
import { readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { createApp } from '../app/create-app'
import { withCompression } from '../app/with-compression'
import { type Config, configWarnings, parseConfig } from '../app/config'
import { log } from '../app/log'
import { createPlatformStatus } from '../app/platform-status'
import { type KnowledgeArtifact, loadLibrary, createCalculate } from '../core'
import type { TelegramPolling } from './telegram-polling'
import {
  type ReportRecorder,
  type ReportStore,
  chinaDay,
  createReportRecorder,
  daysBefore,
  openReportStore as openReportStoreOn,
} from '../app/report'
import type { OutboundConnection } from './outbound-connection'
import { createRuntimeChatDeps } from './runtime-chat-deps'

/** How long a signal waits for in-flight requests and polling before abandoning them. */
const SHUTDOWN_GRACE_MS = 5000

/**
 * How long after listening the report store opens. Loading node:sqlite (and its warning),
 * creating the file, migrating and the start-up sweep took 10–30 ms of the path to the first
 * answer (issue 18); recording happens after replies anyway, so writes queued before then wait.
 */
const REPORT_STORE_OPEN_DELAY_MS = 1000

const artifactUrl = new URL('../generated/knowledge.json', import.meta.url)
const status = createPlatformStatus()
let config: Config
let app: ReturnType<typeof createApp>
let recorder: ReportRecorder | undefined
let openReportStore: () => void = () => undefined
const library = loadLibrary(JSON.parse(readFileSync(artifactUrl, 'utf8')) as KnowledgeArtifact)
const calculate = createCalculate(library)
try {
  config = parseConfig(process.env)
  const { openStore, ...reports } = reportStoreOf(config)
  openReportStore = openStore
  // Made here, not in createApp: shutdown flushes it, and long polling records through it too.
  if (reports.reportStore && config.REPORT_STORE === 'on')
    recorder = createReportRecorder({
      store: reports.reportStore,
      retentionDays: config.REPORT_RETENTION_DAYS,
      now: () => new Date(),
      log,
    })
  app = createApp({
    library,
    config,
    status,
    ...(calculate ? { calculate } : {}),
    ...reports,
    ...(recorder ? { recorder } : {}),
  })
} catch (err) {
  // One line, naming the variable (parseConfig and mountPlatforms say which); no stack trace.
  const message = err instanceof Error ? err.message.replace(/\s*\n\s*/g, '; ') : String(err)
  console.error(`gongyou: cannot start: ${message}`)
  process.exit(1)
}
for (const warning of configWarnings(config)) log('warn', 'configuration', { warning })

// A stray rejection (a platform's promise nobody awaited) is logged, not fatal: Node's default
// would take every channel down with it.
process.on('unhandledRejection', (err) =>
  log('error', 'unhandled rejection', { error: err instanceof Error ? err.name : typeof err })
)

// Node sends bodies as they are; gzip here (Workers compress by themselves).
const server = serve(
  { fetch: withCompression(app).fetch, port: config.PORT, hostname: config.HOST },
  (info) => {
    log('info', 'listening', {
      url: `http://${info.address}:${info.port}`,
      articles: library.articles.length,
    })
    setTimeout(openReportStore, REPORT_STORE_OPEN_DELAY_MS)
  }
) as Server

let polling: TelegramPolling | undefined
if (config.TELEGRAM_BOT_TOKEN && !config.TELEGRAM_WEBHOOK_URL) {
  const { startTelegramPolling } = await import('./telegram-polling')
  polling = startTelegramPolling(config, library, calculate, {
    status,
    ...(recorder ? { recorder } : {}),
  })
}

const outbound: Array<Promise<OutboundConnection | undefined>> = []
if (config.FEISHU_MODE === 'ws' || config.DINGTALK_MODE === 'stream') {
  const deps = createRuntimeChatDeps(config, library, calculate, recorder)
  // Each SDK is loaded here, on first use; one that fails to load leaves the rest running.
  const started = (platform: string, p: Promise<OutboundConnection>) =>
    outbound.push(
      p.catch((err: unknown) => {
        status.set(platform, 'error: could not start; see the log')
        log('error', 'outbound connection failed to start', {
          platform,
          error: err instanceof Error ? err.name : typeof err,
        })
        return undefined
      })
    )
  if (config.FEISHU_MODE === 'ws') {
    status.set('feishu', 'ws: connecting')
    started(
      'feishu',
      import('./feishu-ws').then((m) => m.startFeishuWs(config, deps('feishu'), { status }))
    )
  }
  if (config.DINGTALK_MODE === 'stream') {
    status.set('dingtalk', 'stream: connecting')
    started(
      'dingtalk',
      import('./dingtalk-stream').then((m) =>
        m.startDingtalkStream(config, deps('dingtalk'), { status })
      )
    )
  }
}

let stopping = false
function shutdown(signal: string): void {
  if (stopping) {
    log('warn', 'second signal: exiting now', { signal })
    process.exit(1)
  }
  stopping = true
  log('info', 'shutting down', { signal, graceMs: SHUTDOWN_GRACE_MS })
  setTimeout(() => {
    log('warn', 'shutdown: in-flight work abandoned', { graceMs: SHUTDOWN_GRACE_MS })
    process.exit(1)
  }, SHUTDOWN_GRACE_MS).unref()
  // Stop accepting; idle keep-alive sockets are closed so they do not hold the server open.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeIdleConnections()
  // Queued report writes land before exit (a few ms; the grace timer still bounds them).
  openReportStore()
  const connections = outbound.map((p) => p.then((c) => c?.stop()))
  void Promise.all([closed, polling?.stop(), ...connections])
    .then(() => recorder?.flush())
    .then(() => process.exit(0))
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => shutdown(signal))

/**
 * The report store on disk (DATABASE_PATH), when something uses it: recording (REPORT_STORE, on
 * by default) or /admin. It opens when `openStore` is called (REPORT_STORE_OPEN_DELAY_MS after
 * listening, or at shutdown); until then writes and /admin wait for it. Opening or migrating
 * failures are logged by the recorder and turn recording off; the server still runs. Old rows are
 * swept once it is open, then daily.
 */
function reportStoreOf(config: Config): {
  reportStore?: Promise<ReportStore>
  openStore: () => void
} {
  if (config.REPORT_STORE === 'off' && !config.ADMIN_TOKEN) return { openStore: () => undefined }
  let openStore!: () => void
  const reportStore = new Promise<void>((resolve) => (openStore = resolve))
    .then(() => import('./sqlite-driver'))
    .then((driver) => openReportStoreOn(driver.openSqliteDriver(config.DATABASE_PATH)))
  const sweep = () =>
    reportStore
      .then((s) => s.sweep(daysBefore(chinaDay(new Date()), config.REPORT_RETENTION_DAYS)))
      .then((deleted) => deleted && log('info', 'report sweep', { deleted }))
      .catch(() => undefined) // the recorder logs an unusable store once
  void sweep()
  setInterval(sweep, 24 * 3600_000).unref()
  return { reportStore, openStore }
}
