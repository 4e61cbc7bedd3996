/**
 * Shared set-up for the Chromium tests: Debian's chromium driven by playwright-core against the
 * Node server (with compression, as `npm start` serves it) started in-process.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { withCompression } from '../../src/app/with-compression'
import { createCalculate } from '../../src/core'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'

/** The chromium binary: CHROMIUM_PATH, then PATH, then /usr/bin/chromium; undefined skips. */
export function findChromium(): string | undefined {
  if (process.env['CHROMIUM_PATH'] && existsSync(process.env['CHROMIUM_PATH']))
    return process.env['CHROMIUM_PATH']
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim()
    if (found) return found
  } catch {
    // not on PATH
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

export const SHOTS = join(process.cwd(), 'test-results', 'screenshots')
export const MOBILE = { width: 360, height: 740 }
export const DESKTOP = { width: 1280, height: 800 }

/** No horizontal scrolling: the layout fits the viewport. */
export async function fits(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }))
  expect(scroll, `page wider than ${width}px`).toBeLessThanOrEqual(width)
}

export interface Harness {
  base: string
  browser: Browser
  /** Script errors seen on any page opened with `open`. */
  errors: string[]
  open(
    viewport?: { width: number; height: number },
    options?: { javaScriptEnabled?: boolean }
  ): Promise<{ context: BrowserContext; page: Page }>
  close(): Promise<void>
}

/** Starts the app (calculators on, clock pinned) and the browser. */
export async function startHarness(chromiumPath: string): Promise<Harness> {
  mkdirSync(SHOTS, { recursive: true })
  const library = loadBuiltLibrary()
  const app = createApp({
    library,
    config: parseConfig({}),
    now: () => new Date('2026-05-01T04:00:00Z'),
    calculate: createCalculate(library)!,
  })
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: withCompression(app).fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(s)
    )
  })
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
  const errors: string[] = []
  return {
    base,
    browser,
    errors,
    async open(viewport = MOBILE, options = {}) {
      const context = await browser.newContext({
        viewport,
        baseURL: base,
        locale: 'zh-CN',
        ...options,
      })
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base })
      const page = await context.newPage()
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`)
      })
      return { context, page }
    },
    async close() {
      await browser.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
