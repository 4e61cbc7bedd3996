/**
 * The Worker's app, built once per isolate on its first request (worker.ts imports this module
 * then, so none of it runs at isolate start-up): the library parsed from the artifact text, the
 * calculators, the stores bound in env.
 * @module
 */
import type { Hono } from 'hono'
import artifactText from '../generated/knowledge.json'
import { createApp } from '../app/create-app'
import { configWarnings, nodeOnlyModes, parseConfig } from '../app/config'
import { log } from '../app/log'
import { type KnowledgeArtifact, loadLibrary, createCalculate } from '../core'
import {
  type WorkersKvNamespace,
  createMemoryKeyValueStore,
  createWorkersKeyValueStore,
  layered,
} from '../chat'
import { type D1Like, createD1Driver, openReportStore } from '../app/report'

/** The app for this isolate; throws (and is tried again next request) on a bad configuration. */
export function createWorkerApp(env: Record<string, unknown>): Hono {
  const config = parseConfig(env)
  for (const warning of configWarnings(config)) log('warn', 'configuration', { warning })
  for (const setting of nodeOnlyModes(config))
    log('warn', 'configuration', {
      warning: `${setting} runs on the Node entry only (npm start): this platform is off here`,
    })
  // JSON.parse of the text beats evaluating the same data as a JavaScript literal (V8's advice
  // for large objects), and it happens once per isolate.
  const library = loadLibrary(JSON.parse(artifactText as string) as KnowledgeArtifact)
  const calculate = createCalculate(library)
  return createApp({
    library,
    config,
    ...(calculate ? { calculate } : {}),
    ...storeOf(env),
    ...reportStoreOf(env),
  })
}

/**
 * With a KV namespace bound as GONGYOU_KV, dedup keys and Telegram follow-ups are shared by all
 * isolates (a memory layer in front gives read-your-write within one isolate); without it, each
 * isolate keeps its own in memory.
 */
function storeOf(env: Record<string, unknown>) {
  const kv = env['GONGYOU_KV'] as WorkersKvNamespace | undefined
  return kv && typeof kv.get === 'function'
    ? { store: layered(createMemoryKeyValueStore(), createWorkersKeyValueStore(kv)) }
    : {}
}

/**
 * With a D1 database bound as GONGYOU_DB, the report store lives there (migrated on the first
 * request of each isolate); without it nothing is recorded and the Worker runs as before.
 */
function reportStoreOf(env: Record<string, unknown>) {
  const db = env['GONGYOU_DB'] as D1Like | undefined
  return db && typeof db.prepare === 'function'
    ? { reportStore: guarded(openReportStore(createD1Driver(db))) }
    : {}
}

/** The same promise, marked handled: the recorder logs a failed store once, when it uses it. */
function guarded<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined)
  return p
}
