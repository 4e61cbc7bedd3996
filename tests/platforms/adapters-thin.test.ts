/**
 * Adapters translate; they do not decide (issue 13): no dedup, rate-limit or ask logic in any
 * src/platforms/<name>/adapter.ts — that lives once, in src/chat.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../src/platforms')
const adapters = readdirSync(root)
  .map((name) => join(root, name, 'adapter.ts'))
  .filter((p) => existsSync(p))

/** Words that mean the adapter is doing the conversation layer's work. */
const FORBIDDEN = [
  /\bdedup\b|\.seen\(|\.claim\(|\.commit\(/,
  /rateLimit|RateLimiter|admit\w*\(|limits\./,
  /\bask\(|\.ask\b|safeAsk/,
  /calculateFromQuestion|parseParamValue|extractFacts/,
]

describe('adapters hold no conversation logic', () => {
  it('finds the six chat adapters', () => {
    expect(adapters.map((p) => p.split('/').at(-2)).sort()).toEqual([
      'dingtalk',
      'feishu',
      'telegram',
      'wechat',
      'wecom',
      'wecom-bot',
    ])
  })

  it.each(adapters.map((p) => [p.split('/').at(-2)!, p]))('%s/adapter.ts', (_name, path) => {
    const code = readFileSync(path, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
    for (const re of FORBIDDEN) expect(code).not.toMatch(re)
    expect(code).toMatch(/handleInbound|webhookCallback/)
  })
})
