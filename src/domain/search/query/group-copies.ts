import type { ShardStore } from './shard-store.ts';

/**
 * Entries that a pinyin group (`SearchTerm.group`) holds copies of, by name (a gram, or a
 * region code): one file with what a two-letter term reads, instead of the buckets that hold
 * each entry among many others'. One per kind of entry, since a gram and a code may be spelled
 * alike (`50`).
 */
export class GroupCopies {
  private readonly copies = new Map<string, string>();

  constructor(private readonly store: ShardStore) {}

  /** Reads the entries `names` from the shard `copy` from now on, unless their own is at hand. */
  add(copy: string, names: Iterable<string>): void {
    for (const name of names) if (!this.copies.has(name)) this.copies.set(name, copy);
  }

  /** The shard to read the entry `name` from: its own, `own`, or a copy while `own` is missing. */
  shardOf(own: string, name: string): string {
    const copy = this.copies.get(name);
    return copy !== undefined && !this.store.has(own) ? copy : own;
  }
}
