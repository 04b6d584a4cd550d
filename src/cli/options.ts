/** Shared options: --published, --kinds, --max-bytes, colour; parsed into pipeline options. */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { CLAIM_KINDS, type ClaimKind } from '../model.js';
import type { PipelineOptions, PublishedDates } from '../pipeline.js';
import { isIsoDate } from '../util/iso-date.js';

export class UsageError extends Error {}

export function parsePublished(value: string, previous: PublishedDates = {}): PublishedDates {
  const eq = value.lastIndexOf('=');
  const date = eq >= 0 ? value.slice(eq + 1) : value;
  if (!isIsoDate(date)) throw new InvalidArgumentError(`"${value}" is not SOURCE=YYYY-MM-DD or YYYY-MM-DD`);
  if (eq < 0) return { ...previous, all: date };
  const key = value.slice(0, eq);
  if (!key) throw new InvalidArgumentError(`"${value}" names no source before "="`);
  return { ...previous, bySource: { ...previous.bySource, [key]: date } };
}

export function parseKinds(value: string): ClaimKind[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !(CLAIM_KINDS as readonly string[]).includes(k));
  if (bad.length) throw new InvalidArgumentError(`unknown kind ${bad.join(', ')} (kinds: ${CLAIM_KINDS.join(', ')})`);
  return kinds as ClaimKind[];
}

export function parseBytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`"${value}" is not a size like 64MB`);
  const mult = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').charAt(0).toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
  return Math.round(Number(m[1]) * mult);
}

/** Options every command that runs the pipeline accepts. */
export function addPipelineOptions(cmd: Command, { kinds = true, raw = true } = {}): Command {
  cmd.option('--published <SOURCE=DATE|DATE>', 'publication date for a source (id, file name or path), or for all inputs that state none; repeatable', parsePublished);
  if (kinds) cmd.option('--kinds <list>', `only these claim kinds, comma-separated (${CLAIM_KINDS.join(',')})`, parseKinds);
  if (raw) cmd.option('--raw', 'treat inputs as clean text: no boilerplate removal, offsets are into the file itself');
  cmd.option('--keep-captions', 'keep photo captions (as caption paragraphs; dropped by default)');
  cmd.option('--max-bytes <size>', 'refuse inputs larger than this (default 64MB)', parseBytes);
  cmd.option('-j, --jobs <n>', `worker threads (default: the number of cores, ${availableParallelism()}); each worker's heap is capped at CROSSCHECK_WORKER_HEAP_MB (default 1536)`, parseJobs);
  return cmd;
}

export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError(`"${value}" is not a number of threads (1-256)`);
  return n;
}

export interface PipelineFlags {
  jobs?: number;
  keepCaptions?: boolean;
  published?: PublishedDates;
  kinds?: ClaimKind[];
  raw?: boolean;
  maxBytes?: number;
}

export function pipelineOptions(flags: PipelineFlags): PipelineOptions {
  return { published: flags.published, kinds: flags.kinds, raw: flags.raw, keepCaptions: flags.keepCaptions, maxBytes: flags.maxBytes, jobs: flags.jobs ?? availableParallelism() };
}
