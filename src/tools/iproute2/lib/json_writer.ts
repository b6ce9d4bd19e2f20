// lib/json_writer.c: the streaming JSON writer behind `ip -j` and `ip -j -p`,
// with its exact spacing (4-space indent, "[ {" and "} ]" when pretty).

export class JsonWriter {
  private depth = 0;
  private sep = "";
  private out: string[] = [];

  constructor(readonly pretty: boolean) {}

  take(): string {
    const s = this.out.join("");
    this.out = [];
    return s;
  }

  private put(s: string): void {
    this.out.push(s);
  }

  private indent(): void {
    for (let i = 0; i < this.depth; i++) this.put("    ");
  }

  private eol(): void {
    if (!this.pretty) return;
    this.put("\n");
    this.indent();
  }

  private eor(): void {
    if (this.sep) this.put(this.sep);
    this.sep = ",";
  }

  static quote(str: string): string {
    let s = '"';
    for (const c of str) {
      if (c === "\t") s += "\\t";
      else if (c === "\n") s += "\\n";
      else if (c === "\r") s += "\\r";
      else if (c === "\f") s += "\\f";
      else if (c === "\b") s += "\\b";
      else if (c === "\\") s += "\\\\";
      else if (c === '"') s += '\\"';
      else s += c;
    }
    return `${s}"`;
  }

  private begin(c: string): void {
    this.eor();
    this.put(c);
    this.depth++;
    this.sep = "";
  }

  private end(c: string): void {
    this.depth--;
    if (this.sep) this.eol();
    this.put(c);
    this.sep = ",";
  }

  name(n: string): void {
    this.eor();
    this.eol();
    this.sep = "";
    this.put(JsonWriter.quote(n));
    this.put(":");
    if (this.pretty) this.put(" ");
  }

  /** A raw value (number, true, null or a quoted string). */
  value(raw: string): void {
    this.eor();
    this.put(raw);
  }

  startObject(): void {
    this.begin("{");
  }

  endObject(): void {
    this.end("}");
  }

  startArray(): void {
    this.begin("[");
    if (this.pretty) this.put(" ");
  }

  endArray(): void {
    if (this.pretty && this.sep) this.put(" ");
    this.sep = "";
    this.end("]");
  }

  /** jsonw_destroy(): the final newline. */
  destroy(): void {
    this.put("\n");
  }
}
