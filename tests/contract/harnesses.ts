/**
 * One harness per adapter for the contract suite: how to build a signed request, a forged
 * one, a stale one, and how to read the answer back out of a response (or out of the calls
 * the adapter made). Everything goes through app.request(); nothing touches the network.
 */
import { createCipheriv, createHash, createHmac, randomBytes } from 'node:crypto'
import { vi } from 'vitest'
import { Hono } from 'hono'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { ask } from '../../src/core/ask'
import { createCalculate } from '../../src/core/calc-bridge'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { createWxCrypt, wxSignature } from '../../src/platforms/shared/wx-crypt'
import { buildXml, parseXml, xmlText } from '../../src/platforms/shared/xml'
import { charLength, utf8Length } from '../../src/platforms/shared/limits'
import { FEISHU_POST_MAX_CHARS } from '../../src/platforms/feishu'
import { WECOM_BOT_MARKDOWN_MAX_BYTES } from '../../src/platforms/wecom-bot'
import { DINGTALK_MARKDOWN_MAX_BYTES } from '../../src/platforms/dingtalk'
import { WX_TEXT_MAX_BYTES } from '../../src/platforms/shared/wx-message'
import { createTelegramAdapter, createTelegramBot } from '../../src/platforms/telegram'
import { TELEGRAM_MAX } from '../../src/platforms/telegram/render'
import { WECHAT_SAMPLES as wechatSamples } from '../fixtures/wechat/official-samples'
import { WECOM_SAMPLES as wecomSamples } from '../fixtures/wecom/official-samples'
import { FEISHU_SAMPLES as feishuSamples } from '../fixtures/feishu/official-samples'
import { DINGTALK_CALLBACK_TEXT as dingtalkCallback } from '../fixtures/dingtalk/callback-text'
import type { ContractHarness, Sent, Session } from './run-contract'
import type { DialogueHarness } from './run-dialogue'

export const library = loadBuiltLibrary()
/** 2023-11-14T22:13:20Z: the pinned clock of every harness. */
export const NOW_S = 1_700_000_000
export const NOW = new Date(NOW_S * 1000)
const now = () => NOW
const calculate = createCalculate(library)!
const askAt = (q: string) => ask(q, { library, today: NOW, calculate })
const NON_TEXT_HINT = '我目前只能看懂文字消息'
const NONCE = '1320562132'

function appWith(env: Record<string, string>): Hono {
  return createApp({ library, config: parseConfig(env), now, calculate })
}

// ---------------------------------------------------------------- WeChat (plaintext) ----------

function wechatPlain(): ContractHarness {
  const token = 'gongyou_test_token'
  const inner = (fields: Record<string, string | number>) =>
    buildXml({ ToUserName: 'gh_test', FromUserName: 'o_user', CreateTime: NOW_S, ...fields })
  const request = async (body: string, ts = String(NOW_S), sig?: string): Promise<Sent> => {
    const signature = sig ?? (await wxSignature(token, ts, NONCE))
    return {
      path: `/webhook/wechat?signature=${signature}&timestamp=${ts}&nonce=${NONCE}&openid=o_user`,
      init: { method: 'POST', body },
    }
  }
  const msgId = (id: string) =>
    String(1e15 + ([...id].reduce((n, c) => n * 31 + c.charCodeAt(0), 7) % 1e9))
  return {
    name: 'wechat (plaintext)',
    start: (): Session => ({
      app: appWith({ WECHAT_TOKEN: token }),
      async reply(res) {
        const t = await res.text()
        return res.status === 200 && t.startsWith('<xml') ? xmlText(parseXml(t), 'Content') : null
      },
    }),
    text: (text, id) => request(inner({ MsgType: 'text', Content: text, MsgId: msgId(id) })),
    forged: (text, id) =>
      request(
        inner({ MsgType: 'text', Content: text, MsgId: msgId(id) }),
        String(NOW_S),
        '0'.repeat(40)
      ),
    stale: (text, id) =>
      request(inner({ MsgType: 'text', Content: text, MsgId: msgId(id) }), String(NOW_S - 3600)),
    nonText: (id) =>
      request(
        inner({
          MsgType: 'image',
          PicUrl: 'http://mmbiz.qpic.cn/x',
          MediaId: 'm',
          MsgId: msgId(id),
        })
      ),
    notApplicable: { group: 'Official Accounts only have 1:1 chats' },
    measure: utf8Length,
    max: WX_TEXT_MAX_BYTES,
    nonTextHint: NON_TEXT_HINT,
    ask: askAt,
  }
}

