// `ssh -o Keyword=value`: the keywords scripts pass most, checked as
// ssh_config's parser checks them, with its messages ("command-line line 0:
// …"). Only what changes behaviour here is kept (User, Port, LogLevel,
// RequestTTY, BatchMode); the rest are accepted for their syntax only, as
// they concern keys, host-key checking and timeouts that a session without a
// real transport does not have.

export type OptionValue = "yesno" | "time" | "int" | "any" | readonly string[];

const KEYWORDS: Record<string, OptionValue> = {
  batchmode: "yesno",
  checkhostip: "yesno",
  compression: "yesno",
  forwardagent: "yesno",
  forwardx11: "yesno",
  identitiesonly: "yesno",
  passwordauthentication: "yesno",
  pubkeyauthentication: "yesno",
  tcpkeepalive: "yesno",
  exitonforwardfailure: "yesno",
  hashknownhosts: "yesno",
  stricthostkeychecking: ["yes", "no", "ask", "off", "accept-new"],
  requesttty: ["yes", "no", "force", "auto"],
  loglevel: ["quiet", "fatal", "error", "info", "verbose", "debug", "debug1", "debug2", "debug3"],
  addressfamily: ["any", "inet", "inet6"],
  connecttimeout: "time",
  serveraliveinterval: "time",
  serveralivecountmax: "int",
  connectionattempts: "int",
  user: "any",
  port: "any",
  userknownhostsfile: "any",
  globalknownhostsfile: "any",
  identityfile: "any",
  sendenv: "any",
  setenv: "any",
  hostname: "any",
};

export interface SshConfig {
  user?: string;
  port?: number;
  logLevel?: string;
  requestTty?: string;
}

/** Parses a port as a2port() does: 1..65535. */
export function a2port(s: string): number | undefined {
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= 65535 ? n : undefined;
}

/** Applies one -o argument; returns the error line to print (exit 255) or undefined. */
export function applyOption(arg: string, cfg: SshConfig): string | undefined {
  const m = /^\s*([A-Za-z0-9]+)(?:\s*=\s*|\s+)?(.*)$/.exec(arg);
  const keyword = (m?.[1] ?? arg).toLowerCase();
  const value = (m?.[2] ?? "").trim();
  const kind = KEYWORDS[keyword];
  if (!value) return `command-line line 0: no argument after keyword "${keyword}"\n`;
  if (kind === undefined) return `command-line: line 0: Bad configuration option: ${keyword}\n`;
  const v = value.toLowerCase();
  if (kind === "yesno" && v !== "yes" && v !== "no" && v !== "true" && v !== "false") {
    return `command-line line 0: unsupported option "${value}".\n`;
  }
  if (Array.isArray(kind) && !kind.includes(v)) return `command-line line 0: unsupported option "${value}".\n`;
  if (kind === "time" && !/^\d+[smhdwSMHDW]?$/.test(value)) return "command-line line 0: invalid time value.\n";
  if (kind === "int" && !/^\d+$/.test(value)) return `command-line line 0: Bad number '${value}'.\n`;
  if (keyword === "port") {
    const p = a2port(value);
    if (p === undefined) return `command-line line 0: Bad port '${value}'.\n`;
    cfg.port ??= p;
  }
  // The first value given for a keyword wins, as in ssh_config.
  if (keyword === "user") cfg.user ??= value;
  if (keyword === "loglevel") cfg.logLevel ??= v;
  if (keyword === "requesttty") cfg.requestTty ??= v;
  return undefined;
}
