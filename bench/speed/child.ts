import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { STEP_MARK, type StepOutput } from './step-output.js';

/**
 * Run a step script of this folder in a fresh Node process and return what it reported, with the
 * rest of what it printed (`log`). Each step
 * gets its own process so its peak memory is its own, and so steps cannot warm each other up.
 */
export function runStep<T>(script: string, args: readonly string[]): Promise<StepOutput<T> & { readonly log: string }> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(STEP_MARK));
      if (!line) return reject(new Error(`${script} ${args.join(' ')} exited with ${code} without a report: ${err.trim().split('\n').slice(-5).join(' / ')}`));
      const log = out.split('\n').filter((l) => !l.startsWith(STEP_MARK)).join('\n').trim();
      resolve({ ...(JSON.parse(line.slice(STEP_MARK.length)) as StepOutput<T>), log });
    });
  });
}
