#!/usr/bin/env node
// Runs the compiled CLI (npm install builds it through the "prepare" script).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
await import('../dist/cli/run.js');
