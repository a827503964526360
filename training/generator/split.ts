import { hashString } from './rng';

export type Split = 'train' | 'dev' | 'heldout';

/**
 * Which side of every partitioned pool a split draws from. `dev` is train-distribution; only
 * `heldout` sees the held-out names, places, facilities and template families.
 */
export type PoolSide = 'seen' | 'unseen';

export function poolSide(split: Split): PoolSide {
  return split === 'heldout' ? 'unseen' : 'seen';
}

/** One value in five of every pool is kept for held-out notes only. */
const HELDOUT_BUCKETS = 5;

export function isUnseenValue(value: string): boolean {
  return hashString(value.toLowerCase()) % HELDOUT_BUCKETS === 0;
}

/** Keeps the part of a pool that a side may use; falls back to the whole pool if that is empty. */
export function partition<T>(items: readonly T[], side: PoolSide, key: (item: T) => string): T[] {
  const kept = items.filter((item) => isUnseenValue(key(item)) === (side === 'unseen'));
  return kept.length > 0 ? kept : [...items];
}
