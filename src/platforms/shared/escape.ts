import { charLength, truncateTo } from './limits'

/** Escapes text for HTML bodies (Telegram's HTML parse mode accepts exactly these three). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Cuts text to at most `max` characters (code points), ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return truncateTo(text, max, charLength)
}
