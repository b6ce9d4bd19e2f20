// What an iptables extension is on the user-space side (struct xtables_match /
// xtables_target in libxtables): its options, how it parses them into the
// kernel's data, the final check, and how it prints itself for `-L` (print)
// and for `-S`/iptables-save (save). Extensions written with the xtoptions
// API (x6) get libxtables' generic checks and messages ("can only be used
// once", "cannot be inverted", "must be specified", "also requires",
// "cannot be used together with").

import type { Task } from "../../../kernel/task/task.js";
import type { IptIp } from "../../../uapi/x_tables.js";

export interface ExtOption {
  name: string;
  hasArg: boolean;
  /** Bit index in the flags word (xt_option_entry.id). */
  id: number;
  /** x6 flags */
  mand?: boolean;
  invert?: boolean;
  multi?: boolean;
  /** Ids this option needs, and ids it excludes (bit masks). */
  also?: number;
  excl?: number;
}

export interface ParseCall<D> {
  opt: ExtOption;
  arg: string;
  invert: boolean;
  data: D;
  /** Bit per option id seen so far (xflags / mflags). */
  flags: number;
  ip: IptIp;
  table: string;
  task: Task;
  /** The program's family (iptables 4, ip6tables 6), where the caller knows it. */
  family?: 4 | 6;
  /** For options with two arguments (--tcp-flags mask comp): the next argv word, consumed. */
  takeNext(): string | undefined;
  numericOutput: boolean;
  /** A warning on stderr (the parse goes on). */
  warn(text: string): void;
  /** Marks more option ids as seen (an x6_parse that sets cb->xflags itself, as HMARK's --hmark-tuple). */
  addFlags?(bits: number): void;
}

export interface FinalCall<D> {
  data: D;
  flags: number;
  ip: IptIp;
}

export interface XtExtension<D extends object = object> {
  kind: "match" | "target";
  name: string;
  /** The family it is built for (libipt_* 4, libip6t_* 6); both when absent (libxt_*). */
  family?: 4 | 6;
  /** Its part of `-h` ("NAME match options:..."), printed after the common help. */
  help?(): string;
  /** Other names -m accepts for it (libip6t_icmp6 is also "icmpv6"); messages use `name`. */
  aliases?: string[];
  revision: number;
  /** Shown by -S/save instead of the name (the "alias" hook), if the data says so. */
  alias?(data: D): string;
  options: ExtOption[];
  /** Generic xtoptions checks apply. */
  x6: boolean;
  init(ip: IptIp): D;
  parse(c: ParseCall<D>): void;
  final?(c: FinalCall<D>): void;
  /** -L text, starting with a space (or ""). */
  print(data: D, ip: IptIp, numeric: boolean, task: Task): string;
  /** -S text, starting with a space (or ""); `task` reads files (e.g. connlabel.conf) and takes warnings (ext/warnings.ts). */
  save(data: D, ip: IptIp, task?: Task): string;
  /** The name the kernel knows it by (state is sent as conntrack). */
  realName?: string;
  /** The part of the data -C/-D compare (the first `userspacesize` bytes); all of it when absent. */
  userspace?(data: D): object;
  /** Normalisation the nf_tables round trip applies before the rule is stored. */
  normalize?(data: D, ip: IptIp): D;
}
