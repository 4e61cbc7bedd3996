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
          exclude: ['tests/runtimes/worker/**', 'tests/runtimes/worker-d1/**', 'tests/browser/**'],
          // Correctness tests that sweep every golden question or article; speed is the bench's job,
          // so a busy two-core CI machine must not turn them into timeouts.
          testTimeout: 60000,
        },
      },
      {
        // Real-browser tests: playwright-core driving Debian's Chromium (see .ci/run).
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 30000,
          hookTimeout: 60000,
        },
      },
      {
        // One smoke test inside workerd: the real Worker bundle answers /api/ask.
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        // The first request loads the app module and the artifact (lazily, by design): on a busy
        // 2-core machine that alone can pass vitest's 5 s default.
        test: {
          name: 'workerd',
          include: ['tests/runtimes/worker/**/*.test.ts'],
          testTimeout: 30000,
        },
      },
      {
        // The same Worker with a local D1 database bound (the report store) and /admin on.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              d1Databases: ['GONGYOU_DB'],
              // /admin, and three webhook platforms for the feedback walk (test-only secrets).
              bindings: {
                ADMIN_TOKEN: 'workerd-admin-token-0123',
                WECHAT_TOKEN: 'workerd_wechat_token',
                DINGTALK_APP_SECRET: 'workerd dingtalk secret',
                FEISHU_APP_ID: 'cli_workerd',
                FEISHU_APP_SECRET: 'workerd_feishu_secret',
                FEISHU_VERIFICATION_TOKEN: 'workerd_feishu_token',
                FEISHU_ENCRYPT_KEY: 'workerd feishu key',
                FEISHU_API_ROOT: 'https://feishu.invalid',
              },
            },
          }),
        ],
        test: {
          name: 'workerd-d1',
          include: ['tests/runtimes/worker-d1/**/*.test.ts'],
          testTimeout: 30000,
        },
      },
    ],
  },
})
