#!/usr/bin/env node
// The prowl command. Checks the Node.js version before loading anything that needs a newer one, then runs
// the bundled CLI (bundle/prowl.js: one tree-shaken ES module bundle whose checks, SDK clients and rarely
// used parts are separate chunks loaded on first use; `npm run build` and npm's "prepare" step make it with
// scripts/build.mjs). Without a bundle it runs the compiled modules (dist/cli/run.js), and without those the
// TypeScript sources through tsx (a dependency), so an unbuilt clone still works.
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
// A heap sized for the scan rather than for the machine (see heap.js).
(await import('./heap.js')).tuneHeap();
// Cache compiled code between runs (Node 22.1+): the next start-up skips parsing and compiling.
try {
  (await import('node:module')).enableCompileCache?.();
} catch {
  /* an unwritable cache location only costs speed */
}
const { existsSync } = await import('node:fs');
const bundle = new URL('../bundle/prowl.js', import.meta.url);
const built = new URL('../dist/cli/run.js', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/run.ts', import.meta.url).href);
}
