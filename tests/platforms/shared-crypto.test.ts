import { createCipheriv, createDecipheriv } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  aesCbcDecryptRaw,
  aesCbcEncryptRaw,
  fromBase64,
  hmacSha256Base64,
  pkcs7Pad,
  timingSafeEqual,
  toBase64,
} from '../../src/platforms/shared/crypto'
import {
  ReceiveIdError,
  createWxCrypt,
  decodeEncodingAesKey,
  wxSignature,
} from '../../src/platforms/shared/wx-crypt'
import { parseXml, XmlError, buildXml, xmlText } from '../../src/platforms/shared/xml'
import { createMemoryDedupStore } from '../../src/chat/dedup-store'
import { hasSensitiveNumber, maskSensitive } from '../../src/chat/mask'
import { decryptFeishu } from '../../src/platforms/feishu'
import { WECHAT_SAMPLES as wechat } from '../fixtures/wechat/official-samples'
import { WECOM_SAMPLES as wecom } from '../fixtures/wecom/official-samples'
import { FEISHU_SAMPLES as feishu } from '../fixtures/feishu/official-samples'

describe('WXBizMsgCrypt against the official samples', () => {
  it('WeChat safe-mode sample: msg_signature verifies and the message decrypts', async () => {
    const s = wechat.safeMode
    const crypt = createWxCrypt({
      token: s.token,
      encodingAesKey: s.encodingAesKey,
      receiveId: s.appId,
    })
    const encrypt = xmlText(parseXml(s.body), 'Encrypt')
    expect(await crypt.verify(s.msgSignature, s.timestamp, s.nonce, encrypt)).toBe(true)
    const inner = parseXml(await crypt.decrypt(encrypt))
    expect(xmlText(inner, 'Content')).toBe(s.decryptedContent)
    expect(xmlText(inner, 'MsgId')).toBe(s.decryptedMsgId) // above 2^53: kept as a string
    expect(await wxSignature(s.token, s.timestamp, s.nonce)).toBe(s.signatureDerived)
  })

  it.each(wechat.encryptVectors.cases.map((c, i) => [i, c] as const))(
    'official Java encrypt vector %i (32-byte padding)',
    async (_i, c) => {
      const v = wechat.encryptVectors
      const crypt = createWxCrypt({
        token: v.token,
        encodingAesKey: v.encodingAesKey,
        receiveId: v.appId,
      })
      expect(await crypt.encrypt(c.plain, new TextEncoder().encode(v.randomStr))).toBe(c.encrypted)
      expect(await crypt.decrypt(c.encrypted)).toBe(c.plain)
    }
  )

  it.each([
    ['callback sample', wecom.callbackSample],
    ['docs 90968 sample', wecom.docSample],
  ])('WeCom %s: URL check and message', async (_n, s) => {
    const crypt = createWxCrypt({
      token: s.token,
      encodingAesKey: s.encodingAesKey,
      receiveId: s.corpId,
    })
    const v = s.verifyUrl
    expect(await crypt.verify(v.msgSignature, v.timestamp, v.nonce, v.echostr)).toBe(true)
    expect(await crypt.decrypt(v.echostr)).toBe(v.plain)
    const m = s.message
    const encrypt = xmlText(parseXml(m.body), 'Encrypt')
    expect(await crypt.verify(m.msgSignature, m.timestamp, m.nonce, encrypt)).toBe(true)
    const inner = parseXml(await crypt.decrypt(encrypt))
    expect(xmlText(inner, 'Content')).toBe(m.decryptedContent)
    expect(xmlText(inner, 'MsgId')).toBe(m.decryptedMsgId)
  })

  it('rejects a message for another receive id, and forged signatures', async () => {
    const s = wecom.callbackSample
    const other = createWxCrypt({
      token: s.token,
      encodingAesKey: s.encodingAesKey,
      receiveId: 'ww_someone_else',
    })
    await expect(other.decrypt(s.verifyUrl.echostr)).rejects.toBeInstanceOf(ReceiveIdError)
    expect(
      await other.verify(
        '0'.repeat(40),
        s.verifyUrl.timestamp,
        s.verifyUrl.nonce,
        s.verifyUrl.echostr
      )
    ).toBe(false)
  })

  it('refuses malformed EncodingAESKeys at construction', () => {
    expect(() => decodeEncodingAesKey('short')).toThrow()
    expect(() =>
      createWxCrypt({ token: 't', encodingAesKey: 'x'.repeat(42) + '!', receiveId: '' })
    ).toThrow()
  })

  it('round-trips any message and agrees with node:crypto AES-256-CBC (no auto padding)', async () => {
    const key = decodeEncodingAesKey(wecom.callbackSample.encodingAesKey)
    const iv = key.slice(0, 16)
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        async (msg, random) => {
          const crypt = createWxCrypt({
            token: 't',
            encodingAesKey: wecom.callbackSample.encodingAesKey,
            receiveId: 'corp',
          })
          const enc = await crypt.encrypt(msg, random)
          expect(await crypt.decrypt(enc)).toBe(msg)
          const d = createDecipheriv('aes-256-cbc', key, iv)
          d.setAutoPadding(false)
          const raw = Buffer.concat([d.update(Buffer.from(enc, 'base64')), d.final()])
          const pad = raw[raw.length - 1]!
          expect(pad).toBeGreaterThanOrEqual(1)
          expect(pad).toBeLessThanOrEqual(32)
          expect(raw.length % 32).toBe(0)
        }
      ),
      { numRuns: 60 }
    )
  })

  it('decrypts pad bytes above and at or below 16 (the Web Crypto pitfall)', async () => {
    const key = decodeEncodingAesKey(wecom.callbackSample.encodingAesKey)
    const iv = key.slice(0, 16)
    for (const len of [1, 15, 16, 17, 31, 32, 33]) {
      const padded = pkcs7Pad(new Uint8Array(len).fill(65), 32)
      const c = createCipheriv('aes-256-cbc', key, iv)
      c.setAutoPadding(false)
      const ct = new Uint8Array(Buffer.concat([c.update(padded), c.final()]))
      expect([...(await aesCbcDecryptRaw(key, iv, ct))]).toEqual([...padded])
      expect([...(await aesCbcEncryptRaw(key, iv, padded))]).toEqual([...ct])
    }
  })
})

