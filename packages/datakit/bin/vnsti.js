#!/usr/bin/env node
// The `vnsti` command. This wrapper is committed (dist/ is not) so that npm links the bin on a
// fresh `npm ci`, before turbo has built dist/; it runs the built CLI.
import { run } from '../dist/cli.js';

await run();
