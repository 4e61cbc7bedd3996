/**
 * The kinds of message the XML and JSON chat channels deliver, mapped once to what the
 * conversation layer handles.
 * @module
 */
import type { InboundContent } from '../../chat'

/** A channel's message kinds (WeChat/WeCom app: subscribe, event; WeCom robot: enter, ignore). */
export type ChannelMessage =
  | { kind: 'text'; text: string }
  | { kind: 'voice'; recognition: string }
  | { kind: 'subscribe' | 'enter' }
  | { kind: 'event' | 'ignore' }
  | { kind: 'other' }

/** Text and recognised voice are questions; a new follower gets the welcome; the rest a hint. */
export function inboundContent(m: ChannelMessage): InboundContent {
  switch (m.kind) {
    case 'text':
      return { kind: 'text', text: m.text }
    case 'voice':
      return m.recognition.trim()
        ? { kind: 'text', text: m.recognition }
        : { kind: 'voice-unrecognized' }
    case 'subscribe':
    case 'enter':
      return { kind: 'welcome' }
    case 'event':
    case 'ignore':
      return { kind: 'ignore' }
    default:
      return { kind: 'non-text' }
  }
}
