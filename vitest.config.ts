import { defineConfig } from 'vitest/config'
import { cloudflareTest } from '@cloudflare/vitest-plugin'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/runtimes/worker/**', 'tests/browser/**'],
        },
      },
      {
        // One smoke test inside workerd: the real Worker bundle answers /api/ask.
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: { name: 'workerd', include: ['tests/runtimes/worker/**/*.test.ts'] },
      },
    ],
  },
})
