import type { Context } from 'grammy'

/** True in groups and supergroups. */
export function isGroup(ctx: Context): boolean {
  return ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup'
}

/** In groups the bot speaks only when addressed: an @mention or a reply to one of its messages. */
export function addressedText(ctx: Context, username: string): string | null {
  const msg = ctx.message
  const text = msg?.text
  if (!msg || !text) return null
  if (!isGroup(ctx)) return text
  const mention = `@${username}`.toLowerCase()
  if (text.toLowerCase().includes(mention))
    return text.replace(new RegExp(`@${username}`, 'ig'), ' ').trim()
  if (msg.reply_to_message?.from?.username?.toLowerCase() === username.toLowerCase()) return text
  return null
}
