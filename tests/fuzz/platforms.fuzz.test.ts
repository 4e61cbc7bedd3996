/**
 * The chat-platform adapters (WeChat, WeCom, WeCom robot, Feishu, DingTalk) on arbitrary input:
 * their parsers never fail with a programming error (TypeError, RangeError, ReferenceError), and
 * their webhooks — all mounted, with test credentials — never answer 5xx, signed or not.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Hono } from 'hono'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { setLogSink } from '../../src/app/log'
import { parseWechatBody } from '../../src/platforms/wechat'
import { parseWecomMessage } from '../../src/platforms/wecom'
import { parseWecomBotMessage } from '../../src/platforms/wecom-bot'
import { parseFeishuCallback } from '../../src/platforms/feishu'
import { dingtalkSign, parseDingtalkCallback } from '../../src/platforms/dingtalk'
import { parseXml } from '../../src/platforms/shared/xml'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { anyString, questionLike, RUNS } from './arbitraries'
import { type FakeBotApi, startFakeBotApi } from './fake-bot-api'

const PROGRAMMING_ERRORS = ['TypeError', 'RangeError', 'ReferenceError']

/** Runs a parser; a thrown error is fine unless it is a programming error. */
function noProgrammingError(parse: () => unknown): void {
  try {
    parse()
  } catch (err) {
    if (PROGRAMMING_ERRORS.includes((err as Error)?.name)) throw err
  }
}

const fixture = (name: string): string => {
  try {
    return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
  } catch {
    return '{}'
  }
}

