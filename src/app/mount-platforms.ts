import type { Context, Hono } from 'hono'
import type { AppContext } from './app-context'
import type { Config } from './config'
import type { PlatformStatus } from './platform-status'
import { createWechatAdapter } from '../platforms/wechat'
import { createWecomAdapter } from '../platforms/wecom'
import { createWecomBotAdapter } from '../platforms/wecom-bot'
import {
  createFeishuAdapter,
  createFeishuFetchClient,
  type FeishuClient,
} from '../platforms/feishu'
import { createDingtalkAdapter } from '../platforms/dingtalk'
import type { ChatDeps } from '../chat'
import type { HandleOptions, PlatformAdapter } from '../platforms/shared/platform'
import type { ChatOverrides } from './chat-deps'

/** Parts a deployment or a test may swap. */
export interface PlatformOverrides extends ChatOverrides {
  feishuClient?: FeishuClient
}

/** Returns the values when every named var is set, null when none is, and throws on a partial set. */
function group<K extends keyof Config>(
  config: Config,
  platform: string,
  names: K[]
): Record<K, string> | null {
  const set = names.filter((n) => config[n] !== undefined)
  if (set.length === 0) return null
  if (set.length < names.length) {
    const missing = names.filter((n) => config[n] === undefined)
    throw new Error(`${platform}: ${set.join(', ')} set but ${missing.join(', ')} missing`)
  }
  return Object.fromEntries(names.map((n) => [n, String(config[n])])) as Record<K, string>
}

/** Workers give each request an executionCtx; Node has none (Hono's getter throws). */
function handleOptions(c: Context, ctx: AppContext): HandleOptions {
  try {
    const ec = c.executionCtx
    // A platform that answers in the background asks there; its report write comes after that.
    return { waitUntil: (p) => ec.waitUntil(p.finally(() => ctx.settleReports?.())) }
  } catch {
    return {}
  }
}

/**
 * Mounts the chat-platform webhooks other than Telegram (WeChat, WeCom, WeCom robot, Feishu,
 * DingTalk; Telegram is mounted lazily by mountTelegram), each over the conversation layer. A platform whose env vars are unset is off: its route is not
 * mounted and answers 404. Throws at start-up when a platform is only partly configured or a key
 * is malformed.
 */
export function mountPlatforms(
  app: Hono,
  ctx: AppContext,
  deps: (platform: string) => ChatDeps,
  overrides: PlatformOverrides = {},
  status?: PlatformStatus
): void {
  const { config } = ctx
  const mount = (path: string, methods: Array<'GET' | 'POST'>, adapter: PlatformAdapter) => {
    app.on(methods, path, (c) => adapter.handle(c.req.raw, handleOptions(c, ctx)))
    status?.set(path.slice(path.lastIndexOf('/') + 1), 'webhook')
  }

  if (config.WECHAT_TOKEN) {
    const safe = group(config, 'WeChat safe mode', ['WECHAT_APP_ID', 'WECHAT_ENCODING_AES_KEY'])
    mount(
      '/webhook/wechat',
      ['GET', 'POST'],
      createWechatAdapter({
        ...deps('wechat'),
        token: config.WECHAT_TOKEN,
        ...(safe
          ? { appId: safe.WECHAT_APP_ID, encodingAesKey: safe.WECHAT_ENCODING_AES_KEY }
          : {}),
      })
    )
  } else if (config.WECHAT_APP_ID || config.WECHAT_ENCODING_AES_KEY) {
    throw new Error('WeChat: WECHAT_TOKEN is required')
  }

  const wecom = group(config, 'WeCom', ['WECOM_TOKEN', 'WECOM_ENCODING_AES_KEY', 'WECOM_CORP_ID'])
  if (wecom)
    mount(
      '/webhook/wecom',
      ['GET', 'POST'],
      createWecomAdapter({
        ...deps('wecom'),
        token: wecom.WECOM_TOKEN,
        encodingAesKey: wecom.WECOM_ENCODING_AES_KEY,
        corpId: wecom.WECOM_CORP_ID,
      })
    )

  const bot = group(config, 'WeCom robot', ['WECOM_BOT_TOKEN', 'WECOM_BOT_ENCODING_AES_KEY'])
  // GET answers the URL check WeCom makes when the callback is saved.
  if (bot)
    mount(
      '/webhook/wecom-bot',
      ['GET', 'POST'],
      createWecomBotAdapter({
        ...deps('wecom-bot'),
        token: bot.WECOM_BOT_TOKEN,
        encodingAesKey: bot.WECOM_BOT_ENCODING_AES_KEY,
      })
    )

  // FEISHU_MODE=ws and DINGTALK_MODE=stream connect out from the Node entry (src/runtimes):
  // no route here, and the webhook's own variables are not needed.
  const feishu =
    config.FEISHU_MODE !== 'webhook'
      ? null
      : group(config, 'Feishu', ['FEISHU_APP_ID', 'FEISHU_APP_SECRET', 'FEISHU_VERIFICATION_TOKEN'])
  if (feishu)
    mount(
      '/webhook/feishu',
      ['POST'],
      createFeishuAdapter({
        ...deps('feishu'),
        verificationToken: feishu.FEISHU_VERIFICATION_TOKEN,
        ...(config.FEISHU_ENCRYPT_KEY ? { encryptKey: config.FEISHU_ENCRYPT_KEY } : {}),
        client:
          overrides.feishuClient ??
          createFeishuFetchClient({
            appId: feishu.FEISHU_APP_ID,
            appSecret: feishu.FEISHU_APP_SECRET,
            ...(config.FEISHU_API_ROOT ? { apiRoot: config.FEISHU_API_ROOT } : {}),
          }),
      })
    )
  else if (
    config.FEISHU_MODE === 'webhook' &&
    (config.FEISHU_ENCRYPT_KEY || config.FEISHU_API_ROOT)
  )
    throw new Error(
      'Feishu: FEISHU_APP_ID, FEISHU_APP_SECRET and FEISHU_VERIFICATION_TOKEN are required'
    )

  if (config.DINGTALK_APP_SECRET && config.DINGTALK_MODE === 'webhook')
    mount(
      '/webhook/dingtalk',
      ['POST'],
      createDingtalkAdapter({ ...deps('dingtalk'), appSecret: config.DINGTALK_APP_SECRET })
    )
}
