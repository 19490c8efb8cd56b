/**
 * Builds what the `prowl` command runs: `npm run build` and npm's "prepare" step call this script.
 *
 * 1. The library (dist/: the API custom checks import as 'prowl-scanner', with type declarations) with the
 *    TypeScript compiler, when it is installed (a development checkout). A global install or link of a fresh
 *    clone has no devDependencies, so there the library is compiled by esbuild instead (no declarations).
 *    `--no-tsc` skips the compiler (the tests build only the bundle).
 * 2. The command: one tree-shaken ESM bundle of src/cli/run.ts in bundle/ (source maps beside it), with code
 *    splitting, so what a run does not use is never loaded:
 *    - the check catalogue is generated here from the files on disk (src/services/<svc>/checks/<id>.ts, the
 *      same rule src/registry.ts applies to the sources) and bundled as one chunk, loaded by the registry
 *      (never written by hand, never committed: a check added to the tree is in the next build);
 *    - each AWS SDK client stays a separate chunk, loaded the first time a check needs it, and holds only the
 *      commands and paginators prowl's sources import from it (found in the sources here), not the whole SDK
 *      package (client-ec2 alone has some 700 commands).
 *
 * esbuild is a dependency of tsx (itself a dependency), so it is present wherever prowl's dependencies are. Where
 * they are not yet (npm runs "prepare" of `npm install -g .` in a fresh clone before installing them), nothing
 * is built and the command runs the sources through tsx.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
export const BUNDLE_DIR = join(root, 'bundle');

/** The check files of the source tree, by the registry's rule: <id>.ts (or .js/.mjs), not tests or declarations. */
export function checkFiles(srcDir = join(root, 'src')) {
  const isCheckFile = (name) => /\.(ts|js|mjs)$/.test(name) && !/\.(test|spec)[.-]|\.d\.ts$/.test(name);
  const servicesDir = join(srcDir, 'services');
  const files = [];
  for (const svc of readdirSync(servicesDir).sort()) {
    const dir = join(servicesDir, svc, 'checks');
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    const seen = new Set();
    for (const name of readdirSync(dir).sort()) {
      if (!isCheckFile(name)) continue;
      const id = basename(name, extname(name));
      if (seen.has(id)) continue;
      seen.add(id);
      files.push(join(dir, name));
    }
  }
  return files;
}

/** The generated catalogue module: imports every check file and exports them as [file, module] pairs. */
export function checkManifestSource(files) {
  const lines = files.map((f, i) => `import * as c${i} from ${JSON.stringify(f)};`);
  const entries = files.map((f, i) => `  [${JSON.stringify(relative(root, f))}, c${i}],`);
  return `${lines.join('\n')}\nexport const CHECK_MODULES = [\n${entries.join('\n')}\n];\n`;
}

/**
 * What prowl's sources take from each AWS SDK package they import dynamically: `const { A, B } = await
 * import('@aws-sdk/client-x')`, `(await import('@aws-sdk/client-x')).A`, or a namespace bound to a name
 * (`const sdk = await import(...)`, then `sdk.A`). A package imported any other way gets everything (null).
 */
