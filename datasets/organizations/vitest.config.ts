import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import { vitestConfig } from '../../vitest.shared.js';

// src/index.ts imports the records' module that `vnsti build` writes to dist/data.js.
const data = fileURLToPath(new URL('./dist/data.js', import.meta.url));
export default mergeConfig(vitestConfig(import.meta.dirname), {
  resolve: { alias: [{ find: /^\.\/data\.js$/, replacement: data }] },
});
