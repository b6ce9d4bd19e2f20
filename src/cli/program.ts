// The command line: `nslab run`, `nslab shell`, `nslab verify`, --help,
// --version. commander parses our own options; every mistake becomes one line
// `nslab: …` with a hint and exit status 2, never commander's default exit 1.

import { Command, CommanderError, InvalidArgumentError } from "commander";
import { UsageError } from "./errors.js";
import { markTerminalInUse } from "./exit.js";
import { loadWorld } from "./world-loader.js";

declare const __NSLAB_VERSION__: string;
/** Set by the esbuild bundle; "dev" when run from source (tsx). */
export const VERSION = typeof __NSLAB_VERSION__ === "string" ? __NSLAB_VERSION__ : "dev";

function parseSeed(v: string): number {
  // The RNG takes a 32-bit seed; anything else is refused, not silently wrapped.
  if (!/^\d+$/.test(v) || Number(v) > 0xffffffff) {
    throw new InvalidArgumentError("expected an integer from 0 to 4294967295.");
  }
  return Number(v);
}

/** The top-level help: every command and option on one screen. */
const MAIN_HELP = `Usage: nslab <command> [options]

The Linux container-networking stack, emulated: network namespaces, veth,
bridges, routing and netfilter, driven by the real commands (ip, brctl, ping,
iptables, ...) in virtual time. The same script and seed give the same bytes.

Commands:
  nslab run [--bare] [--seed N] FILE|- [ARG...]
        run a bash script in a fresh world; '-' reads it from stdin;
        the ARGs become $1, $2, ...
  nslab run --hosts a,b,c [--seed N] FILE|- [ARG...]
        several hosts, each eth0 on one LAN switch and host number i
        (from 0) at 10.0.0.(i+1)/24; the script runs on the first host,
        'ssh b CMD' runs CMD on b
  nslab run --topology FILE.yaml [--seed N] FILE|- [ARG...]
        hosts, NICs, addresses, links (delay, loss, rate) and switches
        from a topology file; its startup scripts run first, then the
        script on the first host
  nslab shell [--bare] [--seed N]
        an interactive bash in a fresh world; Ctrl-D or 'exit' leaves
  nslab verify SCRIPT...
        replay scripts on nslab and compare with the real kernel's output
        ('nslab verify --help' lists its options)

Options:
  --bare         a bare host: only a DOWN lo, as 'unshare --net' gives
  --seed N       seed of the world's random numbers (MACs, ids...); default 1
  -h, --help     print this help; 'nslab COMMAND --help' for one command
  -V, --version  print the version

Exit status:
  N     run and shell exit with the script's (or shell's) own status
  2     bad usage, or the script cannot be read
  124   every process in the world waits for something that never comes
  125   a world limit was reached (events, commands, processes, bytes)
  70    internal error in nslab (please report it)
`;

interface WorldFlags {
  bare?: boolean;
  seed: number;
  hosts?: string;
  topology?: string;
}

/** Parses argv (without node and the script) and runs the command; resolves to the exit status. */
export async function runCli(argv: string[]): Promise<number> {
  let status = 0;

  const program = new Command("nslab");
  const configure = (cmd: Command, helpName: string): Command =>
    cmd
      .exitOverride((err: CommanderError) => {
        const hint = `Try '${helpName} --help' for more information.`;
        if (err.code === "commander.helpDisplayed" || err.code === "commander.version") throw err;
        // commander shows help on stderr (suppressed below) when no command was given.
        if (err.code === "commander.help") throw new UsageError("no command given (run, shell or verify)", hint);
        throw new UsageError(commanderText(err.message), hint);
      })
      // Errors and help-on-error are printed by us, as one line.
      .configureOutput({ outputError: () => {}, writeErr: () => {} })
      .showSuggestionAfterError(true);

  configure(program, "nslab")
    .usage("<command> [options]")
    .version(`nslab ${VERSION}`, "-V, --version", "print the version and exit")
    .helpOption("-h, --help", "print this help and exit")
    .enablePositionalOptions()
    .helpCommand(false);
  program.helpInformation = () => MAIN_HELP;

  const worldOptions = (cmd: Command) =>
    cmd
      .option("--bare", "start from a bare host: only a DOWN lo, as `unshare --net` gives")
      .option("--seed <n>", "seed of the world's random numbers (MACs, ids, ports)", parseSeed, 1);

  const run = configure(program.command("run"), "nslab run")
    .description("run a bash script in a fresh world; '-' reads the script from stdin")
    .usage("[--bare] [--seed N] FILE|- [ARG...]")
    .argument("<file>", "the script, or - for standard input")
    .argument("[args...]", "positional parameters $1... of the script")
    .passThroughOptions();
  worldOptions(run)
    .option("--hosts <a,b,c>", "several hosts on one LAN (eth0 at 10.0.0.1/24, 10.0.0.2/24, ...); the script runs on the first")
    .option("--topology <file.yaml>", "hosts, NICs, links and switches from a topology file")
    .action(async (file: string, args: string[], o: WorldFlags) => {
      const hint = "Try 'nslab run --help' for more information.";
      if (o.hosts !== undefined && o.topology !== undefined) throw new UsageError("--hosts and --topology cannot be used together", hint);
      if (o.bare && (o.hosts !== undefined || o.topology !== undefined)) {
        throw new UsageError(`--bare and --${o.hosts !== undefined ? "hosts" : "topology"} cannot be used together`, hint);
      }
      const { runCommand, parseHostList } = await loadWorld();
      const hosts = o.hosts === undefined ? undefined : parseHostList(o.hosts);
      status = await runCommand(file, args, { bare: !!o.bare, seed: o.seed, hosts, topology: o.topology });
    });

  const shell = configure(program.command("shell"), "nslab shell")
    .description("an interactive bash in a fresh world (Ctrl-D or exit leaves)")
    .usage("[--bare] [--seed N]");
  worldOptions(shell).action(async (o: WorldFlags) => {
    const { shellCommand } = await loadWorld();
    markTerminalInUse();
    status = await shellCommand({ bare: !!o.bare, seed: o.seed });
  });

  configure(program.command("verify"), "nslab verify")
    .description("replay scripts on nslab and compare with what the real kernel printed")
    .usage("SCRIPT...  (see 'nslab verify --help')")
    .argument("[args...]")
    .helpOption(false)
    .allowUnknownOption(true)
    .passThroughOptions()
    .action(async (args: string[]) => {
      const { runVerify } = await import("./verify.js");
      status = await runVerify(args, {
        stdout: (t: string) => void process.stdout.write(t),
        stderr: (t: string) => void process.stderr.write(t),
      });
    });

  if (argv.length === 0) {
    throw new UsageError("no command given (run, shell or verify)", "Try 'nslab --help' for more information.");
  }
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    throw e;
  }
  return status;
}

/** commander says "error: unknown option '--frob'\n(Did you mean --bare?)"; we say it on one line. */
function commanderText(message: string): string {
  return message
    .replace(/^error: /, "")
    .replace(/\n\(Did you mean (.*)\?\)$/, " (did you mean $1?)")
    .replace(/\n/g, " ");
}