describe('Feishu AES (docs vector)', () => {
  it('decrypts "test key" → hello world', async () => {
    expect(await decryptFeishu(feishu.aesDecrypt.encryptKey, feishu.aesDecrypt.encrypt)).toBe(
      feishu.aesDecrypt.plain
    )
  })
  it('a wrong key fails cleanly', async () => {
    await expect(decryptFeishu('other key', feishu.aesDecrypt.encrypt)).rejects.toThrow()
  })
})

describe('crypto helpers', () => {
  it('timingSafeEqual', () => {
    expect(timingSafeEqual('abc', 'abc')).toBe(true)
    expect(timingSafeEqual('abc', 'abd')).toBe(false)
    expect(timingSafeEqual('abc', 'abcd')).toBe(false)
    expect(timingSafeEqual('', '')).toBe(true)
  })
  it('hmacSha256Base64 matches node:crypto', async () => {
    const { createHmac } = await import('node:crypto')
    expect(await hmacSha256Base64('k', 'm\nn')).toBe(
      createHmac('sha256', 'k').update('m\nn').digest('base64')
    )
  })
  it('base64 round trip and refusal', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255])
    expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes])
    expect(() => fromBase64('not base64!')).toThrow()
  })
})

describe('safe XML', () => {
  it('refuses DOCTYPE and ENTITY (XXE, billion laughs)', () => {
    expect(() =>
      parseXml(
        '<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><Content>&x;</Content></xml>'
      )
    ).toThrow(XmlError)
    expect(() => parseXml('<?xml version="1.0"?><!doctype xml><xml/>')).toThrow(XmlError)
    expect(() => parseXml('<xml><a><!ENTITY lol "lol"></a></xml>')).toThrow(XmlError)
  })
  it('does not expand entities', () => {
    expect(xmlText(parseXml('<xml><Content>&lt;b&gt; &amp;</Content></xml>'), 'Content')).toBe(
      '&lt;b&gt; &amp;'
    )
  })
  it('reads values as the adapters expect: strings, trimmed text, CDATA as is, nesting, repeats', () => {
    expect(
      parseXml(
        '<?xml version="1.0"?><xml><a k="v"> x </a><a><![CDATA[ y ]]></a><b>t<c>1</c></b><d/></xml>'
      )
    ).toEqual({ a: ['x', ' y '], b: { c: '1', '#text': 't' }, d: '' })
    expect(xmlText(parseXml('<xml><a><![CDATA[&lt;]]>&#x4e00;</a></xml>'), 'a')).toBe(
      '&lt;&#x4e00;'
    )
    expect(xmlText(parseXml('<xml><MsgId>12345678901234567890</MsgId></xml>'), 'MsgId')).toBe(
      '12345678901234567890'
    )
    expect(() => parseXml('<xml><a>a & b</a></xml>')).toThrow(XmlError)
    expect(() => parseXml('<xml><__proto__>1</__proto__></xml>')).toThrow(XmlError)
  })
  it('refuses deep nesting as bad XML, not a stack overflow', () => {
    const nested = (n: number) => `<xml>${'<a>'.repeat(n)}1${'</a>'.repeat(n)}</xml>`
    expect(parseXml(nested(3))).toEqual({ a: { a: { a: '1' } } })
    for (const n of [33, 5000, 20_000]) expect(() => parseXml(nested(n))).toThrow(XmlError)
  })
  it('refuses non-XML and a wrong root', () => {
    expect(() => parseXml('not xml')).toThrow(XmlError)
    expect(() => parseXml('<root><a>1</a></root>')).toThrow(XmlError)
  })
  it('buildXml keeps "]]>" inside CDATA intact', () => {
    const xml = buildXml({ Content: 'a]]>b', CreateTime: 1 })
    expect(xmlText(parseXml(xml), 'Content')).toBe('a]]>b')
  })
})

