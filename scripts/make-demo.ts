/**
 * npm run demo:regenerate: rebuilds demo/inventory.json, the built-in demo account that
 * `prowl aws --demo` scans with no AWS credentials. It seeds a moto account (three regions, a mix of
 * compliant and non-compliant resources) and runs prowl's own collectors for every check against it.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMoto } from '../test/helpers/moto.js';
import { seed } from './seed.js';

const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const target = join(import.meta.dirname, '../demo/inventory.json');
const moto = await startMoto();
try {
  await seed({ endpoint: moto.endpoint, regions, scale: 1, log: (m) => process.stderr.write(`seed ${m}\n`) });
  Object.assign(process.env, moto.env);
  const { loadBuiltinChecks } = await import('../src/registry.js');
  const { runScan } = await import('../src/scan.js');
  const dir = await mkdtemp(join(tmpdir(), 'prowl-demo-'));
  const result = await runScan({
    checks: await loadBuiltinChecks(),
    frameworks: [],
    config: {},
    regions,
    saveInventory: target,
    outputModes: [],
    outputDirectory: dir,
    verbose: false,
    quiet: false,
    progress: true,
    ignoreExitCode3: true,
  });
  await rm(dir, { recursive: true, force: true });
  console.log(`wrote ${target}: ${JSON.stringify(result.counts)} from ${result.apiCalls} API calls`);
} finally {
  await moto.stop();
}
