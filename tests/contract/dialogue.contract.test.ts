import { afterAll, beforeAll, vi } from 'vitest'
import { setLogSink } from '../../src/app/log'
import { HARNESSES, chatApiHarness } from './harnesses'
import { runDialogue } from './run-dialogue'

let restore: ReturnType<typeof setLogSink>
beforeAll(() => {
  restore = setLogSink(() => {})
})
afterAll(() => {
  setLogSink(restore)
  vi.unstubAllGlobals()
})

for (const harness of [...HARNESSES, chatApiHarness()]) runDialogue(harness)
