/**
 * Bad input gets a 400, never a 500: signed ciphertext that decrypts to bytes that are not UTF-8
 * (WeChat, WeCom, Feishu), a Feishu message_id that would change the reply URL's path, and
 * malformed multipart bodies on the web forms.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { createFeishuFetchClient } from '../../src/platforms/feishu'
import { decodeEncodingAesKey, wxSignature } from '../../src/platforms/shared/wx-crypt'
import { buildXml } from '../../src/platforms/shared/xml'
import { WECHAT_SAMPLES as wechatSamples } from '../fixtures/wechat/official-samples'
import {
  FEISHU_ENV,
  FEISHU_KEY,
  NOW,
  NOW_S,
  WECOM_ENV,
  fakeFeishuFetch,
  feishuEncrypt,
  feishuEvent,
  feishuSigned,
  library,
} from '../contract/harnesses'

const NONCE = '1320562132'
const NOT_UTF8 = Buffer.from([0x3c, 0x78, 0xff, 0xfe, 0xc3, 0x28]) // '<x' then invalid bytes
const app = (env: Record<string, string>) =>
  createApp({ library, config: parseConfig(env), now: () => NOW })

/** WeChat/WeCom AES: random(16) + length(4) + message + receive id, PKCS#7 to 32 bytes. */
function wxEncryptBytes(encodingAesKey: string, message: Buffer, receiveId: string): string {
  const key = Buffer.from(decodeEncodingAesKey(encodingAesKey))
  const len = Buffer.alloc(4)
  len.writeUInt32BE(message.length)
  const plain = Buffer.concat([randomBytes(16), len, message, Buffer.from(receiveId)])
  const pad = 32 - (plain.length % 32)
  const padded = Buffer.concat([plain, Buffer.alloc(pad, pad)])
  const c = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false)
  return Buffer.concat([c.update(padded), c.final()]).toString('base64')
}

describe('ciphertext that decrypts to invalid UTF-8 → 400', () => {
  it('WeChat (safe mode)', async () => {
    const s = wechatSamples.safeMode
    const encrypt = wxEncryptBytes(s.encodingAesKey, NOT_UTF8, s.appId)
    const ts = String(NOW_S)
    const signature = await wxSignature(s.token, ts, NONCE)
    const msgSig = await wxSignature(s.token, ts, NONCE, encrypt)
    const res = await app({
      WECHAT_TOKEN: s.token,
      WECHAT_APP_ID: s.appId,
      WECHAT_ENCODING_AES_KEY: s.encodingAesKey,
    }).request(
      `/webhook/wechat?signature=${signature}&timestamp=${ts}&nonce=${NONCE}&openid=o&encrypt_type=aes&msg_signature=${msgSig}`,
      { method: 'POST', body: buildXml({ ToUserName: 'gh_test', Encrypt: encrypt }) }
    )
    expect(res.status).toBe(400)
  })

  it('WeCom app', async () => {
    const encrypt = wxEncryptBytes(
      WECOM_ENV.WECOM_ENCODING_AES_KEY,
      NOT_UTF8,
      WECOM_ENV.WECOM_CORP_ID
    )
    const ts = String(NOW_S)
    const sig = await wxSignature(WECOM_ENV.WECOM_TOKEN, ts, NONCE, encrypt)
    const res = await app(WECOM_ENV).request(
      `/webhook/wecom?msg_signature=${sig}&timestamp=${ts}&nonce=${NONCE}`,
      {
        method: 'POST',
        body: buildXml({ ToUserName: WECOM_ENV.WECOM_CORP_ID, Encrypt: encrypt, AgentID: '1' }),
      }
    )
    expect(res.status).toBe(400)
  })

  it('Feishu (signed event)', async () => {
    const iv = randomBytes(16)
    const c = createCipheriv('aes-256-cbc', createHash('sha256').update(FEISHU_KEY).digest(), iv)
    const encrypt = Buffer.concat([iv, c.update(NOT_UTF8), c.final()]).toString('base64')
    const sent = feishuSigned(JSON.stringify({ encrypt }))
    const res = await app(FEISHU_ENV).request(sent.path, sent.init)
    expect(res.status).toBe(400)
  })
})