// ---------------------------------------------------------------- WeChat (safe mode) ---------

const wxSafe = wechatSamples.safeMode

export function wechatSafeCrypt() {
  return createWxCrypt({
    token: wxSafe.token,
    encodingAesKey: wxSafe.encodingAesKey,
    receiveId: wxSafe.appId,
  })
}

function wechatSafe(): ContractHarness {
  const crypt = wechatSafeCrypt()
  const request = async (innerXml: string, ts = String(NOW_S), forge = false): Promise<Sent> => {
    const encrypt = await crypt.encrypt(innerXml)
    const signature = await wxSignature(wxSafe.token, ts, NONCE)
    const msgSig = forge ? '0'.repeat(40) : await crypt.sign(ts, NONCE, encrypt)
    const body = buildXml({ ToUserName: 'gh_test', Encrypt: encrypt })
    return {
      path: `/webhook/wechat?signature=${signature}&timestamp=${ts}&nonce=${NONCE}&openid=o_user&encrypt_type=aes&msg_signature=${msgSig}`,
      init: { method: 'POST', body },
    }
  }
  const inner = (fields: Record<string, string | number>) =>
    buildXml({ ToUserName: 'gh_test', FromUserName: 'o_user', CreateTime: NOW_S, ...fields })
  return {
    name: 'wechat (safe mode)',
    start: (): Session => ({
      app: appWith({
        WECHAT_TOKEN: wxSafe.token,
        WECHAT_APP_ID: wxSafe.appId,
        WECHAT_ENCODING_AES_KEY: wxSafe.encodingAesKey,
      }),
      async reply(res) {
        const t = await res.text()
        if (res.status !== 200 || !t.startsWith('<xml')) return null
        const env = parseXml(t)
        const encrypt = xmlText(env, 'Encrypt')
        if (
          !(await crypt.verify(
            xmlText(env, 'MsgSignature'),
            xmlText(env, 'TimeStamp'),
            xmlText(env, 'Nonce'),
            encrypt
          ))
        )
          throw new Error('reply signature does not verify')
        return xmlText(parseXml(await crypt.decrypt(encrypt)), 'Content')
      },
    }),
    text: (text, id) =>
      request(
        inner({
          MsgType: 'text',
          Content: text,
          MsgId: `9${id.length}${id.charCodeAt(0)}${id.charCodeAt(id.length - 1)}`,
        })
      ),
    forged: (text, id) =>
      request(inner({ MsgType: 'text', Content: text, MsgId: id }), String(NOW_S), true),
    stale: (text, id) =>
      request(inner({ MsgType: 'text', Content: text, MsgId: id }), String(NOW_S - 3600)),
    nonText: (id) =>
      request(inner({ MsgType: 'location', Location_X: '23.1', Location_Y: '113.3', MsgId: id })),
    notApplicable: { group: 'Official Accounts only have 1:1 chats' },
    measure: utf8Length,
    max: WX_TEXT_MAX_BYTES,
    nonTextHint: NON_TEXT_HINT,
    ask: askAt,
  }
}

// ---------------------------------------------------------------- WeCom app ------------------

const wc = wecomSamples.callbackSample

export function wecomCrypt() {
  return createWxCrypt({ token: wc.token, encodingAesKey: wc.encodingAesKey, receiveId: wc.corpId })
}

export const WECOM_ENV = {
  WECOM_TOKEN: wc.token,
  WECOM_ENCODING_AES_KEY: wc.encodingAesKey,
  WECOM_CORP_ID: wc.corpId,
}

