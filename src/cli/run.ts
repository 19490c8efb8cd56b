// Entry point when running from source (tests, scripts): `node --import tsx src/cli/run.ts aws ...`.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
