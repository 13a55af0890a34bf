/// <reference types="node" />
/**
 * Writes schema/__generated__/dashboard-operations.json: the dashboard's queries and mutations as its urql
 * client sends them (web/src/api/sent-operations.ts), for the gateway to plan at start. Run by
 * `npm run codegen` after the client preset, so CI's "generated files are current" check covers it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sentOperationTexts } from '../src/api/sent-operations';

const target = resolve(import.meta.dirname, '..', '..', 'schema', '__generated__', 'dashboard-operations.json');
const texts = await sentOperationTexts();
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(texts, null, 2)}\n`);
console.log(`wrote ${texts.length} dashboard operations to ${target}`);