function wecom(): ContractHarness {
  const crypt = wecomCrypt()
  const inner = (fields: Record<string, string | number>) =>
    buildXml({
      ToUserName: wc.corpId,
      FromUserName: 'ChenJiaShun',
      CreateTime: NOW_S,
      AgentID: 1000002,
      ...fields,
    })
  const request = async (innerXml: string, ts = String(NOW_S), forge = false): Promise<Sent> => {
    const encrypt = await crypt.encrypt(innerXml)
    const sig = forge ? '0'.repeat(40) : await crypt.sign(ts, NONCE, encrypt)
    return {
      path: `/webhook/wecom?msg_signature=${sig}&timestamp=${ts}&nonce=${NONCE}`,
      init: {
        method: 'POST',
        body: buildXml({ ToUserName: wc.corpId, Encrypt: encrypt, AgentID: '1000002' }),
      },
    }
  }
  return {
    name: 'wecom (self-built app)',
    start: (): Session => ({
      app: appWith(WECOM_ENV),
      async reply(res) {
        const t = await res.text()
        if (res.status !== 200 || !t.startsWith('<xml')) return null
        const env = parseXml(t)
        const encrypt = xmlText(env, 'Encrypt')
        if (
          !(await crypt.verify(
            xmlText(env, 'MsgSignature'),
            xmlText(env, 'TimeStamp'),
            xmlText(env, 'Nonce'),
            encrypt
          ))
        )
          throw new Error('reply signature does not verify')
        return xmlText(parseXml(await crypt.decrypt(encrypt)), 'Content')
      },
    }),
    text: (text, id) => request(inner({ MsgType: 'text', Content: text, MsgId: id })),
    forged: (text, id) =>
      request(inner({ MsgType: 'text', Content: text, MsgId: id }), String(NOW_S), true),
    stale: (text, id) =>
      request(inner({ MsgType: 'text', Content: text, MsgId: id }), String(NOW_S - 3600)),
    nonText: (id) =>
      request(
        inner({
          MsgType: 'image',
          PicUrl: 'https://example.invalid/p.jpg',
          MediaId: 'm',
          MsgId: id,
        })
      ),
    notApplicable: { group: 'self-built app messages are 1:1' },
    measure: utf8Length,
    max: WX_TEXT_MAX_BYTES,
    nonTextHint: NON_TEXT_HINT,
    ask: askAt,
  }
}

// ---------------------------------------------------------------- WeCom smart robot ----------

export function wecomBotCrypt() {
  return createWxCrypt({ token: wc.token, encodingAesKey: wc.encodingAesKey, receiveId: '' })
}

export const WECOM_BOT_ENV = {
  WECOM_BOT_TOKEN: wc.token,
  WECOM_BOT_ENCODING_AES_KEY: wc.encodingAesKey,
}

export async function wecomBotRequest(
  message: object,
  ts = String(NOW_S),
  forge = false
): Promise<Sent> {
  const crypt = wecomBotCrypt()
  const encrypt = await crypt.encrypt(JSON.stringify(message))
  const sig = forge ? '0'.repeat(40) : await crypt.sign(ts, NONCE, encrypt)
  return {
    path: `/webhook/wecom-bot?msg_signature=${sig}&timestamp=${ts}&nonce=${NONCE}`,
    init: { method: 'POST', body: JSON.stringify({ encrypt }) },
  }
}

export async function readWecomBotReply(res: Response): Promise<Record<string, unknown> | null> {
  const t = await res.text()
  if (res.status !== 200 || !t) return null
  const env = JSON.parse(t) as {
    encrypt: string
    msgsignature: string
    timestamp: number
    nonce: string
  }
  const crypt = wecomBotCrypt()
  if (!(await crypt.verify(env.msgsignature, String(env.timestamp), env.nonce, env.encrypt)))
    throw new Error('reply signature does not verify')
  return JSON.parse(await crypt.decrypt(env.encrypt)) as Record<string, unknown>
}

function wecomBot(): ContractHarness {
  const msg = (id: string, extra: object) => ({
    msgid: id,
    aibotid: 'AIBOTID',
    chattype: 'single',
    from: { userid: 'USERID' },
    response_url: 'https://example.invalid/r',
    ...extra,
  })
  return {
    name: 'wecom-bot (smart robot)',
    start: (): Session => ({
      app: appWith(WECOM_BOT_ENV),
      async reply(res) {
        const r = await readWecomBotReply(res)
        if (!r) return null
        const stream = r['stream'] as { content?: string } | undefined
        const text = r['text'] as { content?: string } | undefined
        return stream?.content ?? text?.content ?? null
      },
    }),
    text: (text, id) => wecomBotRequest(msg(id, { msgtype: 'text', text: { content: text } })),
    forged: (text, id) =>
      wecomBotRequest(msg(id, { msgtype: 'text', text: { content: text } }), String(NOW_S), true),
    stale: (text, id) =>
      wecomBotRequest(msg(id, { msgtype: 'text', text: { content: text } }), String(NOW_S - 3600)),
    nonText: (id) =>
      wecomBotRequest(msg(id, { msgtype: 'image', image: { url: 'https://example.invalid/i' } })),
    groupText: (text, id, member) =>
      wecomBotRequest(
        msg(id, {
          chattype: 'group',
          chatid: 'CHATID',
          from: { userid: member },
          msgtype: 'text',
          text: { content: `@工友 ${text}` },
        })
      ),
    notApplicable: { group: 'WeCom delivers only messages that @ the robot in groups' },
    measure: utf8Length,
    max: WECOM_BOT_MARKDOWN_MAX_BYTES,
    nonTextHint: NON_TEXT_HINT,
    ask: askAt,
  }
}

