// lib/json_print.c: one set of print_* calls that writes text (PRINT_FP) or JSON
// (PRINT_JSON) or whichever is active (PRINT_ANY), so `ip` and `ip -j` come from
// the same printer. An IpOut collects a command's stdout; flush() hands what
// has accumulated to the process's stdout (iproute2 fflush()es after each link).

import { JsonWriter } from "./json_writer.js";
import { sprintf } from "./printf.js";

export type PrintType = "ANY" | "FP" | "JSON";

/** lib/color.c's attributes (light-background palette: COLORFGBG unset). */
export type IpColor = "none" | "ifname" | "mac" | "inet" | "inet6" | "up" | "down";
const COLOR_CODES: Record<Exclude<IpColor, "none">, string> = { ifname: "36", mac: "33", inet: "35", inet6: "34", up: "32", down: "31" };

/** ifa_family_color() */
export function familyColor(family: number): IpColor {
  return family === 2 ? "inet" : family === 10 ? "inet6" : "none";
}

export class IpOut {
  private buf: string[] = [];
  jw?: JsonWriter;
  /** "\\" with -oneline, else "\n" (_SL_). */
  sl = "\n";
  /** lib/color.c: -c[olor][=always] outside JSON; text fields given a colour are wrapped in its escape. */
  color = false;
  /** ip.c's human_readable and use_iec globals (-h[uman-readable], -iec), read by print_num() and size_columns(). */
  humanReadable = false;
  useIec = false;

  constructor(private readonly write: (s: string) => Promise<void>) {}

  get isJson(): boolean {
    return this.jw !== undefined;
  }

  raw(s: string): void {
    this.buf.push(s);
  }

  async flush(): Promise<void> {
    const s = this.take();
    if (s) await this.write(s);
  }

  /** What flush() writes, taken out of the buffer (ip's runAlone writes it itself). */
  take(): string {
    if (this.jw) this.buf.push(this.jw.take());
    const s = this.buf.join("");
    this.buf = [];
    return s;
  }

  /**
   * A fully buffered stdio stream with no fflush: only whole `block`-sized
   * parts of what is pending are written (what a program killed before its
   * exit leaves unwritten is lost, as with glibc's stdout on a pipe).
   */
  async flushBlocks(block: number): Promise<void> {
    const s = this.take();
    const n = s.length - (s.length % block);
    if (n < s.length) this.buf.push(s.slice(n));
    if (n) await this.write(s.slice(0, n));
  }

  /** new_json_obj(json): a JSON array around everything when -j. */
  newJsonObj(json: boolean, pretty: boolean): void {
    if (!json) return;
    this.jw = new JsonWriter(pretty);
    this.jw.startArray();
  }

  deleteJsonObj(): void {
    if (!this.jw) return;
    this.jw.endArray();
    this.jw.destroy();
    this.buf.push(this.jw.take());
    this.jw = undefined;
  }

  private jsonCtx(t: PrintType): boolean {
    return this.jw !== undefined && (t === "ANY" || t === "JSON");
  }

  private fpCtx(t: PrintType): boolean {
    return this.jw === undefined && (t === "ANY" || t === "FP");
  }

  openObject(key: string | null): void {
    if (!this.jw) return;
    if (key) this.jw.name(key);
    this.jw.startObject();
  }

  closeObject(): void {
    this.jw?.endObject();
  }

  openArray(t: PrintType, str: string | null): void {
    if (this.jsonCtx(t)) {
      if (str) this.jw!.name(str);
      this.jw!.startArray();
    } else if (this.fpCtx(t) && str !== null) this.raw(str);
  }

  closeArray(t: PrintType, str: string): void {
    if (this.jsonCtx(t)) this.jw!.endArray();
    else if (this.fpCtx(t)) this.raw(str);
  }

  private field(key: string | null, rawJson: string): void {
    // print_*(): a NULL key is a bare value; any other, even "", names a field.
    if (key !== null) this.jw!.name(key);
    this.jw!.value(rawJson);
  }

  string(t: PrintType, key: string | null, fmt: string | null, value: string | null): void {
    if (this.jsonCtx(t)) this.field(key, value === null ? "null" : JsonWriter.quote(value));
    else if (this.fpCtx(t) && fmt !== null) this.raw(value === null ? fmt : sprintf(fmt, value));
  }

  /** print_color_string(): as string(), the text wrapped in the colour's escape when colour is on. */
  cstring(t: PrintType, color: IpColor, key: string | null, fmt: string, value: string): void {
    if (this.jsonCtx(t)) this.field(key, JsonWriter.quote(value));
    else if (this.fpCtx(t)) {
      const text = sprintf(fmt, value);
      this.raw(this.color && color !== "none" ? `\x1b[${COLOR_CODES[color]}m${text}\x1b[0m` : text);
    }
  }

  int(t: PrintType, key: string | null, fmt: string, value: number): void {
    if (this.jsonCtx(t)) this.field(key, String(value));
    else if (this.fpCtx(t)) this.raw(sprintf(fmt, value));
  }

  uint(t: PrintType, key: string | null, fmt: string, value: number): void {
    this.int(t, key, fmt, value);
  }

  hex(t: PrintType, key: string | null, fmt: string, value: number): void {
    if (this.jsonCtx(t)) this.field(key, JsonWriter.quote(value.toString(16)));
    else if (this.fpCtx(t)) this.raw(sprintf(fmt, value));
  }

  /** print_float(): JSON has the value as "%g" prints a double; the text `fmt` gets it with `decimals` places ("%.03f"). */
  float(t: PrintType, key: string | null, fmt: string, value: number, decimals: number): void {
    if (this.jsonCtx(t)) this.field(key, formatDoubleG(value));
    else if (this.fpCtx(t)) this.raw(sprintf(fmt, value.toFixed(decimals)));
  }

  bool(t: PrintType, key: string, fmt: string, value: boolean): void {
    if (this.jsonCtx(t)) this.field(key, value ? "true" : "false");
    else if (this.fpCtx(t)) this.raw(fmt.replace("%s", value ? "true" : "false"));
  }

  /** print_on_off(): a JSON bool, or "on"/"off" in the text. */
  onOff(t: PrintType, key: string, fmt: string, value: boolean): void {
    if (this.jsonCtx(t)) this.field(key, value ? "true" : "false");
    else if (this.fpCtx(t)) this.raw(sprintf(fmt, value ? "on" : "off"));
  }

  null(t: PrintType, key: string, fmt: string): void {
    if (this.jsonCtx(t)) this.field(key, "null");
    else if (this.fpCtx(t)) this.raw(fmt);
  }

  /** print_nl(): a line break in text mode (or "\\" with -o). */
  nl(): void {
    if (!this.jw) this.raw(this.sl);
  }
}

/** printf("%g") of a double: six significant digits, no trailing zeros, a two-digit exponent at least. */
export function formatDoubleG(v: number): string {
  if (v === 0) return "0";
  const exp = Number(v.toExponential(5).split("e")[1]);
  if (exp < -4 || exp >= 6) return v.toExponential(5).replace(/\.?0+e/, "e").replace(/e([+-])(\d)$/, "e$10$2");
  return v.toFixed(Math.max(0, 5 - exp)).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
}
