import { afterEach, describe, expect, it } from 'vitest'
import { setLogSink } from '../../../src/app/log'
import { createPlatformStatus } from '../../../src/app/platform-status'
import { createConnectionState } from '../../../src/runtimes/connection-state'

describe('createConnectionState: /healthz sees every report, the log each change once', () => {
  let restore: (() => void) | undefined
  afterEach(() => restore?.())

  it('a repeated state is shown but not logged again', () => {
    const lines: Record<string, unknown>[] = []
    const prev = setLogSink((l) => lines.push(JSON.parse(l) as Record<string, unknown>))
    restore = () => setLogSink(prev)
    const status = createPlatformStatus()
    const state = createConnectionState('feishu', 'feishu long connection', status)
    expect(state.current).toBeUndefined()
    state.set('ws: connecting')
    state.set('error: ws: connection failed; retrying', 'warn')
    state.set('error: ws: connection failed; retrying', 'warn')
    state.set('ws: connected')
    expect(state.current).toBe('ws: connected')
    expect(status.snapshot()).toEqual({ feishu: 'ws: connected' })
    expect(lines.map((l) => [l['level'], l['msg'], l['platform'], l['state']])).toEqual([
      ['info', 'feishu long connection', 'feishu', 'ws: connecting'],
      ['warn', 'feishu long connection', 'feishu', 'error: ws: connection failed; retrying'],
      ['info', 'feishu long connection', 'feishu', 'ws: connected'],
    ])
  })
})
