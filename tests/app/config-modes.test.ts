/**
 * FEISHU_MODE and DINGTALK_MODE: what each mode needs is named when missing, an unknown mode is
 * refused, and the webhook route is only mounted in webhook mode.
 */
import { describe, expect, it } from 'vitest'
import { nodeOnlyModes, parseConfig } from '../../src/app/config'
import { createApp } from '../../src/app/create-app'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'

const APP_ID = 'cli_a1b2c3d4e5f60718'
const error = (env: Record<string, unknown>) => {
  try {
    parseConfig(env)
  } catch (e) {
    return (e as Error).message
  }
  return null
}

describe('connection modes: one line naming what is wrong', () => {
  it.each([
    [
      'FEISHU_MODE=ws without an app id',
      { FEISHU_MODE: 'ws', FEISHU_APP_SECRET: 's' },
      /FEISHU_APP_ID: required when FEISHU_MODE=ws/,
    ],
    [
      'FEISHU_MODE=ws without a secret',
      { FEISHU_MODE: 'ws', FEISHU_APP_ID: APP_ID },
      /FEISHU_APP_SECRET: required when FEISHU_MODE=ws/,
    ],
    [
      'FEISHU_MODE=ws with an app id the SDK rejects',
      { FEISHU_MODE: 'ws', FEISHU_APP_ID: 'cli_x', FEISHU_APP_SECRET: 's' },
      /FEISHU_APP_ID: expected cli_ and 16 hex digits/,
    ],
    [
      'DINGTALK_MODE=stream without a client id',
      { DINGTALK_MODE: 'stream', DINGTALK_APP_SECRET: 's' },
      /DINGTALK_CLIENT_ID: required when DINGTALK_MODE=stream/,
    ],
    [
      'DINGTALK_MODE=stream without a secret',
      { DINGTALK_MODE: 'stream', DINGTALK_CLIENT_ID: 'ding1' },
      /DINGTALK_APP_SECRET: required when DINGTALK_MODE=stream/,
    ],
    ['an unknown Feishu mode', { FEISHU_MODE: 'websocket' }, /FEISHU_MODE: expected webhook or ws/],
    [
      'an unknown DingTalk mode',
      { DINGTALK_MODE: 'ws' },
      /DINGTALK_MODE: expected webhook or stream/,
    ],
  ])('%s', (_, env, message) => {
    const m = error(env)
    expect(m).toMatch(message)
    expect(m).not.toContain('\n')
  })

  it('both missing variables are named at once', () => {
    expect(error({ DINGTALK_MODE: 'stream' })).toMatch(/DINGTALK_CLIENT_ID.*DINGTALK_APP_SECRET/)
  })

  it('never echoes the secret', () => {
    expect(
      error({ FEISHU_MODE: 'ws', FEISHU_APP_ID: 'bad', FEISHU_APP_SECRET: 'SECRETVALUE' })
    ).not.toContain('SECRETVALUE')
  })
})

describe('connection modes: defaults and normalisation', () => {
  it.each([
    [{}, { FEISHU_MODE: 'webhook', DINGTALK_MODE: 'webhook' }],
    [
      { FEISHU_MODE: '', DINGTALK_MODE: ' ' },
      { FEISHU_MODE: 'webhook', DINGTALK_MODE: 'webhook' },
    ],
    [{ FEISHU_MODE: ' WS ', FEISHU_APP_ID: APP_ID, FEISHU_APP_SECRET: 's' }, { FEISHU_MODE: 'ws' }],
    [
      { DINGTALK_MODE: 'Stream', DINGTALK_CLIENT_ID: 'ding1', DINGTALK_APP_SECRET: 's' },
      { DINGTALK_MODE: 'stream' },
    ],
  ])('%j', (env, expected) => {
    expect(parseConfig(env)).toMatchObject(expected)
  })

  it('names the modes a Worker cannot run', () => {
    const config = parseConfig({
      FEISHU_MODE: 'ws',
      FEISHU_APP_ID: APP_ID,
      FEISHU_APP_SECRET: 's',
      DINGTALK_MODE: 'stream',
      DINGTALK_CLIENT_ID: 'ding1',
      DINGTALK_APP_SECRET: 's',
    })
    expect(nodeOnlyModes(config)).toEqual(['FEISHU_MODE=ws', 'DINGTALK_MODE=stream'])
    expect(nodeOnlyModes(parseConfig({}))).toEqual([])
  })
})

describe('the webhook routes follow the mode', () => {
  const library = loadBuiltLibrary()
  const post = (env: Record<string, unknown>, path: string) =>
    createApp({ library, config: parseConfig(env) }).request(path, { method: 'POST', body: '{}' })

  it('ws / stream: no webhook route, and no verification token needed', async () => {
    const env = {
      FEISHU_MODE: 'ws',
      FEISHU_APP_ID: APP_ID,
      FEISHU_APP_SECRET: 's',
      DINGTALK_MODE: 'stream',
      DINGTALK_CLIENT_ID: 'ding1',
      DINGTALK_APP_SECRET: 's',
    }
    expect((await post(env, '/webhook/feishu')).status).toBe(404)
    expect((await post(env, '/webhook/dingtalk')).status).toBe(404)
  })

  it('webhook (default): the routes are there (and reject an unsigned call)', async () => {
    const env = {
      FEISHU_APP_ID: APP_ID,
      FEISHU_APP_SECRET: 's',
      FEISHU_VERIFICATION_TOKEN: 't',
      DINGTALK_APP_SECRET: 's',
    }
    expect((await post(env, '/webhook/feishu')).status).toBe(401)
    expect((await post(env, '/webhook/dingtalk')).status).toBe(401)
  })
})
