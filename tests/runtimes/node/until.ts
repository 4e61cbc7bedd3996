/** Polls `check` every 50 ms until it holds; throws after `ms`. */
export async function until(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`condition not met within ${ms} ms`)
}

/** Waits `ms` (to show that something does NOT happen). */
export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))
