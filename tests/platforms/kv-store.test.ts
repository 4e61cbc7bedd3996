import { describe, expect, it } from 'vitest'
import { setLogSink } from '../../src/app/log'
import {
  type WorkersKvNamespace,
  createMemoryKeyValueStore,
  createWorkersKeyValueStore,
  layered,
} from '../../src/chat/kv-store'
import { createKvDedupStore } from '../../src/chat/dedup-store'
import { createApp } from '../../src/app/create-app'
import { parseConfig } from '../../src/app/config'
import { loadBuiltLibrary } from '../../scripts/lib/load-library'
import { wxSignature } from '../../src/platforms/shared/wx-crypt'
import { buildXml } from '../../src/platforms/shared/xml'

/** A fake KV namespace that records what the store asks of it. */
function fakeKv() {
  const data = new Map<string, string>()
  const puts: Array<{ key: string; ttl: number }> = []
  const ns: WorkersKvNamespace = {
    async get(key) {
      return data.get(key) ?? null
    },
    async put(key, value, { expirationTtl }) {
      puts.push({ key, ttl: expirationTtl })
      data.set(key, value)
    },
    async delete(key) {
      data.delete(key)
    },
  }
  return { ns, data, puts }
}

describe('createMemoryKeyValueStore', () => {
  it('returns values until their TTL passes, then null', async () => {
    let t = 0
    const kv = createMemoryKeyValueStore({ now: () => t })
    await kv.put('a', '1', 10)
    expect(await kv.get('a')).toBe('1')
    t = 9_999
    expect(await kv.get('a')).toBe('1')
    t = 10_000
    expect(await kv.get('a')).toBeNull()
  })

  it('keeps at most max keys, dropping the oldest written', async () => {
    const kv = createMemoryKeyValueStore({ max: 2 })
    await kv.put('a', '1', 60)
    await kv.put('b', '2', 60)
    await kv.put('c', '3', 60)
    expect([await kv.get('a'), await kv.get('b'), await kv.get('c')]).toEqual([null, '2', '3'])
    await kv.delete('b')
    expect(await kv.get('b')).toBeNull()
  })
})

describe('Workers KV store', () => {
  it('raises TTLs under a minute to KV’s 60-second minimum', async () => {
    const { ns, puts } = fakeKv()
    const kv = createWorkersKeyValueStore(ns)
    await kv.put('a', 'x', 5)
    await kv.put('b', 'y', 900)
    expect(puts).toEqual([
      { key: 'a', ttl: 60 },
      { key: 'b', ttl: 900 },
    ])
    expect(await kv.get('a')).toBe('x')
  })

  it('layered: reads its own writes from memory before KV has them, and falls back to KV', async () => {
    const { ns, data } = fakeKv()
    const kv = layered(createMemoryKeyValueStore(), createWorkersKeyValueStore(ns))
    await kv.put('k', 'v', 60)
    data.delete('k') // KV not yet consistent elsewhere
    expect(await kv.get('k')).toBe('v')
    data.set('other', 'from another isolate')
    expect(await kv.get('other')).toBe('from another isolate')
  })
})

describe('createKvDedupStore', () => {
  it('answers a key once across stores that share one KV namespace (two isolates)', async () => {
    const { ns } = fakeKv()
    const isolateA = createKvDedupStore(
      layered(createMemoryKeyValueStore(), createWorkersKeyValueStore(ns))
    )
    const isolateB = createKvDedupStore(
      layered(createMemoryKeyValueStore(), createWorkersKeyValueStore(ns))
    )
    expect(await isolateA.claim('wechat:msg:1')).toBe('new')
    await isolateA.commit('wechat:msg:1')
    expect(await isolateA.claim('wechat:msg:1')).toBe('seen')
    expect(await isolateB.claim('wechat:msg:1')).toBe('seen')
    expect(await isolateB.claim('wechat:msg:2')).toBe('new')
  })
})

describe('createApp with a shared store (the Worker with GONGYOU_KV bound)', () => {
  it('a WeChat retry that reaches another isolate is not answered twice', async () => {
    const { ns } = fakeKv()
    const NOW_S = 1_700_000_000
    const library = loadBuiltLibrary()
    const isolate = () =>
      createApp({
        library,
        config: parseConfig({ WECHAT_TOKEN: 'kv_token' }),
        now: () => new Date(NOW_S * 1000),
        store: layered(createMemoryKeyValueStore(), createWorkersKeyValueStore(ns)),
      })
    const [a, b] = [isolate(), isolate()]
    const restore = setLogSink(() => {})
    const sig = await wxSignature('kv_token', String(NOW_S), '7')
    const xml = buildXml({
      ToUserName: 'gh',
      FromUserName: 'u',
      CreateTime: NOW_S,
      MsgType: 'text',
      Content: '公司拖欠工资怎么办',
      MsgId: 42,
    })
    const post = (app: typeof a) =>
      app.request(`/webhook/wechat?signature=${sig}&timestamp=${NOW_S}&nonce=7`, {
        method: 'POST',
        body: xml,
      })
    expect(await (await post(a)).text()).toMatch(/^<xml/)
    expect(await (await post(b)).text()).toBe('success')
    setLogSink(restore)
  })
})
