/**
 * Markdown for WeCom, DingTalk and Feishu. None of their dialects has a reliable escape, so
 * answer text that could start markup is turned into harmless full-width look-alikes.
 * @module
 */
import type { Reply } from '../../chat'
import type { Measure } from './limits'
import { type Markup, renderReply } from './render-reply'

const MARKDOWN_LOOKALIKE: Record<string, string> = {
  '*': '＊',
  _: '＿',
  '`': '｀',
  '[': '［',
  ']': '］',
  '<': '＜',
  '>': '＞',
  '#': '＃',
  '~': '～',
  '|': '｜',
}

/** Makes text literal in WeCom/DingTalk/Feishu markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[*_`[\]<>#~|]/g, (c) => MARKDOWN_LOOKALIKE[c] ?? c)
}

function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url.replace(/[()\s]/g, encodeURIComponent) : ''
}

/** The markdown markup shared by WeCom (stream/markdown), DingTalk and Feishu. */
export const MARKDOWN_MARKUP: Markup = {
  text: escapeMarkdown,
  heading: (s) => `**${escapeMarkdown(s)}**`,
  label: (s) => `**${escapeMarkdown(s)}**`,
  link: (label, url) => (safeUrl(url) ? `[${escapeMarkdown(label)}](${safeUrl(url)})` : ''),
  note: (s) => `> ${escapeMarkdown(s)}`,
}

/** Renders a reply as markdown within the channel's limit. */
export function renderMarkdown(
  reply: Reply,
  options: { max: number; measure?: Measure; feedbackAsText?: boolean }
): string {
  return renderReply(reply, MARKDOWN_MARKUP, options)
}
