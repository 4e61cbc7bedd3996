/**
 * A fake Feishu open platform on 127.0.0.1, close enough for the official SDK's WSClient
 * (@larksuiteoapi/node-sdk 1.74.0, lib/index.js: WSConfig, WSClient.pullConnectConfig,
 * connect, pingLoop, communicate, handleControlData, handleEventData, sendMessage, and the
 * generated pbbp2 Frame/Header codec):
 *
 * - POST /callback/ws/endpoint with {AppID, AppSecret} → {code: 0, data: {URL, ClientConfig}};
 *   the SDK reads device_id and service_id from URL with qs.parse, so (as Feishu's own URL does)
 *   another parameter comes first. A wrong secret → code 514, which the SDK does not retry.
 * - The WebSocket carries protobuf `pbbp2.Frame`s (SeqID 1, LogID 2, service 3, method 4,
 *   headers 5 as {key 1, value 2}, payloadEncoding 6, payloadType 7, payload 8, LogIDNew 9):
 *   method 0 is control (the SDK pings, we pong with a ClientConfig JSON payload), method 1 is
 *   data: an event is headers type=event, message_id, sum, seq, trace_id and a JSON payload;
 *   the SDK answers with the same frame, payload {"code":200} (or 500 when the handler threw).
 * - The reply API the app calls: tenant_access_token, bot/v3/info, im/v1/messages/:id/reply.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import protobuf from 'protobufjs'
import { type WebSocket, WebSocketServer } from 'ws'

export const FAKE_APP_ID = 'cli_a1b2c3d4e5f60718'
export const FAKE_APP_SECRET = 'fake-app-secret-value'
export const FAKE_BOT_OPEN_ID = 'ou_fakebot000000000000000000000001'
const SERVICE_ID = 7

const root = protobuf.Root.fromJSON({
  nested: {
    pbbp2: {
      nested: {
        Header: {
          fields: {
            key: { rule: 'required', type: 'string', id: 1 },
            value: { rule: 'required', type: 'string', id: 2 },
          },
        },
        Frame: {
          fields: {
            SeqID: { rule: 'required', type: 'uint64', id: 1 },
            LogID: { rule: 'required', type: 'uint64', id: 2 },
            service: { rule: 'required', type: 'int32', id: 3 },
            method: { rule: 'required', type: 'int32', id: 4 },
            headers: { rule: 'repeated', type: 'Header', id: 5 },
            payloadEncoding: { type: 'string', id: 6 },
            payloadType: { type: 'string', id: 7 },
            payload: { type: 'bytes', id: 8 },
            LogIDNew: { type: 'string', id: 9 },
          },
        },
      },
    },
  },
})
const Frame = root.lookupType('pbbp2.Frame')

interface FrameData {
  method: number
  headers: Array<{ key: string; value: string }>
  payload?: Uint8Array
}

export interface FeishuReply {
  messageId: string
  msgType: string
  /** The message content (JSON text, as sent). */
  content: string
}

export interface FakeFeishu {
  /** The domain to give the SDK and the reply client (FEISHU_API_ROOT). */
  apiRoot: string
  /** Successful WebSocket connections so far. */
  connections(): number
  /** Endpoint lookups so far (each connection attempt makes one). */
  endpointCalls(): number
  /** Replies posted through the reply API, in order. */
  replies: FeishuReply[]
  /** Response frames the SDK sent for events: the event frame's message_id and the code. */
  acks: Array<{ frameId: string; code: number }>
  /** Sends an event over the newest open connection; returns the frame's message_id. */
  sendEvent(payload: object): string
  /** Drops every open WebSocket without a close frame (a NAT timeout, a flaky line). */
  dropConnections(): void
  close(): Promise<void>
}

/** An im.message.receive_v1 event in a private chat, created now. */
export function feishuTextEvent(eventId: string, messageId: string, text: string): object {
  return {
    schema: '2.0',
    header: {
      event_id: eventId,
      event_type: 'im.message.receive_v1',
      create_time: String(Date.now()),
      token: '',
      app_id: FAKE_APP_ID,
      tenant_key: 'tenant-fake',
    },
    event: {
      sender: { sender_id: { open_id: 'ou_worker000000000000000000000001' }, sender_type: 'user' },
      message: {
        message_id: messageId,
        chat_id: 'oc_chat0000000000000000000000001',
        chat_type: 'p2p',
        message_type: 'text',
        content: JSON.stringify({ text }),
        create_time: String(Date.now()),
      },
    },
  }
}

