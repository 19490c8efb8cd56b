#!/usr/bin/env node
// The prowl command. Checks the Node.js version before loading anything that needs a newer one, then runs
// the compiled CLI (npm install builds it through the "prepare" script). In a clone that was linked or
// installed globally without being built (`npm link`, `npm install -g .`), it runs the TypeScript sources
// through tsx (a dependency) instead of failing on a missing dist/.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  process.stderr.write(
    `prowl needs Node.js 22 or later (24 LTS recommended); this is Node.js ${process.versions.node}. ` +
      'Install a current LTS from https://nodejs.org, or run it from a clone with `npm run prowl -- aws ...`, which uses the Node.js 24 the project installs.\n',
  );
  process.exit(2);
}
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Cache compiled code between runs (Node 22.1+): start-up of the next run skips parsing and compiling.
try {
  (await import('node:module')).enableCompileCache?.();
} catch {
  /* a read-only cache location only costs speed */
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
