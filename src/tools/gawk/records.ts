// Records and fields: RS (newline, one character, "" for paragraph mode, or
// a regex as gawk allows, setting RT) over a stream of chunks, and FS
// splitting (" " for blank runs, one literal character, or a regex).

import type { PosixRegex } from "../lib/regex/index.js";

export type ChunkSource = () => Promise<Uint8Array | null>;

export interface RsMode {
  kind: "char" | "para" | "regex";
  ch?: string;
  re?: PosixRegex;
}

export class RecordReader {
  private buf = "";
  private pos = 0;
  private eof = false;
  private dec = new TextDecoder();
  /** The terminator of the last record (RT). */
  rt = "";

  constructor(private readonly source: ChunkSource) {}

  private async fill(): Promise<boolean> {
    if (this.eof) return false;
    const c = await this.source();
    if (c === null) {
      this.buf = this.buf.slice(this.pos) + this.dec.decode();
      this.pos = 0;
      this.eof = true;
      return false;
    }
    this.buf = this.buf.slice(this.pos) + this.dec.decode(c, { stream: true });
    this.pos = 0;
    return true;
  }

  async next(rs: RsMode): Promise<string | null> {
    for (;;) {
      const r = this.tryNext(rs);
      if (r !== undefined) return r;
      if (!(await this.fill())) {
        const last = this.tryNext(rs);
        if (last !== undefined) return last;
        return null;
      }
    }
  }

  /** A record if one is complete in the buffer (or the rest at EOF); undefined to read more. */
  private tryNext(rs: RsMode): string | null | undefined {
    const buf = this.buf;
    if (rs.kind === "char") {
      const k = buf.indexOf(rs.ch!, this.pos);
      if (k >= 0) {
        const rec = buf.slice(this.pos, k);
        this.pos = k + 1;
        this.rt = rs.ch!;
        return rec;
      }
      if (!this.eof) return undefined;
      if (this.pos >= buf.length) return null;
      const rec = buf.slice(this.pos);
      this.pos = buf.length;
      this.rt = "";
      return rec;
    }
    if (rs.kind === "para") {
      // Skip leading newlines, then a record ends at a run of two or more newlines.
      let p = this.pos;
      while (p < buf.length && buf[p] === "\n") p++;
      if (p >= buf.length) {
        if (!this.eof) return undefined;
        this.pos = p;
        return null;
      }
      const m = /\n\n+/g;
      m.lastIndex = p;
      const hit = m.exec(buf);
      if (hit && (hit.index + hit[0].length < buf.length || this.eof)) {
        const rec = buf.slice(p, hit.index);
        this.pos = hit.index + hit[0].length;
        this.rt = hit[0];
        return rec;
      }
      if (!this.eof) return undefined;
      let rec = buf.slice(p);
      this.pos = buf.length;
      const trail = /\n+$/.exec(rec);
      this.rt = trail ? trail[0] : "";
      if (trail) rec = rec.slice(0, trail.index);
      return rec;
    }
    const m = rs.re!.exec(buf, this.pos);
    if (m && m.end > m.index && (m.end < buf.length || this.eof)) {
      const rec = buf.slice(this.pos, m.index);
      this.pos = m.end;
      this.rt = m.groups[0]!;
      return rec;
    }
    if (!this.eof) return undefined;
    if (this.pos >= buf.length) return null;
    const rec = buf.slice(this.pos);
    this.pos = buf.length;
    this.rt = "";
    return rec;
  }
}

export type Splitter = (s: string) => string[];

/** Builds the field splitter for FS (and paragraph mode, where newline also separates). */
export function makeSplitter(fs: string, para: boolean, regex: (src: string) => PosixRegex): Splitter {
  if (fs === " ") {
    return (s) => {
      const out: string[] = [];
      const n = s.length;
      let i = 0;
      for (;;) {
        while (i < n) {
          const c = s.charCodeAt(i);
          if (c !== 32 && c !== 9 && c !== 10) break;
          i++;
        }
        if (i >= n) return out;
        const start = i;
        while (i < n) {
          const c = s.charCodeAt(i);
          if (c === 32 || c === 9 || c === 10) break;
          i++;
        }
        out.push(s.slice(start, i));
      }
    };
  }
  if (fs.length === 1 && fs !== "\\") {
    if (para && fs !== "\n") {
      return (s) => (s === "" ? [] : s.split(/\n/).flatMap((l) => l.split(fs)));
    }
    return (s) => (s === "" ? [] : s.split(fs));
  }
  if (fs === "") {
    return (s) => [...s];
  }
  const re = regex(para ? `(${fs})|\n` : fs);
  return (s) => {
    if (s === "") return [];
    const out: string[] = [];
    let pos = 0;
    let from = 0;
    for (;;) {
      const m = re.exec(s, from);
      if (!m) break;
      if (m.end === m.index) {
        from = m.index + 1;
        if (from > s.length) break;
        continue;
      }
      out.push(s.slice(pos, m.index));
      pos = m.end;
      from = m.end;
    }
    out.push(s.slice(pos));
    return out;
  };
}
