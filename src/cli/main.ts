#!/usr/bin/env node
// First, so the flags it sets apply to every module loaded after it.
import './tune-v8.js';
import { processIo } from './io.js';
import { runCli } from './program.js';

// The bin entry: everything else lives in runCli so tests can call it in-process.
process.exitCode = await runCli(process.argv.slice(2), processIo());