export function sdkImports(srcDir = join(root, 'src')) {
  const used = new Map();
  const add = (pkg, names) => {
    if (used.get(pkg) === null) return;
    if (names === null) return void used.set(pkg, null);
    const set = used.get(pkg) ?? new Set();
    for (const n of names) set.add(n);
    used.set(pkg, set);
  };
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ts$/.test(name) && !/\.(test|spec)\.ts$|\.d\.ts$/.test(name)) scan(readFileSync(p, 'utf8'));
    }
  };
  const scan = (text) => {
    const any = /(?<!typeof\s)\bimport\(\s*'(@aws-sdk\/[a-z0-9-]+)'\s*\)/g;
    for (const m of text.matchAll(any)) {
      const pkg = m[1];
      const before = text.slice(Math.max(0, m.index - 400), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      // A type position (`import('@aws-sdk/client-ec2').Image` in a type) loads nothing.
      if (/^\.[A-Za-z_$]/.test(after) && !/await\s*$/.test(before)) continue;
      const destructured = /(?:const|let|var)\s*\{([^{}]*)\}\s*=\s*await\s*$/.exec(before);
      if (destructured) {
        add(pkg, destructured[1].split(',').map((s) => s.trim().split(/\s*:\s*/)[0]).filter(Boolean));
        continue;
      }
      const member = /^\)\.([A-Za-z_$][\w$]*)/.exec(after);
      if (member && /\(\s*await\s*$/.test(before)) {
        add(pkg, [member[1]]);
        continue;
      }
      const bound = /(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*await\s*$/.exec(before);
      if (bound) {
        add(pkg, [...text.matchAll(new RegExp(`\\b${bound[1]}\\.([A-Za-z_$][\\w$]*)`, 'g'))].map((x) => x[1]));
        continue;
      }
      add(pkg, null);
    }
  };
  walk(srcDir);
  return used;
}

/** Packages left out of the bundle: loaded from node_modules at run time (files they read beside themselves, loaders). */
const EXTERNAL = ['tsx', 'tsx/*', 'esbuild', '@electric-sql/pglite', 'pg', 'pg-boss', 'playwright-core', 'nodemailer'];

export async function buildBundle({ outdir = BUNDLE_DIR, quiet = false } = {}) {
  const esbuild = await import('esbuild');
  const files = checkFiles();
  const sdk = sdkImports();
  rmSync(outdir, { recursive: true, force: true });
  const prowlPlugin = {
    name: 'prowl',
    setup(build) {
      build.onResolve({ filter: /^prowl:checks$/ }, () => ({ path: 'checks', namespace: 'prowl-checks' }));
      build.onLoad({ filter: /.*/, namespace: 'prowl-checks' }, () => ({ contents: checkManifestSource(files), resolveDir: root, loader: 'js' }));
      // A dynamic import of an SDK client from prowl's sources loads a module re-exporting only what the sources use.
      build.onResolve({ filter: /^@aws-sdk\/client-/ }, (args) => {
        if (args.kind !== 'dynamic-import' || args.namespace !== 'file' || !sdk.get(args.path)) return undefined;
        return { path: args.path, namespace: 'prowl-sdk' };
      });
      // The SDK's schemas (one module per client, every operation's shapes) are array literals whose trait objects
      // use computed keys ({ [_xN]: ... }) that esbuild cannot prove free of side effects, so it keeps every
      // schema. The keys are string constants of the same module: writing them out lets unused schemas go.
      build.onLoad({ filter: /[\\/]@aws-sdk[\\/].*[\\/]dist-es[\\/].*schemas[\\/]schemas_\d+\.js$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        const strings = new Map();
        for (const m of text.matchAll(/^const (_\w+) = ("(?:[^"\\\n]|\\.)*");$/gm)) strings.set(m[1], m[2]);
        return { contents: text.replace(/\[(_\w+)\]:/g, (all, id) => (strings.has(id) ? `${strings.get(id)}:` : all)), loader: 'js' };
      });
      build.onLoad({ filter: /.*/, namespace: 'prowl-sdk' }, (args) => ({
        contents: `export { ${[...sdk.get(args.path)].sort().join(', ')} } from ${JSON.stringify(args.path)};\n`,
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
  const result = await esbuild.build({
    absWorkingDir: root,
    // The entry hands the registry the generated catalogue before the command starts.
    stdin: {
      contents: "import { useCheckManifest } from './src/registry.ts';\nuseCheckManifest(() => import('prowl:checks'));\nawait import('./src/cli/run.ts');\n",
      resolveDir: root,
      sourcefile: 'prowl.js',
      loader: 'js',
    },
    entryNames: 'prowl',
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // The SDK's ES module builds (not its CommonJS ones), so unused commands and schemas are shaken out.
    mainFields: ['module', 'main'],
    // ("module" is listed before "node" in the SDK's export maps: without it their CommonJS builds would be bundled too.)
    conditions: ['module'],
    treeShaking: true,
    sourcemap: 'linked',
    sourcesContent: true,
    legalComments: 'linked',
    chunkNames: '[name]-[hash]',
    external: EXTERNAL,
    // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
    banner: { js: "import { createRequire as __prowlCreateRequire } from 'node:module'; const require = __prowlCreateRequire(import.meta.url);" },
    logLevel: quiet ? 'error' : 'warning',
    metafile: true,
    plugins: [prowlPlugin],
  });
  return { files, sdk, metafile: result.metafile };
}

/** The library with esbuild, for installs without the TypeScript compiler (custom checks import it). */
async function buildLibraryWithoutTypes() {
  const esbuild = await import('esbuild');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { index: 'src/index.ts' },
    outdir: join(root, 'dist'),
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node22',
    sourcemap: 'linked',
    logLevel: 'error',
  });
}

function runTsc() {
  let tsc;
  try {
    tsc = require.resolve('typescript/bin/tsc');
  } catch {
    return false;
  }
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const t0 = Date.now();
  try {
    require.resolve('esbuild');
  } catch {
    // `npm install -g .` or `npm link` in a clone without node_modules runs "prepare" before installing the
    // dependencies: nothing can be built, and the prowl command runs the sources through tsx instead.
    process.stderr.write('prowl: esbuild is not installed yet; nothing built (the prowl command runs the sources with tsx; `npm install && npm run build` builds it).\n');
    process.exit(0);
  }
  if (!args.includes('--no-tsc') && !runTsc()) {
    process.stderr.write('prowl: TypeScript is not installed here; the library is compiled without type declarations.\n');
    await buildLibraryWithoutTypes();
  }
  const { files, metafile } = await buildBundle();
  if (process.env.PROWL_BUILD_METAFILE) (await import('node:fs')).writeFileSync(process.env.PROWL_BUILD_METAFILE, JSON.stringify(metafile));
  const bytes = Object.entries(metafile.outputs).filter(([f]) => f.endsWith('.js')).reduce((n, [, o]) => n + o.bytes, 0);
  process.stderr.write(`prowl: bundled the command with ${files.length} checks into ${relative(process.cwd(), BUNDLE_DIR) || '.'}/ (${(bytes / 1e6).toFixed(1)} MB of JavaScript) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