/** Starts the fake; `port` reuses a port (to come back after a kill). */
export async function startFakeFeishu(port = 0): Promise<FakeFeishu> {
  const replies: FeishuReply[] = []
  const acks: Array<{ frameId: string; code: number }> = []
  const sockets = new Set<WebSocket>()
  let connections = 0
  let endpointCalls = 0
  let frames = 0
  let base = ''

  const json = (res: ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = ''
    req.on('data', (c: Buffer) => (raw += c.toString()))
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? ''
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {}
      if (path === '/callback/ws/endpoint') {
        endpointCalls++
        if (body['AppID'] !== FAKE_APP_ID || body['AppSecret'] !== FAKE_APP_SECRET)
          return json(res, { code: 514, msg: 'auth failed', data: {} })
        return json(res, {
          code: 0,
          msg: 'ok',
          data: {
            URL: `${base.replace('http', 'ws')}/ws/v2?fpid=1&aid=1&device_id=dev-1&access_key=k&service_id=${SERVICE_ID}&ticket=t-${connections + 1}`,
            ClientConfig: clientConfig(),
          },
        })
      }
      if (path === '/open-apis/auth/v3/tenant_access_token/internal')
        return json(res, { code: 0, msg: 'ok', tenant_access_token: 't-fake', expire: 7200 })
      if (path === '/open-apis/bot/v3/info')
        return json(res, { code: 0, msg: 'ok', bot: { open_id: FAKE_BOT_OPEN_ID } })
      const reply = /^\/open-apis\/im\/v1\/messages\/([\w-]+)\/reply$/.exec(path)
      if (reply && req.headers.authorization === 'Bearer t-fake') {
        replies.push({
          messageId: reply[1]!,
          msgType: String(body['msg_type']),
          content: String(body['content']),
        })
        return json(res, { code: 0, msg: 'ok', data: {} })
      }
      res.writeHead(404).end()
    })
  })

  const wss = new WebSocketServer({ server, path: '/ws/v2' })
  wss.on('connection', (socket) => {
    connections++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('message', (data: Buffer) => {
      const frame = Frame.toObject(Frame.decode(data), { longs: Number }) as FrameData
      const type = frame.headers.find((h) => h.key === 'type')?.value
      if (frame.method === 0 && type === 'ping')
        return send(socket, {
          method: 0,
          headers: [{ key: 'type', value: 'pong' }],
          payload: Buffer.from(JSON.stringify(clientConfig())),
        })
      if (frame.method === 1) {
        const frameId = frame.headers.find((h) => h.key === 'message_id')?.value ?? ''
        const payload = JSON.parse(Buffer.from(frame.payload ?? []).toString()) as { code: number }
        acks.push({ frameId, code: payload.code })
      }
    })
  })

  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    apiRoot: base,
    connections: () => connections,
    endpointCalls: () => endpointCalls,
    replies,
    acks,
    sendEvent(payload) {
      const socket = [...sockets].at(-1)
      if (!socket) throw new Error('no open connection')
      const frameId = `frame-${++frames}`
      send(socket, {
        method: 1,
        headers: [
          { key: 'type', value: 'event' },
          { key: 'message_id', value: frameId },
          { key: 'sum', value: '1' },
          { key: 'seq', value: '0' },
          { key: 'trace_id', value: `trace-${frames}` },
        ],
        payload: Buffer.from(JSON.stringify(payload)),
      })
      return frameId
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

/** Seconds, as Feishu sends them; short so a test sees the reconnect at once. */
function clientConfig() {
  return { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 0.2, ReconnectNonce: 0 }
}

function send(socket: WebSocket, frame: FrameData): void {
  const message = Frame.fromObject({ SeqID: 0, LogID: 0, service: SERVICE_ID, ...frame })
  socket.send(Frame.encode(message).finish())
}
