/**
 * @module The conversation layer: handleInbound(message, deps) → Reply | null, once for every channel.
 */
export {
  handleInbound,
  ChatSendError,
  INLINE_MAX_CARDS,
  type HandleInboundOptions,
} from './handle-inbound'
export {
  type InboundMessage,
  type InboundContent,
  type Reply,
  type Choice,
  noticeReply,
} from './inbound'
export type { ChatDeps, ChatLog } from './deps'
export {
  createConversations,
  conversationKey,
  CONVERSATION_TTL_SECONDS,
  type Conversation,
  type Conversations,
  type CalcSession,
} from './conversation'
export {
  createMemoryDedupStore,
  createKvDedupStore,
  DEDUP_TTL_SECONDS,
  type DedupStore,
} from './dedup-store'
export {
  createMemoryKeyValueStore,
  createWorkersKeyValueStore,
  layered,
  type KeyValueStore,
  type WorkersKvNamespace,
} from './kv-store'
export { createChatLimits, GROUP_LIMIT_FACTOR, type ChatLimits } from './limits'
export { createRateLimiter, type RateLimiter, type RateDecision } from './rate-limit'
export { hasSensitiveNumber, maskPersonal, maskSensitive } from './mask'
export { CHAT_TEXT } from './messages'
export { type FeedbackEvent, feedbackReplyOf } from './feedback'
export { chatKey, fnv1a } from './fingerprint'
