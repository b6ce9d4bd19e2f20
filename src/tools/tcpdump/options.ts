// tcpdump's command line: getopt_long with tcpdump 4.99's option string and
// long options, GNU-style permutation (options may follow the filter
// expression), and the exact diagnostics glibc's getopt prints.

export const VERSION_TEXT = "tcpdump version 4.99.3\nlibpcap version 1.10.3 (with TPACKET_V3)\nOpenSSL 3.0.19 27 Jan 2026\n";

export const USAGE_TEXT =
  VERSION_TEXT +
  "Usage: tcpdump [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]\n" +
  "\t\t[ -C file_size ] [ -E algo:secret ] [ -F file ] [ -G seconds ]\n" +
  "\t\t[ -i interface ] [ --immediate-mode ] [ -j tstamptype ]\n" +
  "\t\t[ -M secret ] [ --number ] [ --print ] [ -Q in|out|inout ]\n" +
  "\t\t[ -r file ] [ -s snaplen ] [ -T type ] [ --version ]\n" +
  "\t\t[ -V file ] [ -w file ] [ -W filecount ] [ -y datalinktype ]\n" +
  "\t\t[ --time-stamp-precision precision ] [ --micro ] [ --nano ]\n" +
  "\t\t[ -z postrotate-command ] [ -Z user ] [ expression ]\n";

// Short options: letter -> takes an argument.
const SHORT: Record<string, boolean> = {};
for (const m of "aAbB:c:C:dDeE:fF:G:hHi:Ij:JKlLm:M:nNOpqQ:r:s:StT:uUvV:w:W:xXy:Yz:Z:#".matchAll(/([A-Za-z#])(:?)/g)) {
  SHORT[m[1]!] = m[2] === ":";
}

const LONG: Array<[string, boolean, string]> = [
  ["buffer-size", true, "B"],
  ["list-interfaces", false, "D"],
  ["help", false, "h"],
  ["interface", true, "i"],
  ["monitor-mode", false, "I"],
  ["time-stamp-type", true, "j"],
  ["list-time-stamp-types", false, "J"],
  ["micro", false, "micro"],
  ["nano", false, "nano"],
  ["time-stamp-precision", true, "time-stamp-precision"],
  ["dont-verify-checksums", false, "K"],
  ["list-data-link-types", false, "L"],
  ["no-optimize", false, "O"],
  ["no-promiscuous-mode", false, "p"],
  ["direction", true, "Q"],
  ["snapshot-length", true, "s"],
  ["absolute-tcp-sequence-numbers", false, "S"],
  ["packet-buffered", false, "U"],
  ["linktype", true, "y"],
  ["immediate-mode", false, "immediate-mode"],
  ["debug-filter-parser", false, "Y"],
  ["relinquish-privileges", true, "Z"],
  ["count", false, "count"],
  ["fp-type", false, "fp-type"],
  ["number", false, "#"],
  ["print", false, "print"],
  ["version", false, "version"],
];

export interface ParsedArgs {
  /** Options in order: [key, argument]. */
  opts: Array<[string, string | undefined]>;
  /** Non-option words (the filter expression). */
  rest: string[];
}

/** getopt_long over argv[1..]; returns the diagnostic line on a bad option. */
export function getopt(argv: string[]): ParsedArgs | { error: string } {
  const opts: Array<[string, string | undefined]> = [];
  const rest: string[] = [];
  let i = 1;
  while (i < argv.length) {
    const a = argv[i]!;
    if (a === "--") {
      rest.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = a.slice(2, eq === -1 ? undefined : eq);
      const exact = LONG.find((l) => l[0] === name);
      const cands = exact ? [exact] : LONG.filter((l) => l[0].startsWith(name));
      if (cands.length === 0) return { error: `tcpdump: unrecognized option '${a}'\n` };
      if (cands.length > 1) {
        return { error: `tcpdump: option '--${name}' is ambiguous; possibilities:${cands.map((c) => ` '--${c[0]}'`).join("")}\n` };
      }
      const [lname, hasArg, key] = cands[0]!;
      if (!hasArg) {
        if (eq !== -1) return { error: `tcpdump: option '--${lname}' doesn't allow an argument\n` };
        opts.push([key, undefined]);
        i++;
        continue;
      }
      if (eq !== -1) {
        opts.push([key, a.slice(eq + 1)]);
        i++;
        continue;
      }
      if (i + 1 >= argv.length) return { error: `tcpdump: option '--${lname}' requires an argument\n` };
      opts.push([key, argv[i + 1]!]);
      i += 2;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      let k = 1;
      while (k < a.length) {
        const c = a[k]!;
        if (!(c in SHORT)) return { error: `tcpdump: invalid option -- '${c}'\n` };
        if (SHORT[c]) {
          if (k + 1 < a.length) {
            opts.push([c, a.slice(k + 1)]);
          } else {
            if (i + 1 >= argv.length) return { error: `tcpdump: option requires an argument -- '${c}'\n` };
            opts.push([c, argv[i + 1]!]);
            i++;
          }
          break;
        }
        opts.push([c, undefined]);
        k++;
      }
      i++;
      continue;
    }
    rest.push(a);
    i++;
  }
  return { opts, rest };
}
