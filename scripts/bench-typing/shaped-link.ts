/**
 * A network to emulate: each response waits `latencyMs` after its request arrives, then takes
 * its turn on one link of `bytesPerSecond` shared by all responses, as a phone's connection is.
 */
export interface NetworkShape {
  latencyMs: number;
  bytesPerSecond: number;
}

interface Transfer {
  readyAt: number;
  bytes: number;
  send: () => void;
}

/**
 * One shaped link: responses go out one after the other, in the order their requests arrived,
 * each once its latency has passed. A response the browser cancels (a search typed past) leaves
 * the link at once, waiting or half sent, so that it does not hold up the ones after it, as on a
 * real connection where the server stops sending a reset stream.
 */
export class ShapedLink {
  private readonly queue: Transfer[] = [];
  private sending: { transfer: Transfer; timer: NodeJS.Timeout } | null = null;
  private waiting: NodeJS.Timeout | null = null;

  constructor(private readonly shape: NetworkShape) {}

  /**
   * Sends `bytes` of a request that arrived at `at` (`performance.now()`): `send` runs once they
   * have crossed the link. Returns a function that cancels the transfer.
   */
  transfer(at: number, bytes: number, send: () => void): () => void {
    const transfer = { readyAt: at + this.shape.latencyMs, bytes, send };
    this.queue.push(transfer);
    this.next();
    return () => this.cancel(transfer);
  }

  private cancel(transfer: Transfer): void {
    const index = this.queue.indexOf(transfer);
    if (index >= 0) this.queue.splice(index, 1);
    if (this.sending?.transfer === transfer) {
      clearTimeout(this.sending.timer);
      this.sending = null;
      this.next();
    }
  }

  private next(): void {
    if (this.sending || this.waiting) return;
    const transfer = this.queue[0];
    if (!transfer) return;
    const now = performance.now();
    if (transfer.readyAt > now) {
      this.waiting = setTimeout(() => {
        this.waiting = null;
        this.next();
      }, transfer.readyAt - now);
      return;
    }
    this.queue.shift();
    const timer = setTimeout(
      () => {
        this.sending = null;
        transfer.send();
        this.next();
      },
      (transfer.bytes / this.shape.bytesPerSecond) * 1000,
    );
    this.sending = { transfer, timer };
  }
}
