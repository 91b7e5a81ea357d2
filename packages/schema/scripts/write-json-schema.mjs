#!/usr/bin/env node
// Writes json-schema/<name>.json for every record and value type, from the built package, so apps
// in other languages validate the same data. Run after tsup (see the build script).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { jsonSchema, schemasByName } from '../dist/index.js';

const out = new URL('../json-schema/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const name of Object.keys(schemasByName)) {
  writeFileSync(new URL(`${name}.json`, out), `${JSON.stringify(jsonSchema(name), null, 2)}\n`);
}
console.log(`json-schema: wrote ${Object.keys(schemasByName).length} schemas`);
