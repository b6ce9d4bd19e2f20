// Non-local exits of the interpreter. Loops and functions use flags on the
// shell (cheap and frequent); these exceptions unwind everything up to the
// shell's top level (or the subshell's), as bash's longjmp to top_level does.

/** `exit N`, `set -e` failures, `exec PROGRAM` finishing: the shell process ends with `status`. */
export class ExitShell {
  constructor(
    readonly status: number,
    /** exec replaced the shell: no EXIT trap. */
    readonly noTrap = false,
  ) {}
}

/**
 * An error that aborts the current command line: bad substitution, ${x:?},
 * set -u, arithmetic errors in $((…)), assignment to a readonly variable.
 * A non-interactive shell exits with `status`; an interactive one returns to
 * the prompt. The message has already been printed.
 */
export class FatalError {
  constructor(
    readonly status: number,
    /**
     * bash's FORCE_EOF jump (unbound variable under set -u, `${x?}`): the shell ends with status 1,
     * except at the top level of `bash -c`, whose run_one_command() answers 127 to that jump.
     */
    readonly forceEof = false,
  ) {}
}

/** A command limit or similar world bound was reached: every shell in the tree stops. */
export class StopRun {
  constructor(readonly status: number) {}
}

/**
 * bash's jump_to_top_level(DISCARD): an arithmetic error in $((…)), an
 * assignment to a readonly variable, too deep function nesting. The rest of
 * the current top-level line is dropped and the shell goes on with the next
 * one, `$?` = status (a subshell simply exits with it).
 */
export class DiscardLine {
  constructor(readonly status: number) {}
}
