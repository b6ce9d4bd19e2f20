// The nslab command. (Expanded by the CLI work: run, shell, verify.)
import { World } from "../index.js";
import { readFileSync } from "node:fs";

declare const __NSLAB_VERSION__: string;

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "--version") {
    process.stdout.write(`nslab ${__NSLAB_VERSION__}\n`);
    return 0;
  }
  if (argv[0] === "run") {
    const bare = argv.includes("--bare");
    const file = argv[argv.length - 1]!;
    const script = readFileSync(file === "-" ? 0 : file, "utf8");
    const w = new World({ bare });
    const r = await w.run(script, {
      scriptName: file,
      onStdout: (t) => process.stdout.write(t),
      onStderr: (t) => process.stderr.write(t),
    });
    return r.status;
  }
  process.stderr.write("usage: nslab run [--bare] FILE\n");
  return 2;
}

main(process.argv.slice(2)).then((c) => {
  process.exitCode = c;
});
