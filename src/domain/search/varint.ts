/** Unsigned LEB128 integers: postings are mostly small gaps, which this stores in one byte. */
export class VarintWriter {
  private bytes = new Uint8Array(1024);
  private length = 0;

  /** Appends a non-negative integer below 2^53. */
  write(value: number): void {
    if (this.length + 8 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.length++] = v;
  }

  /** Appends bytes as they are. */
  append(bytes: Uint8Array): void {
    while (this.length + bytes.length > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** The bytes written so far. */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Reads what a `VarintWriter` wrote, from `offset` up to `end`. */
export class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    public offset = 0,
    private readonly end = bytes.length,
  ) {}

  /** The next integer; throws at the end of the data, which means a truncated or foreign file. */
  read(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.offset >= this.end) throw new Error('Truncated search shard.');
      const byte = this.bytes[this.offset++] ?? 0;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  /** Whether everything was read. */
  get done(): boolean {
    return this.offset >= this.end;
  }
}
