#!/usr/bin/env node
// The prowl command. Checks the Node.js version before loading anything that needs a newer one, then runs
// the compiled CLI (npm install builds it through the "prepare" script).
import { nodeVersionProblem } from './node-version.js';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(2);
}
// `prowl --version` answers without loading the CLI, the checks or any SDK code (well under 150 ms).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  process.exit(0);
}
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Cache compiled code between runs (Node 22.1+): the next start-up skips parsing and compiling.
try {
  (await import('node:module')).enableCompileCache?.();
} catch {
  /* an unwritable cache location only costs speed */
}
await import('../dist/cli/run.js');
