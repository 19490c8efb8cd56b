// npm's "prepare" step: build dist/ with the TypeScript compiler when it is installed (a development
// checkout, npm pack/publish). A global install or link of a fresh clone (`npm install -g .`, `npm link`)
// does not install devDependencies: there is no compiler, and bin/prowl.js runs the sources through tsx
// (a dependency) instead, so the install must not fail here.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  process.stderr.write('prowl: TypeScript is not installed here; skipping the build (the prowl command runs the sources with tsx).\n');
  process.exit(0);
}
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
