/**
 * What the Node entry holds for each outbound connection it runs beside the HTTP server (Feishu's
 * long connection, DingTalk Stream).
 * @module
 */

/** A running connection. */
export interface OutboundConnection {
  /** Closes it and waits (briefly) for the messages in hand; the caller bounds the wait. */
  stop(): Promise<void>
}