describe('Feishu ids never change the reply URL', () => {
  it.each(['..', '../../auth/v3/app_access_token', 'om_1/x', 'om 1', '%2e%2e', ''])(
    'message_id %j: no API call is made',
    async (id) => {
      const fake = fakeFeishuFetch()
      const client = createFeishuFetchClient({ appId: 'cli', appSecret: 's', fetch: fake.fetchFn })
      await expect(
        client.reply(id, { msg_type: 'text', content: '{"text":"a"}' })
      ).rejects.toThrow()
      expect(fake.calls).toHaveLength(0)
    }
  )

  it('an event with such a message_id is acknowledged and not answered', async () => {
    const fake = fakeFeishuFetch()
    const target = createApp({
      library,
      config: parseConfig({ ...FEISHU_ENV, FEISHU_API_ROOT: 'https://feishu.invalid' }),
      now: () => NOW,
      platforms: {
        feishuClient: createFeishuFetchClient({ appId: 'a', appSecret: 's', fetch: fake.fetchFn }),
      },
    })
    const event = feishuEvent('evt-dotdot', {
      message_id: '..',
      content: JSON.stringify({ text: '加班费怎么算' }),
    })
    const sent = feishuSigned(
      JSON.stringify({ encrypt: feishuEncrypt(FEISHU_KEY, JSON.stringify(event)) })
    )
    const res = await target.request(sent.path, sent.init)
    expect(res.status).toBe(200)
    expect(fake.calls.filter((c) => c.url.includes('/messages/'))).toHaveLength(0)
  })
})

describe('Feishu API calls time out', () => {
  it('a hung API: reply() rejects after the timeout instead of hanging', async () => {
    const hang = (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))
      )
    const client = createFeishuFetchClient({
      appId: 'a',
      appSecret: 's',
      fetch: hang,
      timeoutMs: 200,
    })
    const t = Date.now()
    await expect(client.reply('om_1', { msg_type: 'text', content: '{}' })).rejects.toThrow()
    expect(Date.now() - t).toBeLessThan(2000)
  })

  it('the webhook answers within the timeout when the reply API hangs (503: Feishu retries)', async () => {
    const hang = (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))
      )
    const target = createApp({
      library,
      config: parseConfig(FEISHU_ENV),
      now: () => NOW,
      platforms: {
        feishuClient: createFeishuFetchClient({
          appId: 'a',
          appSecret: 's',
          fetch: hang,
          timeoutMs: 300,
        }),
      },
    })
    const event = feishuEvent('evt-hang', { content: JSON.stringify({ text: '加班费怎么算' }) })
    const sent = feishuSigned(
      JSON.stringify({ encrypt: feishuEncrypt(FEISHU_KEY, JSON.stringify(event)) })
    )
    const t = Date.now()
    const res = await target.request(sent.path, sent.init)
    // Not sent: the dedup mark is released and a 5xx lets Feishu deliver the event again.
    expect(res.status).toBe(503)
    expect(Date.now() - t).toBeLessThan(3000)
  })
})

describe('malformed multipart → 400, not 500', () => {
  const bad = (boundary: string, body: string) => ({
    method: 'POST',
    body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  })
  const web = app({})
  it.each([
    [
      'no closing boundary',
      bad('XYZ', '--XYZ\r\nContent-Disposition: form-data; name="text"\r\n\r\nabc'),
    ],
    ['garbage', bad('XYZ', 'this is not multipart at all')],
    [
      'boundary missing from the header',
      { method: 'POST', body: 'x', headers: { 'content-type': 'multipart/form-data' } },
    ],
  ])('%s', async (_, init) => {
    for (const path of ['/intake', '/calc/severance']) {
      const res = await web.request(path, init)
      expect(res.status, path).toBe(400)
    }
  })
})
