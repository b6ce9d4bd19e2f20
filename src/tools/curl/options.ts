// curl 7.88.1's command line, for the options offered here: short flags may be
// bundled (-sSL), a value may follow its letter (-ofile) or come next, long
// options take --opt VALUE or --opt=VALUE. Options and URLs may be mixed.

export interface CurlOpts {
  urls: string[];
  silent: boolean;
  showError: boolean;
  verbose: boolean;
  head: boolean;
  include: boolean;
  fail: boolean;
  /** -4/--ipv4: getaddrinfo(AF_INET), only an A question. */
  ipv4: boolean;
  /** -g/--globoff: URLs taken literally ([2001:db8::1] is no glob). The model never globs, so it changes nothing. */
  globoff: boolean;
  /** -0/--http1.0: the request line says HTTP/1.0 (--http1.1 sets it back). */
  http10: boolean;
  output?: string;
  maxTime?: number;
  connectTimeout?: number;
  writeOut?: string;
  method?: string;
  headers: string[];
  data?: string;
  userAgent?: string;
}

export type CurlParse = { kind: "ok"; o: CurlOpts } | { kind: "error"; text: string; status: number } | { kind: "help" } | { kind: "version" };

const SHORT_FLAGS: Record<string, keyof CurlOpts> = { s: "silent", S: "showError", v: "verbose", I: "head", i: "include", f: "fail", "4": "ipv4", g: "globoff", "0": "http10" };
const SHORT_VALUE: Record<string, string> = { o: "output", m: "max-time", w: "write-out", X: "request", H: "header", d: "data", A: "user-agent" };
const LONG_FLAGS: Record<string, keyof CurlOpts> = {
  silent: "silent",
  "show-error": "showError",
  verbose: "verbose",
  head: "head",
  include: "include",
  fail: "fail",
  ipv4: "ipv4",
  globoff: "globoff",
  "http1.0": "http10",
};
const LONG_VALUE = new Set(["output", "max-time", "write-out", "request", "header", "data", "user-agent", "connect-timeout", "data-raw", "url"]);
/** Short options curl has that take a value (so "-Q" alone "requires parameter"). */
const OTHER_SHORT_VALUE = new Set("bcCDeEFhKQrTuUxYyz".split(""));

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";

function setValue(o: CurlOpts, name: string, v: string): string | undefined {
  switch (name) {
    case "output":
      o.output = v;
      return;
    case "max-time":
    case "connect-timeout": {
      if (!/^\d+(\.\d+)?$/.test(v)) return `curl: option --${name}: expected a proper numerical parameter\n${TRY}`;
      if (name === "max-time") o.maxTime = Number(v);
      else o.connectTimeout = Number(v);
      return;
    }
    case "write-out":
      o.writeOut = v;
      return;
    case "request":
      o.method = v;
      return;
    case "header":
      o.headers.push(v);
      return;
    case "data":
    case "data-raw":
      o.data = o.data === undefined ? v : `${o.data}&${v}`;
      return;
    case "user-agent":
      o.userAgent = v;
      return;
    case "url":
      o.urls.push(v);
      return;
  }
  return undefined;
}

export function parseCurlArgs(argv: string[]): CurlParse {
  const o: CurlOpts = { urls: [], silent: false, showError: false, verbose: false, head: false, include: false, fail: false, ipv4: false, globoff: false, http10: false, headers: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--") && a.length > 2) {
      let name = a.slice(2);
      let val: string | undefined;
      const eq = name.indexOf("=");
      if (eq >= 0) {
        val = name.slice(eq + 1);
        name = name.slice(0, eq);
      }
      if (name === "help") return { kind: "help" };
      if (name === "version") return { kind: "version" };
      if (name === "http1.1") {
        o.http10 = false;
        continue;
      }
      const flag = LONG_FLAGS[name];
      if (flag) {
        (o as unknown as Record<string, boolean>)[flag] = true;
        continue;
      }
      if (LONG_VALUE.has(name)) {
        if (val === undefined) {
          if (i + 1 >= argv.length) return { kind: "error", text: `curl: option --${name}: requires parameter\n${TRY}`, status: 2 };
          val = argv[++i]!;
        }
        const err = setValue(o, name, val);
        if (err) return { kind: "error", text: err, status: 2 };
        continue;
      }
      return { kind: "error", text: `curl: option --${name}: is unknown\n${TRY}`, status: 2 };
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const f = SHORT_FLAGS[c];
        if (f) {
          (o as unknown as Record<string, boolean>)[f] = true;
          continue;
        }
        if (c === "h") return { kind: "help" };
        if (c === "V") return { kind: "version" };
        const long = SHORT_VALUE[c];
        if (long || OTHER_SHORT_VALUE.has(c)) {
          let val = a.slice(j + 1);
          if (!val) {
            if (i + 1 >= argv.length) return { kind: "error", text: `curl: option -${c}: requires parameter\n${TRY}`, status: 2 };
            val = argv[++i]!;
          }
          if (!long) return { kind: "error", text: `curl: option -${c}: is not offered here\n${TRY}`, status: 2 };
          const err = setValue(o, long, val);
          if (err) return { kind: "error", text: err.replace(`--${long}`, `-${c}`), status: 2 };
          break;
        }
        return { kind: "error", text: `curl: option -${c}: is unknown\n${TRY}`, status: 2 };
      }
      continue;
    }
    o.urls.push(a);
  }
  return { kind: "ok", o };
}

export { TRY };
