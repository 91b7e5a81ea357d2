import { mergeConfig } from 'vitest/config';
import { vitestConfig } from '../../vitest.shared.js';

// Tests of the built package (dist/) go in test/; until there are any, an empty run passes.
export default mergeConfig(vitestConfig(import.meta.dirname), { test: { passWithNoTests: true } });
