#!/usr/bin/env node
// The prowl command. Checks the Node.js version before loading anything that needs a newer one, then runs
// the compiled CLI (npm install builds it through the "prepare" script). In a clone that was linked or
// installed globally without being built (`npm link`, `npm install -g .`), it runs the TypeScript sources
// through tsx (a dependency) instead of failing on a missing dist/.
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
const { existsSync } = await import('node:fs');
const built = new URL('../dist/cli/run.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/run.ts', import.meta.url).href);
}
