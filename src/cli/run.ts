// The prowl command's entry point (bin/prowl.js runs the compiled file; tests and scripts run it from source
// with `node --import tsx src/cli/run.ts aws ...`).
import { installInterruptHandler } from './interrupt.js';

// --no-color must be known before picocolors is loaded (it decides once, at import).
if (process.argv.includes('--no-color')) process.env.NO_COLOR = '1';
// `prowl ... | head`: a closed pipe ends the output quietly, not with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
installInterruptHandler();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
