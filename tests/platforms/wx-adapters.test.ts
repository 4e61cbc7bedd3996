import { beforeAll, afterAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { setLogSink } from '../../src/app/log'
import { buildXml, parseXml, xmlText } from '../../src/platforms/shared/xml'
import { wxSignature, createWxCrypt } from '../../src/platforms/shared/wx-crypt'
import { CHAT_TEXT } from '../../src/chat/messages'
import {
  library,
  NOW_S,
  WECOM_BOT_ENV,
  readWecomBotReply,
  wecomBotRequest,
  wechatSafeCrypt,
} from '../contract/harnesses'
import { WECHAT_SAMPLES as wechat } from '../fixtures/wechat/official-samples'
import { WECOM_SAMPLES as wecom } from '../fixtures/wecom/official-samples'
import { WECOM_BOT_SAMPLES as wecomBot } from '../fixtures/wecom-bot/official-samples'

let restore: ReturnType<typeof setLogSink>
const lines: string[] = []
beforeAll(() => {
  restore = setLogSink((l) => lines.push(l))
})
afterAll(() => {
  setLogSink(restore)
})

const at = (seconds: number | string) => () => new Date(Number(seconds) * 1000)
const app = (env: Record<string, string>, now = at(NOW_S)) =>
  createApp({ library, config: parseConfig(env), now })

describe('WeChat Official Account', () => {
  const s = wechat.safeMode
  const safeEnv = {
    WECHAT_TOKEN: s.token,
    WECHAT_APP_ID: s.appId,
    WECHAT_ENCODING_AES_KEY: s.encodingAesKey,
  }

  it('answers the official safe-mode sample with an encrypted, signed passive reply', async () => {
    const a = app(safeEnv, at(s.timestamp))
    const res = await a.request(
      `/webhook/wechat?signature=${s.signatureDerived}&timestamp=${s.timestamp}&nonce=${s.nonce}&openid=oyORnuP8q7ou2gfYjqLzSIWZf0rs&encrypt_type=aes&msg_signature=${s.msgSignature}`,
      { method: 'POST', body: s.body }
    )
    expect(res.status).toBe(200)
    const env = parseXml(await res.text())
    const crypt = wechatSafeCrypt()
    expect(
      await crypt.verify(
        xmlText(env, 'MsgSignature'),
        xmlText(env, 'TimeStamp'),
        xmlText(env, 'Nonce'),
        xmlText(env, 'Encrypt')
      )
    ).toBe(true)
    const reply = parseXml(await crypt.decrypt(xmlText(env, 'Encrypt')))
    expect(xmlText(reply, 'ToUserName')).toBe('oyORnuP8q7ou2gfYjqLzSIWZf0rs')
    expect(xmlText(reply, 'FromUserName')).toBe('gh_10f6c3c3ac5a')
    expect(xmlText(reply, 'MsgType')).toBe('text')
    expect(xmlText(reply, 'Content').length).toBeGreaterThan(0)
  })

  it('URL check: echoes echostr only with a good signature', async () => {
    const a = app({ WECHAT_TOKEN: 'tok' })
    const sig = await wxSignature('tok', String(NOW_S), '7')
    const ok = await a.request(
      `/webhook/wechat?signature=${sig}&timestamp=${NOW_S}&nonce=7&echostr=hello123`
    )
    expect(await ok.text()).toBe('hello123')
    const bad = await a.request(
      `/webhook/wechat?signature=${'1'.repeat(40)}&timestamp=${NOW_S}&nonce=7&echostr=hello123`
    )
    expect(bad.status).toBe(401)
    expect(await bad.text()).not.toContain('hello123')
  })

  it('safe mode refuses plaintext posts; plaintext mode refuses encrypted ones', async () => {
    const sig = await wxSignature(s.token, String(NOW_S), '1')
    const body = buildXml({
      ToUserName: 'gh',
      FromUserName: 'o',
      CreateTime: NOW_S,
      MsgType: 'text',
      Content: '你好',
      MsgId: '1',
    })
    expect(
      (
        await app(safeEnv).request(`/webhook/wechat?signature=${sig}&timestamp=${NOW_S}&nonce=1`, {
          method: 'POST',
          body,
        })
      ).status
    ).toBe(401)
    expect(
      (
        await app({ WECHAT_TOKEN: s.token }).request(
          `/webhook/wechat?signature=${sig}&timestamp=${NOW_S}&nonce=1&encrypt_type=aes`,
          { method: 'POST', body }
        )
      ).status
    ).toBe(400)
  })

  const plain = async (fields: Record<string, string | number>) => {
    const sig = await wxSignature('tok', String(NOW_S), '1')
    const res = await app({ WECHAT_TOKEN: 'tok' }).request(
      `/webhook/wechat?signature=${sig}&timestamp=${NOW_S}&nonce=1`,
      {
        method: 'POST',
        body: buildXml({ ToUserName: 'gh_x', FromUserName: 'o_u', CreateTime: NOW_S, ...fields }),
      }
    )
    return { status: res.status, text: await res.text() }
  }

  it.each([
    ['subscribe → welcome', { MsgType: 'event', Event: 'subscribe' }, CHAT_TEXT.welcome],
    [
      'voice without Recognition → hint',
      { MsgType: 'voice', MediaId: 'm', Format: 'amr', MsgId: '5' },
      CHAT_TEXT.voiceUnrecognized,
    ],
  ])('%s', async (_n, fields, expected) => {
    const r = await plain(fields)
    expect(xmlText(parseXml(r.text), 'Content')).toBe(expected)
  })

  it('voice with Recognition is answered like text', async () => {
    const r = await plain({
      MsgType: 'voice',
      MediaId: 'm',
      Format: 'amr',
      Recognition: '公司拖欠工资怎么办',
      MsgId: '6',
    })
    const content = xmlText(parseXml(r.text), 'Content')
    expect(content).not.toBe(CHAT_TEXT.voiceUnrecognized)
    expect(content).toContain('仅供参考')
  })

  it('other events get no reply ("success")', async () => {
    expect((await plain({ MsgType: 'event', Event: 'unsubscribe' })).text).toBe('success')
  })

  it('hostile XML is a 400, never a crash', async () => {
    const sig = await wxSignature('tok', String(NOW_S), '1')
    const res = await app({ WECHAT_TOKEN: 'tok' }).request(
      `/webhook/wechat?signature=${sig}&timestamp=${NOW_S}&nonce=1`,
      {
        method: 'POST',
        body: '<!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><xml><Content>&b;</Content></xml>',
      }
    )
    expect(res.status).toBe(400)
  })

  it('is off (404) when WECHAT_TOKEN is unset', async () => {
    expect((await app({}).request('/webhook/wechat', { method: 'POST', body: '' })).status).toBe(
      404
    )
  })

  it('throws at start-up on a half-configured safe mode', () => {
    expect(() => app({ WECHAT_TOKEN: 't', WECHAT_APP_ID: 'wx1' })).toThrow(
      /WECHAT_ENCODING_AES_KEY/
    )
  })
})

describe('WeCom self-built app', () => {
  const s = wecom.callbackSample
  const env = {
    WECOM_TOKEN: s.token,
    WECOM_ENCODING_AES_KEY: s.encodingAesKey,
    WECOM_CORP_ID: s.corpId,
  }

  it('URL check with the official sample returns the decrypted echostr', async () => {
    const v = s.verifyUrl
    const res = await app(env, at(v.timestamp)).request(
      `/webhook/wecom?msg_signature=${v.msgSignature}&timestamp=${v.timestamp}&nonce=${v.nonce}&echostr=${encodeURIComponent(v.echostr)}`
    )
    expect(res.status).toBe(200)
    expect(await res.text()).toBe(v.plain)
  })

  it('answers the official encrypted message with an encrypted passive reply', async () => {
    const m = s.message
    const res = await app(env, at(m.timestamp)).request(
      `/webhook/wecom?msg_signature=${m.msgSignature}&timestamp=${m.timestamp}&nonce=${m.nonce}`,
      {
        method: 'POST',
        body: m.body,
      }
    )
    expect(res.status).toBe(200)
    const out = parseXml(await res.text())
    const crypt = createWxCrypt({
      token: s.token,
      encodingAesKey: s.encodingAesKey,
      receiveId: s.corpId,
    })
    expect(
      await crypt.verify(
        xmlText(out, 'MsgSignature'),
        xmlText(out, 'TimeStamp'),
        xmlText(out, 'Nonce'),
        xmlText(out, 'Encrypt')
      )
    ).toBe(true)
    const reply = parseXml(await crypt.decrypt(xmlText(out, 'Encrypt')))
    expect(xmlText(reply, 'ToUserName')).toBe('ChenJiaShun')
    expect(xmlText(reply, 'MsgType')).toBe('text')
  })

  it('rejects a genuine message for another CorpID (receive-id check) with 403', async () => {
    const d = wecom.docSample
    const m = d.message
    const res = await app(
      {
        WECOM_TOKEN: d.token,
        WECOM_ENCODING_AES_KEY: d.encodingAesKey,
        WECOM_CORP_ID: 'ww_not_this_corp',
      },
      at(m.timestamp)
    ).request(
      `/webhook/wecom?msg_signature=${m.msgSignature}&timestamp=${m.timestamp}&nonce=${m.nonce}`,
      { method: 'POST', body: m.body }
    )
    expect(res.status).toBe(403)
  })

  it('the official URL check is stale an hour later', async () => {
    const v = s.verifyUrl
    const res = await app(env, at(Number(v.timestamp) + 3600)).request(
      `/webhook/wecom?msg_signature=${v.msgSignature}&timestamp=${v.timestamp}&nonce=${v.nonce}&echostr=${encodeURIComponent(v.echostr)}`
    )
    expect(res.status).toBe(403)
  })

  it('throws at start-up on a partial configuration', () => {
    expect(() => app({ WECOM_TOKEN: 't' })).toThrow(/WECOM_CORP_ID/)
  })
})

describe('WeCom smart robot', () => {
  it('refuses the official JSON sample: it is addressed to a CorpID, the robot’s receive id is ""', async () => {
    const j = wecomBot.jsonCallbackSample
    const res = await app(
      { WECOM_BOT_TOKEN: j.token, WECOM_BOT_ENCODING_AES_KEY: j.encodingAesKey },
      at(j.timestamp)
    ).request(
      `/webhook/wecom-bot?msg_signature=${j.msgSignature}&timestamp=${j.timestamp}&nonce=${j.nonce}`,
      { method: 'POST', body: j.body }
    )
    expect(res.status).toBe(403)
  })

  it('welcomes on enter_chat with a text message', async () => {
    const sent = await wecomBotRequest({
      msgid: 'e1',
      chattype: 'single',
      msgtype: 'event',
      event: { eventtype: 'enter_chat' },
    })
    const r = await readWecomBotReply(await app(WECOM_BOT_ENV).request(sent.path, sent.init))
    expect(r).toEqual({ msgtype: 'text', text: { content: CHAT_TEXT.welcome } })
  })

  it('answers a group @mention briefly, masking phone numbers and pointing to a private chat', async () => {
    const shape = wecomBot.robotMessageShape
    const sent = await wecomBotRequest({
      ...shape,
      msgid: 'g1',
      text: { content: '@工友 我电话13812345678，公司拖欠工资两个月怎么办' },
    })
    const r = await readWecomBotReply(await app(WECOM_BOT_ENV).request(sent.path, sent.init))
    const stream = r!['stream'] as { content: string; finish: boolean }
    expect(stream.finish).toBe(true)
    expect(stream.content).not.toContain('13812345678')
    expect(stream.content).toContain('私聊')
  })

  it('URL check decrypts echostr with receive id ""', async () => {
    const crypt = createWxCrypt({
      token: WECOM_BOT_ENV.WECOM_BOT_TOKEN,
      encodingAesKey: WECOM_BOT_ENV.WECOM_BOT_ENCODING_AES_KEY,
      receiveId: '',
    })
    const echostr = await crypt.encrypt('8848')
    const sig = await crypt.sign(String(NOW_S), '3', echostr)
    const res = await app(WECOM_BOT_ENV).request(
      `/webhook/wecom-bot?msg_signature=${sig}&timestamp=${NOW_S}&nonce=3&echostr=${encodeURIComponent(echostr)}`
    )
    expect(await res.text()).toBe('8848')
  })

  it('a body that is not the JSON envelope is a 400', async () => {
    const res = await app(WECOM_BOT_ENV).request(
      `/webhook/wecom-bot?msg_signature=${'0'.repeat(40)}&timestamp=${NOW_S}&nonce=1`,
      { method: 'POST', body: '<xml/>' }
    )
    expect(res.status).toBe(400)
  })
})

describe('privacy of logs', () => {
  it('log lines carry no message text and no user ids', () => {
    const all = lines.join('\n')
    expect(all).not.toContain('拖欠')
    expect(all).not.toContain('ChenJiaShun')
    expect(all).not.toContain('oyORnuP8q7ou2gfYjqLzSIWZf0rs')
    expect(all).not.toContain('13812345678')
  })
})
