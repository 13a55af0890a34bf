/** Coalesces payloads per package: at most one per interval, and the newest pending one wins. */
export class PackageThrottle<T> {
  private readonly lastSent = new Map<string, number>();
  private readonly pending = new Map<string, T>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly emit: (value: T) => void,
    private readonly now: () => number = Date.now,
  ) {}

  offer(packageId: string, value: T): void {
    const last = this.lastSent.get(packageId);
    if (!this.pending.has(packageId) && (last === undefined || this.now() - last >= this.intervalMs)) {
      this.lastSent.set(packageId, this.now());
      this.emit(value);
      return;
    }
    this.pending.set(packageId, value);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.intervalMs);
    this.timer.unref();
  }

  private flush(): void {
    this.timer = undefined;
    const now = this.now();
    for (const [packageId, value] of this.pending) {
      if (now - (this.lastSent.get(packageId) ?? 0) < this.intervalMs) continue;
      this.pending.delete(packageId);
      this.lastSent.set(packageId, now);
      this.emit(value);
    }
    // Packages quiet for a whole interval need no memory.
    for (const [packageId, at] of this.lastSent) if (now - at >= this.intervalMs && !this.pending.has(packageId)) this.lastSent.delete(packageId);
    if (this.pending.size > 0) this.schedule();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.pending.clear();
  }
}
