import { describe, expect, it } from 'vitest'
import { configWarnings, parseConfig } from '../../src/app/config'

const error = (env: Record<string, unknown>) => {
  try {
    parseConfig(env)
  } catch (e) {
    return (e as Error).message
  }
  return null
}

describe('parseConfig rejects a bad value with one line naming the variable', () => {
  it.each([
    [
      'empty RATE_LIMIT_PER_MINUTE (used to mean: no limit)',
      { RATE_LIMIT_PER_MINUTE: '' },
      'RATE_LIMIT_PER_MINUTE',
    ],
    ['blank RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: '  ' }, 'RATE_LIMIT_PER_MINUTE'],
    ['fractional RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: '2.5' }, 'RATE_LIMIT_PER_MINUTE'],
    ['negative RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: '-1' }, 'RATE_LIMIT_PER_MINUTE'],
    ['empty ANSWER_CACHE_SIZE', { ANSWER_CACHE_SIZE: '' }, 'ANSWER_CACHE_SIZE'],
    ['ANSWER_CACHE_SIZE over 10 000', { ANSWER_CACHE_SIZE: '10001' }, 'ANSWER_CACHE_SIZE'],
    ['PORT=abc', { PORT: 'abc' }, 'PORT'],
    ['PUBLIC_BASE_URL without a scheme', { PUBLIC_BASE_URL: 'example.org' }, 'PUBLIC_BASE_URL'],
    ['PUBLIC_BASE_URL javascript:', { PUBLIC_BASE_URL: 'javascript:alert(1)' }, 'PUBLIC_BASE_URL'],
    ['TELEGRAM_API_ROOT not a URL', { TELEGRAM_API_ROOT: 'api.telegram.org' }, 'TELEGRAM_API_ROOT'],
    ['FEISHU_API_ROOT ftp:', { FEISHU_API_ROOT: 'ftp://open.feishu.cn' }, 'FEISHU_API_ROOT'],
    [
      'TELEGRAM_WEBHOOK_URL not a URL',
      { TELEGRAM_WEBHOOK_URL: 'bot.example' },
      'TELEGRAM_WEBHOOK_URL',
    ],
    ['a username with a space', { TELEGRAM_BOT_USERNAME: 'my bot' }, 'TELEGRAM_BOT_USERNAME'],
  ])('%s', (_, env, name) => {
    const message = error(env)
    expect(message).not.toBeNull()
    expect(message).not.toContain('\n')
    expect(message).toContain(name)
  })

  it('never echoes a secret value', () => {
    expect(error({ TELEGRAM_BOT_TOKEN: 'not-a-token-SECRETVALUE' })).not.toContain('SECRETVALUE')
  })
})

describe('parseConfig normalises', () => {
  it.each([
    [{}, { RATE_LIMIT_PER_MINUTE: 10, PORT: 8787, TELEGRAM_BOT_USERNAME: 'gongyou_bot' }],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, { RATE_LIMIT_PER_MINUTE: 0 }],
    [{}, { ANSWER_CACHE_SIZE: 256 }],
    [{ ANSWER_CACHE_SIZE: '0' }, { ANSWER_CACHE_SIZE: 0 }],
    [{ RATE_LIMIT_PER_MINUTE: ' 20 ' }, { RATE_LIMIT_PER_MINUTE: 20 }],
    [{ PORT: 3000 }, { PORT: 3000 }],
    [{ TELEGRAM_BOT_USERNAME: '@gongyou_bot' }, { TELEGRAM_BOT_USERNAME: 'gongyou_bot' }],
    [
      { PUBLIC_BASE_URL: 'https://gongyou.example/' },
      { PUBLIC_BASE_URL: 'https://gongyou.example' },
    ],
    [
      { TELEGRAM_API_ROOT: 'http://127.0.0.1:8081//' },
      { TELEGRAM_API_ROOT: 'http://127.0.0.1:8081' },
    ],
  ])('%j', (env, expected) => {
    expect(parseConfig(env)).toMatchObject(expected)
  })
})

describe('configWarnings: a half-configured platform is named', () => {
  const T = { TELEGRAM_BOT_TOKEN: '123:abc' }
  const base = { PUBLIC_BASE_URL: 'https://gongyou.example' }
  it.each([
    [
      { ...T, TELEGRAM_WEBHOOK_URL: 'https://x.example/webhook/telegram' },
      /TELEGRAM_WEBHOOK_SECRET is missing/,
    ],
    [{ TELEGRAM_WEBHOOK_SECRET: 's' }, /TELEGRAM_BOT_TOKEN is missing/],
    [{ ...T, TELEGRAM_WEBHOOK_SECRET: 's' }, /without TELEGRAM_WEBHOOK_URL/],
  ])('%j', (env, warning) => {
    const warnings = configWarnings(parseConfig({ ...base, ...env }))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(warning)
  })

  it('none for a complete setup; one for a missing PUBLIC_BASE_URL', () => {
    const full = {
      ...T,
      TELEGRAM_WEBHOOK_SECRET: 's',
      TELEGRAM_WEBHOOK_URL: 'https://x.example/webhook/telegram',
    }
    expect(configWarnings(parseConfig({ ...base, ...full }))).toEqual([])
    expect(configWarnings(parseConfig(full))).toEqual([expect.stringMatching(/PUBLIC_BASE_URL/)])
  })
})