/** XML-ish text: tags the WeChat family uses, with arbitrary contents, nesting and CDATA. */
const xmlish = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'ToUserName',
        'FromUserName',
        'CreateTime',
        'MsgType',
        'Content',
        'MsgId',
        'Encrypt',
        'AgentID',
        'Event',
        'xml',
        'x'
      ),
      fc.oneof(
        questionLike(30),
        anyString(20),
        fc.constantFrom(
          'text',
          'event',
          'image',
          'voice',
          '<![CDATA[a]]>',
          '&amp;',
          '&#x0;',
          ']]>',
          '<a><b>'
        )
      )
    ),
    { maxLength: 8 }
  )
  .map((fields) => `<xml>${fields.map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`).join('')}</xml>`)

/** JSON values shaped like the platforms' callbacks, and anything else. */
const objectish = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      schema: fc.constantFrom('2.0', 'x'),
      type: fc.constantFrom('url_verification', 'event_callback', 'x'),
      token: fc.constantFrom('fuzz-verify', 'wrong'),
      challenge: fc.string({ maxLength: 10 }),
      header: fc.record(
        {
          event_type: fc.constantFrom('im.message.receive_v1', 'x'),
          token: fc.constantFrom('fuzz-verify', 'wrong'),
          event_id: fc.string({ maxLength: 8 }),
        },
        { requiredKeys: [] }
      ),
      event: fc.record(
        {
          message: fc.record(
            {
              message_type: fc.constantFrom('text', 'image', 'post', 'x'),
              chat_type: fc.constantFrom('p2p', 'group', 'x'),
              content: fc.oneof(
                questionLike(40).map((text) => JSON.stringify({ text })),
                anyString(30)
              ),
              message_id: fc.string({ maxLength: 8 }),
              mentions: fc.jsonValue(),
            },
            { requiredKeys: [] }
          ),
          sender: fc.jsonValue(),
        },
        { requiredKeys: [] }
      ),
      msgtype: fc.constantFrom('text', 'markdown', 'picture', 'x'),
      text: fc.oneof(fc.record({ content: questionLike(60) }), fc.jsonValue()),
      conversationType: fc.constantFrom('1', '2', 3),
      sessionWebhook: fc.constantFrom(
        'https://oapi.dingtalk.com/robot/sendBySession?session=x',
        'http://evil.example/x',
        ''
      ),
      msgId: fc.string({ maxLength: 8 }),
      chattype: fc.constantFrom('single', 'group'),
      isInAtList: fc.boolean(),
    },
    { requiredKeys: [] }
  )
)

describe(`platform parsers on arbitrary input: no programming errors (${RUNS.core} runs per property)`, () => {
  it('parseXml, parseWechatBody, parseWecomMessage on XML-ish text and garbage', () => {
    fc.assert(
      fc.property(fc.oneof(xmlish, anyString(300)), (text) => {
        noProgrammingError(() => parseXml(text))
        noProgrammingError(() => parseWechatBody(text))
        noProgrammingError(() => parseWecomMessage(text))
      }),
      { numRuns: RUNS.core }
    )
  }, 120_000)

  it('parseWecomBotMessage and parseDingtalkCallback on JSON and garbage', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          objectish.map((v) => JSON.stringify(v)),
          anyString(300),
          fc.constant(fixture('dingtalk/callback-text.json'))
        ),
        (text) => {
          noProgrammingError(() => parseWecomBotMessage(text))
          noProgrammingError(() => parseDingtalkCallback(text))
        }
      ),
      { numRuns: RUNS.core }
    )
  }, 120_000)

  it('parseFeishuCallback on arbitrary objects', () => {
    fc.assert(
      fc.property(objectish, (v) => {
        if (v && typeof v === 'object' && !Array.isArray(v))
          noProgrammingError(() => parseFeishuCallback(v as Record<string, unknown>))
      }),
      { numRuns: RUNS.core }
    )
  }, 120_000)
})

describe(`platform webhooks with arbitrary requests: never 5xx (${RUNS.http} runs per property)`, () => {
  const APP_SECRET = 'fuzz-dingtalk-secret'
  let app: Hono
  let api: FakeBotApi
  let restoreSink: ReturnType<typeof setLogSink>

  beforeAll(async () => {
    restoreSink = setLogSink(() => {})
    api = await startFakeBotApi()
    app = createApp({
      library: loadBuiltLibrary(),
      config: parseConfig({
        WECHAT_TOKEN: 'fuzzwechat',
        WECOM_TOKEN: 'fuzzwecom',
        WECOM_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
        WECOM_CORP_ID: 'wwfuzz',
        WECOM_BOT_TOKEN: 'fuzzbot',
        WECOM_BOT_ENCODING_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
        FEISHU_APP_ID: 'cli_fuzz',
        FEISHU_APP_SECRET: 'fuzz',
        FEISHU_VERIFICATION_TOKEN: 'fuzz-verify',
        FEISHU_API_ROOT: api.apiRoot,
        DINGTALK_APP_SECRET: APP_SECRET,
      }),
    })
  })
  afterAll(async () => {
    setLogSink(restoreSink)
    await api.close()
  })

  const route = fc.constantFrom(
    '/webhook/wechat',
    '/webhook/wecom',
    '/webhook/wecom-bot',
    '/webhook/feishu',
    '/webhook/dingtalk'
  )
  const query = fc.oneof(
    fc.constant(''),
    fc
      .record(
        {
          signature: fc.string({ maxLength: 40 }),
          msg_signature: fc.string({ maxLength: 40 }),
          timestamp: fc.oneof(fc.nat().map(String), fc.string({ maxLength: 12 })),
          nonce: fc.string({ maxLength: 10 }),
          echostr: anyString(40),
          encrypt_type: fc.constantFrom('aes', 'raw', 'x'),
        },
        { requiredKeys: [] }
      )
      .map((q) => '?' + new URLSearchParams(q as Record<string, string>).toString())
  )
  const body = fc.oneof(
    xmlish,
    objectish.map((v) => JSON.stringify(v)),
    anyString(300)
  )

  it('any method, query and body; DingTalk requests correctly signed half the time', async () => {
    await fc.assert(
      fc.asyncProperty(
        route,
        fc.constantFrom('GET', 'POST', 'PUT'),
        query,
        body,
        fc.boolean(),
        async (path, method, q, b, signed) => {
          const headers: Record<string, string> = {
            'content-type':
              path.endsWith('wechat') || path.endsWith('/wecom') ? 'text/xml' : 'application/json',
          }
          if (signed && path.endsWith('dingtalk')) {
            const ts = String(Date.now())
            headers['timestamp'] = ts
            headers['sign'] = await dingtalkSign(APP_SECRET, ts)
          }
          const res = await app.request(path + q, {
            method,
            headers,
            ...(method === 'GET' ? {} : { body: b }),
          })
          expect(res.status).toBeLessThan(500)
          await res.arrayBuffer()
        }
      ),
      { numRuns: RUNS.http }
    )
  }, 180_000)
})