describe('createMemoryDedupStore', () => {
  it('answers once, forgets after the TTL, and evicts the oldest beyond max', async () => {
    let t = 0
    const store = createMemoryDedupStore({ max: 2, ttlSeconds: 1, now: () => t })
    const seen = async (k: string) => {
      const c = await store.claim(k)
      await store.commit(k)
      return c === 'seen'
    }
    expect(await seen('a')).toBe(false)
    expect(await seen('a')).toBe(true)
    t = 1001
    expect(await seen('a')).toBe(false)
    await seen('b')
    await seen('c')
    expect(await seen('a')).toBe(false) // evicted
  })

  it('moves its horizon past an evicted key: older messages are refused, not answered again', async () => {
    let t = 5_000
    const store = createMemoryDedupStore({ max: 2, ttlSeconds: 3600, now: () => t })
    expect(store.horizon(t)).toBe(5_000 - 3_600_000)
    for (const k of ['a', 'b', 'c']) {
      t += 1000
      await store.claim(k)
      await store.commit(k)
    }
    // 'a' (written at 6 000) was pushed out: anything sent up to then may have been answered.
    expect(store.horizon(t)).toBe(6_000)
  })

  it('a released claim lets the retry through; a pending claim holds a duplicate back', async () => {
    const store = createMemoryDedupStore()
    expect(await store.claim('x')).toBe('new')
    expect(await store.claim('x')).toBe('seen')
    await store.release('x')
    expect(await store.claim('x')).toBe('new')
  })
})

describe('mask', () => {
  it.each([
    ['身份证440106199001011234', '身份证440*************34'],
    ['旧证 440106900101123', '旧证 440**********23'],
    ['电话13812345678', '电话138****5678'],
    ['电话 +86 138-1234-5678', '电话 +86 138****5678'],
    ['月薪8000，干了3年', '月薪8000，干了3年'],
  ])('%s', (input, masked) => {
    expect(maskSensitive(input)).toBe(masked)
  })
  it('detects', () => {
    expect(hasSensitiveNumber('我的手机13912345678')).toBe(true)
    expect(hasSensitiveNumber('工资8000元')).toBe(false)
  })
})
