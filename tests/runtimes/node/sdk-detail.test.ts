import { describe, expect, it } from 'vitest'
import { sdkDetail } from '../../../src/runtimes/sdk-detail'

describe('sdkDetail: one safe line from an SDK logger call', () => {
  it.each<[unknown[], string]>([
    [[['[ws]', 'ws connect failed']], '[ws] ws connect failed'],
    [
      [['[ws]', new Error('connect ECONNREFUSED 127.0.0.1:1')]],
      '[ws] connect ECONNREFUSED 127.0.0.1:1',
    ],
    [
      [
        [
          '[ws]',
          'get connect config success, ws url: wss://msg-frontier.feishu.cn/ws/v2?device_id=1&ticket=SECRET',
        ],
      ],
      '[ws] get connect config success, ws url: wss://msg-frontier.feishu.cn/ws/v2?…',
    ],
    [[{ an: 'object' }, 42], ''],
  ])('%j', (args, line) => {
    expect(sdkDetail(args)).toBe(line)
  })

  it('is at most 200 characters', () => {
    expect(sdkDetail(['x'.repeat(500)])).toHaveLength(200)
  })
})
