// Helpers shared by the builtins: option parsing as bash's internal_getopt
// does it (clustered letters, option arguments, `--`), and the standard
// "invalid option" / usage messages.

import type { Shell } from "../interpreter.js";

export interface ParsedOpts {
  flags: Map<string, string | true>;
  /** Flags given with + instead of - (declare +x, set +e). */
  plus: Set<string>;
  args: string[];
}

/**
 * Parses leading options. `spec` lists letters; a letter followed by ':' takes
 * an argument. Returns undefined after printing the error and usage (status 2).
 */
export function getopts(
  sh: Shell,
  name: string,
  argv: string[],
  spec: string,
  usage?: string,
  allowPlus = false,
): ParsedOpts | undefined {
  const flags = new Map<string, string | true>();
  const plus = new Set<string>();
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (a.length < 2 || (a[0] !== "-" && !(allowPlus && a[0] === "+"))) break;
    if (a === "-" || a === "+") break;
    const isPlus = a[0] === "+";
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      const k = spec.indexOf(c);
      if ((k < 0 || c === ":") && sh.dialect === "dash") {
        sh.errorLine(`${name}: Illegal option ${isPlus ? "+" : "-"}${c}`);
        return undefined;
      }
      if (k < 0 || c === ":") {
        sh.errorLine(`${name}: ${isPlus ? "+" : "-"}${c}: invalid option`);
        if (usage) sh.writeSync(2, `${name}: usage: ${usage}\n`);
        return undefined;
      }
      if (spec[k + 1] === ":") {
        let v = a.slice(j + 1);
        if (!v) {
          if (i + 1 >= argv.length) {
            sh.errorLine(`${name}: -${c}: option requires an argument`);
            if (usage) sh.writeSync(2, `${name}: usage: ${usage}\n`);
            return undefined;
          }
          v = argv[++i]!;
        }
        flags.set(c, v);
        break;
      }
      if (isPlus) plus.add(c);
      else flags.set(c, true);
    }
  }
  return { flags, plus, args: argv.slice(i) };
}

export const USAGE: Record<string, string> = {
  declare: "declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]",
  typeset: "typeset [-aAfFgiIlnrtux] name[=value] ... or typeset -p [-aAfFilnrtux] [name ...]",
  local: "local [option] name[=value] ...",
  export: "export [-fn] [name[=value] ...] or export -p",
  readonly: "readonly [-aAf] [name[=value] ...] or readonly -p",
  unset: "unset [-f] [-v] [-n] [name ...]",
  read: "read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]",
  cd: "cd [-L|[-P [-e]] [-@]] [dir]",
  pwd: "pwd [-LP]",
  type: "type [-afptP] name [name ...]",
  hash: "hash [-lr] [-p pathname] [-dt] [name ...]",
  trap: "trap [-lp] [[arg] signal_spec ...]",
  kill: "kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]",
  wait: "wait [-fn] [-p var] [id ...]",
  jobs: "jobs [-lnprs] [jobspec ...] or jobs -x command [args]",
  shift: "shift [n]",
  set: "set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]",
  shopt: "shopt [-pqsu] [-o] [optname ...]",
  command: "command [-pVv] command [arg ...]",
  getopts: "getopts optstring name [arg ...]",
  umask: "umask [-p] [-S] [mode]",
  alias: "alias [-p] [name[=value] ... ]",
  unalias: "unalias [-a] name [name ...]",
  exec: "exec [-cl] [-a name] [command [argument ...]] [redirection ...]",
  mapfile: "mapfile [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]",
  readarray: "readarray [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]",
  source: "source filename [arguments]",
  ".": ". filename [arguments]",
  let: "let arg [arg ...]",
  printf: "printf [-v var] format [arguments]",
  return: "return [n]",
  exit: "exit [n]",
  break: "break [n]",
  continue: "continue [n]",
  eval: "eval [arg ...]",
  builtin: "builtin [shell-builtin [arg ...]]",
  pushd: "pushd [-n] [+N | -N | dir]",
  popd: "popd [-n] [+N | -N]",
  dirs: "dirs [-clpv] [+N] [-N]",
  disown: "disown [-h] [-ar] [jobspec ... | pid ...]",
  times: "times",
  caller: "caller [expr]",
  fg: "fg [job_spec]",
  bg: "bg [job_spec ...]",
  ulimit: "ulimit [-SHabcdefiklmnpqrstuvxPRT] [limit]",
  history: "history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]",
  enable: "enable [-a] [-dnps] [-f filename] [name ...]",
  help: "help [-dms] [pattern ...]",
};

/** Parses a shell integer argument (for exit/return/shift/break); undefined if not numeric. */
export function intArg(s: string): number | undefined {
  if (!/^\s*[-+]?\d+\s*$/.test(s)) return undefined;
  return Number(s.trim());
}
