/**
 * A fake DingTalk Stream gateway on 127.0.0.1, close enough for the official SDK's DWClient
 * (dingtalk-stream 2.1.5, dist/client.mjs: getEndpoint, _connect, onDownStream, onSystem,
 * onCallback, socketCallBackResponse; dist/constants.mjs: TOPIC_ROBOT, RobotTextMessage):
 *
 * - POST /v1.0/gateway/connections/open with {clientId, clientSecret, ua, subscriptions} →
 *   {endpoint, ticket}; the client connects to `${endpoint}?ticket=…`. A wrong secret → 401.
 * - JSON frames down: {specVersion, type: SYSTEM|EVENT|CALLBACK, headers: {appId, connectionId,
 *   contentType, messageId, time, topic}, data}; robot messages are CALLBACK frames on topic
 *   /v1.0/im/bot/messages/get with the message JSON as `data`. A SYSTEM `ping` is echoed back.
 * - JSON frames up: the ack {code: 200, headers: {contentType, messageId}, message: 'OK', data}.
 * - The session webhook (POST /robot/sendBySession?session=…) answers {errcode: 0}.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type WebSocket, WebSocketServer } from 'ws'

export const FAKE_CLIENT_ID = 'dingfakeclientid0001'
export const FAKE_CLIENT_SECRET = 'fake-dingtalk-secret-value'
const TOPIC_ROBOT = '/v1.0/im/bot/messages/get'

export interface DingtalkReply {
  session: string
  msgtype: string
  /** The text of a text reply ('' for the other types). */
  text: string
}

export interface FakeDingtalk {
  /** DINGTALK_API_ROOT for the app. */
  apiRoot: string
  connections(): number
  gatewayCalls(): number
  /** What the client subscribed to on the last gateway call. */
  subscriptions(): Array<{ type: string; topic: string }>
  /** Replies posted to session webhooks. */
  replies: DingtalkReply[]
  /** Acks the client sent (messageId of the frame acknowledged). */
  acks: string[]
  /** The next `n` session-webhook calls fail (errcode 400013, as when a session expired). */
  failReplies(n: number): void
  /** Echoes of SYSTEM pings. */
  pongs: string[]
  /** Sends a robot message over the newest open connection. */
  sendRobotMessage(message: object, messageId: string): void
  /** Sends raw text as a frame (to show an unreadable one cannot crash anything). */
  sendRaw(text: string): void
  /** Sends a SYSTEM ping frame. */
  ping(id: string): void
  dropConnections(): void
  close(): Promise<void>
}

/** A 1:1 text message with its session webhook on this fake, created now. */
export function dingtalkTextMessage(
  apiRoot: string,
  msgId: string,
  text: string,
  session = 's1'
): Record<string, unknown> {
  return {
    conversationId: 'cidFakeConversation0001',
    chatbotCorpId: 'dingcorp',
    chatbotUserId: '$:LWCP_v1:$bot',
    msgId,
    senderNick: '工友',
    isAdmin: false,
    senderStaffId: 'staff0001',
    sessionWebhookExpiredTime: Date.now() + 3600_000,
    createAt: Date.now(),
    senderCorpId: 'dingcorp',
    conversationType: '1',
    senderId: '$:LWCP_v1:$sender0001',
    sessionWebhook: `${apiRoot}/robot/sendBySession?session=${session}`,
    robotCode: 'dingrobot',
    msgtype: 'text',
    text: { content: text },
  }
}

/** Starts the fake; `port` reuses a port (to come back after a kill). */
export async function startFakeDingtalk(port = 0): Promise<FakeDingtalk> {
  const replies: DingtalkReply[] = []
  const acks: string[] = []
  const pongs: string[] = []
  const sockets = new Set<WebSocket>()
  let connections = 0
  let gatewayCalls = 0
  let failing = 0
  let subscriptions: Array<{ type: string; topic: string }> = []
  const tickets = new Set<string>()
  let base = ''

  const server: Server = createServer((req, res) => {
    let raw = ''
    req.on('data', (c: Buffer) => (raw += c.toString()))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base)
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (url.pathname === '/v1.0/gateway/connections/open' && req.method === 'POST') {
        gatewayCalls++
        const body = JSON.parse(raw) as Record<string, unknown>
        if (body['clientId'] !== FAKE_CLIENT_ID || body['clientSecret'] !== FAKE_CLIENT_SECRET)
          return json(401, { code: 'InvalidAuthentication', message: 'bad credentials' })
        subscriptions = body['subscriptions'] as typeof subscriptions
        const ticket = `ticket-${gatewayCalls}`
        tickets.add(ticket)
        return json(200, { endpoint: `${base.replace('http', 'ws')}/connect`, ticket })
      }
      if (url.pathname === '/robot/sendBySession' && req.method === 'POST') {
        if (failing > 0) {
          failing--
          return json(200, { errcode: 400013, errmsg: 'session expired' })
        }
        const body = JSON.parse(raw) as { msgtype?: string; text?: { content?: string } }
        replies.push({
          session: url.searchParams.get('session') ?? '',
          msgtype: body.msgtype ?? '',
          text: body.text?.content ?? '',
        })
        return json(200, { errcode: 0, errmsg: 'ok' })
      }
      json(404, { code: 'NotFound' })
    })
  })

  const wss = new WebSocketServer({
    server,
    path: '/connect',
    // Only a ticket the gateway handed out opens a connection, as on DingTalk.
    verifyClient: (info: { req: { url?: string } }) =>
      tickets.has(new URL(info.req.url ?? '/', 'ws://x').searchParams.get('ticket') ?? ''),
  })
  wss.on('connection', (socket) => {
    connections++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as {
        code?: number
        headers?: { messageId?: string; topic?: string }
      }
      if (frame.headers?.topic === 'ping') pongs.push(frame.headers.messageId ?? '')
      else if (frame.code === 200 && frame.headers?.messageId) acks.push(frame.headers.messageId)
    })
  })

  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const newest = () => {
    const socket = [...sockets].at(-1)
    if (!socket) throw new Error('no open connection')
    return socket
  }
  const headers = (messageId: string, topic: string) => ({
    appId: 'app-fake',
    connectionId: `conn-${connections}`,
    contentType: 'application/json',
    messageId,
    time: String(Date.now()),
    topic,
  })

  return {
    apiRoot: base,
    connections: () => connections,
    gatewayCalls: () => gatewayCalls,
    subscriptions: () => subscriptions,
    replies,
    acks,
    pongs,
    failReplies: (n) => void (failing = n),
    sendRobotMessage(message, messageId) {
      newest().send(
        JSON.stringify({
          specVersion: '1.0',
          type: 'CALLBACK',
          headers: headers(messageId, TOPIC_ROBOT),
          data: JSON.stringify(message),
        })
      )
    },
    sendRaw(text) {
      newest().send(text)
    },
    ping(id) {
      newest().send(
        JSON.stringify({
          specVersion: '1.0',
          type: 'SYSTEM',
          headers: headers(id, 'ping'),
          data: JSON.stringify({ opaque: id }),
        })
      )
    },
    dropConnections() {
      for (const s of sockets) s.terminate()
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.terminate()
        wss.close()
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}
