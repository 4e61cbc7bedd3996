import { describe, expect, it, vi } from 'vitest'
import { parseConfig } from '../../../src/app/config'
import type { ReportRecorder } from '../../../src/app/report'
import { createRuntimeChatDeps } from '../../../src/runtimes/runtime-chat-deps'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'

describe('createRuntimeChatDeps (the deps of Feishu ws and DingTalk stream)', () => {
  const library = loadBuiltLibrary()

  it('hands every answer to the report recorder under its platform', () => {
    const recorder = { afterAnswer: vi.fn(), afterFeedback: vi.fn() }
    const deps = createRuntimeChatDeps(
      parseConfig({}),
      library,
      undefined,
      recorder as unknown as ReportRecorder
    )
    const result = deps('dingtalk').ask('公司不给我交社保怎么办')
    expect(recorder.afterAnswer).toHaveBeenCalledWith('dingtalk', result)
  })

  it('one set of limits for every platform (as the app has)', () => {
    const deps = createRuntimeChatDeps(parseConfig({ RATE_LIMIT_PER_MINUTE: '3' }), library)
    expect(deps('feishu').limits).toBe(deps('dingtalk').limits)
  })
})
