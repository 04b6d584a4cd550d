import { defineConfig } from 'vitest/config';

// Generous time limits: the suite must pass on a loaded 2-core CI machine. Speed is measured by
// `npm run bench`; the time bounds in tests only catch pathological (super-linear) behaviour.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
