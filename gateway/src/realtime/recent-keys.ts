/** A bounded set of recently delivered notification keys (oldest forgotten first). */
export class RecentKeys {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity: number) {}

  /** Remembers the key; false when it was already there (a duplicate). */
  add(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      const oldest = this.keys.values().next();
      if (!oldest.done) this.keys.delete(oldest.value);
    }
    return true;
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }
}