// ---------------------------------------------------------------- Feishu ---------------------

export const FEISHU_TOKEN = feishuSamples.messageEvent.header.token
export const FEISHU_KEY = feishuSamples.aesDecrypt.encryptKey
export const FEISHU_ENV = {
  FEISHU_APP_ID: 'cli_test',
  FEISHU_APP_SECRET: 'secret_test',
  FEISHU_VERIFICATION_TOKEN: FEISHU_TOKEN,
  FEISHU_ENCRYPT_KEY: FEISHU_KEY,
  FEISHU_API_ROOT: 'https://feishu.invalid',
}
export const FEISHU_BOT_OPEN_ID = 'ou_bot_gongyou'

/** Independent (node:crypto) Feishu encryption: key = SHA-256(encrypt key), random IV prefix. */
export function feishuEncrypt(key: string, plain: string): string {
  const iv = randomBytes(16)
  const c = createCipheriv('aes-256-cbc', createHash('sha256').update(key).digest(), iv)
  return Buffer.concat([iv, c.update(plain, 'utf8'), c.final()]).toString('base64')
}

export function feishuSigned(raw: string, ts = String(NOW_S), forge = false): Sent {
  const nonce = 'n-' + ts
  const sig = forge
    ? 'deadbeef'.repeat(8)
    : createHash('sha256')
        .update(ts + nonce + FEISHU_KEY + raw)
        .digest('hex')
  return {
    path: '/webhook/feishu',
    init: {
      method: 'POST',
      body: raw,
      headers: {
        'content-type': 'application/json',
        'x-lark-request-timestamp': ts,
        'x-lark-request-nonce': nonce,
        'x-lark-signature': sig,
      },
    },
  }
}

export function feishuEvent(id: string, message: Record<string, unknown>): object {
  const base = feishuSamples.messageEvent
  return {
    ...base,
    header: { ...base.header, event_id: `ev-${id}` },
    event: {
      ...base.event,
      message: {
        ...base.event.message,
        message_id: `om_${id}`,
        chat_type: 'p2p',
        mentions: [],
        ...message,
      },
    },
  }
}

/** A fake Feishu Open API as a fetch function: records every call, answers like Feishu. */
export function fakeFeishuFetch() {
  const calls: Array<{ url: string; method: string; body: unknown; auth: string | null }> = []
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input)
    const headers = new Headers(init?.headers)
    calls.push({
      url,
      method: init?.method ?? 'GET',
      body: init?.body ? JSON.parse(String(init.body)) : null,
      auth: headers.get('authorization'),
    })
    if (url.endsWith('/open-apis/auth/v3/tenant_access_token/internal'))
      return Response.json({ code: 0, msg: 'ok', tenant_access_token: 't-fake', expire: 7200 })
    if (url.endsWith('/open-apis/bot/v3/info'))
      return Response.json({ code: 0, bot: { open_id: FEISHU_BOT_OPEN_ID } })
    if (url.includes('/reply')) return Response.json({ code: 0, data: {} })
    return Response.json({ code: 404, msg: 'unknown' }, { status: 404 })
  }
  return { calls, fetchFn }
}

/** The text of a reply content (post: its text and link elements, line by line). */
export function feishuReplyText(body: { msg_type: string; content: string }): string {
  const content = JSON.parse(body.content) as {
    text?: string
    zh_cn?: { title: string; content: Array<Array<{ text: string }>> }
  }
  if (body.msg_type === 'text') return content.text ?? ''
  if (body.msg_type === 'interactive') {
    // A card: its title and markdown text (the 👍/👎 buttons carry no text of the answer).
    const card = content as {
      header?: { title: { content: string } }
      elements: Array<{ tag: string; content?: string }>
    }
    return [
      card.header?.title.content ?? '',
      ...card.elements.filter((e) => e.tag === 'markdown').map((e) => e.content ?? ''),
    ].join('\n')
  }
  return [
    content.zh_cn?.title ?? '',
    ...(content.zh_cn?.content ?? []).map((row) => row.map((e) => e.text).join('')),
  ].join('\n')
}

