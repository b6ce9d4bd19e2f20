// NODE_EXTRA_CA_CERTS, moved aside by the `nslab` launcher and put back.
//
// Node 20 reads and parses the CA file that NODE_EXTRA_CA_CERTS names at every
// start, before any script runs (on a machine that points it at the system
// bundle, /etc/ssl/certs/ca-certificates.crt, that is ~85 ms of CPU, more than
// nslab's own start). nslab never opens a TLS connection (its curl, wget and
// every other network tool are models inside the world), so the launcher
// (dist/nslab, scripts/build.mjs) starts node without the variable, passing
// its value as NSLAB_NODE_EXTRA_CA_CERTS; the command puts it back into
// process.env first thing, so the process's environment (what any child
// process would inherit) is the user's again. Nothing a user sees depends on
// it: a script's environment inside the world is the world's own
// (src/world/world.ts), and `nslab verify` gives the kernel run a fixed one.
// The one difference: when the variable names a file that cannot be read,
// node's start-up warning about it ("Ignoring extra certs from …") is no
// longer printed, as it is not needed.
//
// Started without the launcher (`node dist/nslab.mjs`, e.g. where there is no
// sh), the variable was never moved and this does nothing.

/** The name the launcher passes NODE_EXTRA_CA_CERTS's value under (reserved for it). */
export const SAVED_EXTRA_CA_CERTS = "NSLAB_NODE_EXTRA_CA_CERTS";

/** Puts NODE_EXTRA_CA_CERTS back as the user set it, if the launcher moved it aside. */
export function restoreHostEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  const saved = env[SAVED_EXTRA_CA_CERTS];
  if (saved === undefined) return;
  delete env[SAVED_EXTRA_CA_CERTS];
  env.NODE_EXTRA_CA_CERTS = saved;
}
