// The prowl command's entry point (bin/prowl.js runs the compiled file; tests and scripts run it from source
// with `node --import tsx src/cli/run.ts aws ...`).
import { limitHeapGrowth } from './heap.js';
import { main } from './main.js';

limitHeapGrowth();
process.exitCode = await main(process.argv.slice(2));
