/** Unsigned LEB128 integers: postings are mostly small gaps, which this stores in one byte. */
export class VarintWriter {
  private bytes: Uint8Array;
  private length = 0;

  /** `capacity`: the bytes expected, when known, so that they are not copied while growing. */
  constructor(capacity = 1024) {
    this.bytes = new Uint8Array(Math.max(16, capacity));
  }

  /** Makes room for `more` bytes. */
  private reserve(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + more));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Appends a non-negative integer below 2^53. */
  write(value: number): void {
    this.reserve(8);
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.length++] = v;
  }

  /** Appends bytes as they are. */
  append(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** How many bytes are written so far. */
  get size(): number {
    return this.length;
  }

  /** The bytes written so far. */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Reads what a `VarintWriter` wrote, from `offset` up to `end`. */
export class VarintReader {
  constructor(
    private readonly data: Uint8Array,
    public offset = 0,
    private readonly end = data.length,
  ) {}

  /** The next integer; throws at the end of the data, which means a truncated or foreign file. */
  read(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.offset >= this.end) throw new Error('Truncated search shard.');
      const byte = this.data[this.offset++] ?? 0;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  /** Passes over the next `count` integers without decoding them. */
  skip(count: number): void {
    let at = this.offset;
    for (let c = 0; c < count; c++) while ((this.data[at++] ?? 0) >= 0x80);
    if (at > this.end) throw new Error('Truncated search shard.');
    this.offset = at;
  }

  /** The next `length` bytes as they were appended (`VarintWriter.append`). */
  bytes(length: number): Uint8Array {
    if (this.offset + length > this.end) throw new Error('Truncated search shard.');
    const bytes = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return bytes;
  }

  /** Whether everything was read. */
  get done(): boolean {
    return this.offset >= this.end;
  }
}