function feishu(): ContractHarness {
  const wrap = (event: object) =>
    JSON.stringify({ encrypt: feishuEncrypt(FEISHU_KEY, JSON.stringify(event)) })
  return {
    name: 'feishu',
    start: (): Session => {
      const fake = fakeFeishuFetch()
      vi.stubGlobal('fetch', fake.fetchFn)
      let read = 0
      return {
        app: appWith(FEISHU_ENV),
        async reply(res) {
          await res.text()
          const replies = fake.calls.slice(read).filter((c) => c.url.includes('/reply'))
          read = fake.calls.length
          const last = replies[replies.length - 1]
          return last ? feishuReplyText(last.body as { msg_type: string; content: string }) : null
        },
      }
    },
    text: async (text, id) =>
      feishuSigned(wrap(feishuEvent(id, { content: JSON.stringify({ text }) }))),
    forged: async (text, id) =>
      feishuSigned(
        wrap(feishuEvent(id, { content: JSON.stringify({ text }) })),
        String(NOW_S),
        true
      ),
    stale: async (text, id) =>
      feishuSigned(
        wrap(feishuEvent(id, { content: JSON.stringify({ text }) })),
        String(NOW_S - 7200)
      ),
    nonText: async (id) =>
      feishuSigned(
        wrap(
          feishuEvent(id, {
            message_type: 'image',
            content: JSON.stringify({ image_key: 'img_x' }),
          })
        )
      ),
    groupUnaddressed: async (text, id) =>
      feishuSigned(
        wrap(
          feishuEvent(id, { chat_type: 'group', content: JSON.stringify({ text }), mentions: [] })
        )
      ),
    groupText: async (text, id, member) => {
      const event = feishuEvent(id, {
        chat_type: 'group',
        chat_id: 'oc_group',
        content: JSON.stringify({ text: `@_user_1 ${text}` }),
        mentions: [{ key: '@_user_1', id: { open_id: FEISHU_BOT_OPEN_ID }, name: '工友' }],
      }) as { event: Record<string, unknown> }
      const sender = { sender_id: { open_id: member }, sender_type: 'user' }
      return feishuSigned(wrap({ ...event, event: { ...event.event, sender } }))
    },
    measure: charLength,
    max: FEISHU_POST_MAX_CHARS,
    nonTextHint: NON_TEXT_HINT,
    ask: askAt,
  }
}

// ---------------------------------------------------------------- DingTalk -------------------

export const DINGTALK_SECRET = 'this is secret'

export function dingtalkSent(body: object, tsMs = String(NOW_S * 1000), forge = false): Sent {
  const sign = forge
    ? 'AAAA' + createHmac('sha256', 'other').update(tsMs).digest('base64').slice(4)
    : createHmac('sha256', DINGTALK_SECRET).update(`${tsMs}\n${DINGTALK_SECRET}`).digest('base64')
  return {
    path: '/webhook/dingtalk',
    init: {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', timestamp: tsMs, sign },
    },
  }
}

export function dingtalkMessage(id: string, extra: object): object {
  return {
    ...dingtalkCallback,
    msgId: `msg-${id}`,
    conversationType: '1',
    isInAtList: false,
    ...extra,
  }
}

function dingtalk(): ContractHarness {
  return {
    name: 'dingtalk',
    start: (): Session => ({
      app: appWith({ DINGTALK_APP_SECRET: DINGTALK_SECRET }),
      async reply(res) {
        if (res.status !== 200) return null
        const r = (await res.json()) as {
          markdown?: { text: string }
          actionCard?: { text: string }
          text?: { content: string }
        }
        return r.markdown?.text ?? r.actionCard?.text ?? r.text?.content ?? null
      },
    }),
    text: async (text, id) => dingtalkSent(dingtalkMessage(id, { text: { content: text } })),
    forged: async (text, id) =>
      dingtalkSent(dingtalkMessage(id, { text: { content: text } }), String(NOW_S * 1000), true),
    stale: async (text, id) =>
      dingtalkSent(dingtalkMessage(id, { text: { content: text } }), String((NOW_S - 7200) * 1000)),
    nonText: async (id) =>
      dingtalkSent(
        dingtalkMessage(id, { msgtype: 'picture', text: undefined, content: { downloadCode: 'x' } })
      ),
    groupUnaddressed: async (text, id) =>
      dingtalkSent(
        dingtalkMessage(id, { conversationType: '2', isInAtList: false, text: { content: text } })
      ),
    groupText: async (text, id, member) =>
      dingtalkSent(
        dingtalkMessage(id, {
          conversationType: '2',
          isInAtList: true,
          senderStaffId: member,
          text: { content: ` ${text}` },
        })
      ),
    measure: utf8Length,
    max: DINGTALK_MARKDOWN_MAX_BYTES,
    nonTextHint: NON_TEXT_HINT,
    ask: askAt,
  }
}

