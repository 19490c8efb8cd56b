#!/usr/bin/env node
// The prowl command. Checks the Node.js version before loading anything that needs a newer one, then runs
// the compiled CLI (npm install builds it through the "prepare" script).
import { nodeVersionProblem } from './node-version.js';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(2);
}
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Cache compiled code between runs (Node 22.1+): the next start-up skips parsing and compiling.
try {
  (await import('node:module')).enableCompileCache?.();
} catch {
  /* an unwritable cache location only costs speed */
}
await import('../dist/cli/run.js');
