// Replaying a script on nslab exactly as the real kernel ran it, and comparing
// the two transcripts (browser-safe: used by `nslab verify`, the golden tests
// and, later, the playground).
//
// On the kernel, kernel-sandbox runs `bash /dev/fd/3` in a fresh network
// namespace (only a DOWN lo), stdin /dev/null, stdout and stderr merged in
// order. Here: a bare World, $0 = /dev/fd/3, stdin empty, both streams
// appended to one transcript in the order they were written.

import { World } from "../world/world.js";
import { maskOutput } from "./mask.js";
import { unifiedDiff } from "./diff.js";

export interface ReplayOptions {
  /** Seed of the world (MACs, ids...). Default 1, as the golden tests use. */
  seed?: number;
  /** Disable IPv6 in the initial namespace first, as `kernel-sandbox --no-ipv6` does. */
  noIpv6?: boolean;
}

export interface Transcript {
  /** stdout and stderr merged in order. */
  output: string;
  status: number;
}

/** What `kernel-sandbox --no-ipv6` runs before the script. */
export const NO_IPV6_SETUP = "sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1";

/** Runs `script` on a bare nslab world; stdout and stderr merged in order. */
export async function replayOnNslab(script: string, opts: ReplayOptions = {}): Promise<Transcript> {
  const world = new World({ bare: true, seed: opts.seed ?? 1 });
  if (opts.noIpv6) {
    const r = await world.run(NO_IPV6_SETUP, { scriptName: "kernel-sandbox" });
    if (r.status !== 0 || r.stdout || r.stderr) {
      return { output: `nslab: --no-ipv6 setup failed (${NO_IPV6_SETUP}):\n${r.stdout}${r.stderr}`, status: 125 };
    }
  }
  const parts: string[] = [];
  const r = await world.run(script, {
    scriptName: "/dev/fd/3",
    // kernel-sandbox runs `bash /dev/fd/3` from /tmp.
    cwd: "/tmp",
    onStdout: (t) => parts.push(t),
    onStderr: (t) => parts.push(t),
  });
  return { output: parts.join(""), status: r.status };
}

/**
 * The golden form of a run: its output, then `[exit N]` and a newline. The exit
 * line follows the output directly, so an output without a final newline stays
 * visible as `text[exit N]`.
 */
export function transcriptText(t: Transcript): string {
  return `${t.output}[exit ${t.status}]\n`;
}

/** The masked golden form of a run of `script`. */
export function maskedTranscript(t: Transcript, script: string): string {
  return maskOutput(transcriptText(t), { script });
}

export interface Comparison {
  identical: boolean;
  /** `diff -u` of the masked transcripts, labelled kernel and nslab; "" when identical. */
  diff: string;
}

/** Compares two masked transcripts. */
export function compareMasked(kernel: string, nslab: string): Comparison {
  return kernel === nslab ? { identical: true, diff: "" } : { identical: false, diff: unifiedDiff(kernel, nslab) };
}