// ---------------------------------------------------------------- Telegram -------------------

const TG_TOKEN = '123456:TEST-token'
const TG_SECRET = 'test_secret_1'

/** The Telegram route as create-app wires it, with the bot's API calls captured. */
export function telegramApp() {
  const calls: Array<{ method: string; payload: Record<string, unknown> }> = []
  const bot = createTelegramBot({
    token: TG_TOKEN,
    username: 'gongyou_bot',
    ask: askAt,
    library,
    now,
  })
  bot.api.config.use((_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> })
    return Promise.resolve({
      ok: true,
      result:
        method === 'sendMessage'
          ? { message_id: 1, date: 0, chat: { id: 42, type: 'private' } }
          : true,
    } as never)
  })
  const adapter = createTelegramAdapter({ bot, secretToken: TG_SECRET })
  const app = new Hono()
  app.post('/webhook/telegram', (c) => adapter.handle(c.req.raw))
  return { app, calls }
}

function telegram(): ContractHarness {
  let updateId = 1000
  const ids = new Map<string, number>()
  const uid = (id: string) => ids.get(id) ?? (ids.set(id, ++updateId), updateId)
  const update = (id: string, message: object, secret = TG_SECRET): Sent => ({
    path: '/webhook/telegram',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      body: JSON.stringify({
        update_id: uid(id),
        message: {
          message_id: uid(id),
          date: NOW_S,
          chat: { id: 42, type: 'private', first_name: 'A' },
          from: { id: 42, is_bot: false, first_name: 'A' },
          ...message,
        },
      }),
    },
  })
  return {
    name: 'telegram',
    start: (): Session => {
      const { app, calls } = telegramApp()
      let read = 0
      return {
        app,
        async reply(res) {
          await res.text()
          const sent = calls.slice(read).filter((c) => c.method === 'sendMessage')
          read = calls.length
          return sent.length ? String(sent[sent.length - 1]!.payload['text']) : null
        },
      }
    },
    text: async (text, id) => update(id, { text }),
    forged: async (text, id) => update(id, { text }, 'wrong_secret'),
    nonText: async (id) =>
      update(id, {
        sticker: {
          file_id: 'f',
          file_unique_id: 'u',
          type: 'regular',
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      }),
    groupUnaddressed: async (text, id) =>
      update(id, { text, chat: { id: -100, type: 'supergroup', title: 'g' } }),
    groupText: async (text, id, member) =>
      update(id, {
        text: `@gongyou_bot ${text}`,
        chat: { id: -100, type: 'supergroup', title: 'g' },
        from: {
          id: Number(`7${member.charCodeAt(member.length - 1)}`),
          is_bot: false,
          first_name: member,
        },
      }),
    notApplicable: { stale: 'Telegram webhooks carry a secret token, not a timestamp' },
    measure: charLength,
    max: TELEGRAM_MAX,
    nonTextHint: NON_TEXT_HINT,
    ask: askAt,
  }
}

export const HARNESSES: ContractHarness[] = [
  wechatPlain(),
  wechatSafe(),
  wecom(),
  wecomBot(),
  feishu(),
  dingtalk(),
  telegram(),
]

// ---------------------------------------------------------------- /api/chat ------------------

/** The JSON endpoint: `{ chatId, text }` in, the reply's plain text read back. */
export function chatApiHarness(): DialogueHarness {
  const post = (body: object): Sent => ({
    path: '/api/chat',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  })
  return {
    name: 'api/chat',
    start: (): Session => ({
      app: appWith({}),
      async reply(res) {
        const body = (await res.json()) as { reply: { text: string } | null }
        return body.reply?.text ?? null
      },
    }),
    text: async (text) => post({ chatId: 'web-1', text }),
    notApplicable: { group: 'the web page is one person per chatId' },
    measure: charLength,
    max: 4000,
  }
}
