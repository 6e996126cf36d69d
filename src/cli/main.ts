#!/usr/bin/env node
// First, and the CLI loaded only after it (a static import would be evaluated before this
// module's body, in the bundle too), so that the V8 flags it sets apply to all of the CLI.
import './tune-v8.js';

// The bin entry: everything else lives in runCli so tests can call it in-process.
const { processIo } = await import('./io.js');
const { runCli } = await import('./program.js');
process.exitCode = await runCli(process.argv.slice(2), processIo());
