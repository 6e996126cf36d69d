import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

/** The machine and code a benchmark ran on, written into every report. */
export interface RunContext {
  /** ISO timestamp of the run (UTC). */
  readonly date: string;
  readonly cpu: string;
  readonly cores: number;
  readonly ramGiB: number;
  readonly node: string;
  readonly platform: string;
  /** The commit the code was at, and whether the working tree differed from it. */
  readonly commit: string | null;
  readonly uncommittedChanges: boolean | null;
  /** 1-minute load average when the run started: above ~0.5 on this machine, something else was busy. */
  readonly loadAtStart: number;
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Describe the machine, Node and commit now. */
export function runContext(): RunContext {
  const status = git(['status', '--porcelain', '--', 'src', 'data']);
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    commit: git(['rev-parse', '--short', 'HEAD']),
    uncommittedChanges: status === null ? null : status !== '',
    loadAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}

/** The 1-minute load average now, rounded. */
export const loadNow = (): number => Math.round(loadavg()[0]! * 100) / 100;

/** 1-minute load averages sampled while a benchmark runs. */
export interface LoadSummary {
  readonly mean: number;
  readonly max: number;
  readonly samples: number;
}

/**
 * Sample the load average every few seconds until the returned function is called: one figure at
 * the start and one at the end can miss a test run of someone else's in between.
 */
export function sampleLoad(everyMs = 5_000): () => LoadSummary {
  const samples = [loadavg()[0]!];
  const timer = setInterval(() => samples.push(loadavg()[0]!), everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    samples.push(loadavg()[0]!);
    const r = (x: number) => Math.round(x * 100) / 100;
    return { mean: r(samples.reduce((a, b) => a + b, 0) / samples.length), max: r(Math.max(...samples)), samples: samples.length };
  };
}
