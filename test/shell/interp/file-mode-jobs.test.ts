// bash reading a script file keeps a background job that exited on its own
// in the job table until `wait` (or `jobs`) reports it, in functions,
// subshells and command substitutions alike; under `bash -c` (the mode the
// cases/ use) it is reaped at once (cases/wait_finished_jobs.sh). Expected
// text recorded from bash 5.2 on this machine with `bash script.sh 2>&1`
// (pids masked).
import { expect, it } from "vitest";
import { World } from "../../../src/index.js";

const script = `sleep 0.1 &
sleep 0.1 &
sleep 0.3
wait %1; echo "rc1=$?"
wait %2; echo "rc2=$?"
f() { (exit 6) & sleep 0.3; wait %1; echo "f rc=$?"; }
f
( (exit 7) & sleep 0.3; wait %1; echo "sub rc=$?" )
x=$( (exit 8) & sleep 0.3; wait %1; echo "cs rc=$?" ); echo "$x"
sleep 5 &
kill -9 %1
sleep 0.1
wait %1; echo "rc9=$?"
`;

const expected = `rc1=0
rc2=0
f rc=6
sub rc=7
cs rc=8
script.sh: line 12: PID Killed                  sleep 5
script.sh: line 13: wait: %1: no such job
rc9=127
[exit 0]
`;

/** Runs a script as bash reading the file script.sh: merged output, then `[exit N]`. */
async function runFile(text: string): Promise<string> {
  const w = new World({ bare: true });
  let merged = "";
  const r = await w.run(text, {
    scriptName: "script.sh",
    onStdout: (t) => (merged += t),
    onStderr: (t) => (merged += t),
  });
  return merged + `[exit ${r.status}]\n`;
}

it("keeps exited background jobs for wait when bash reads a file", async () => {
  expect((await runFile(script)).replace(/(: line \d+:) +\d+ /g, "$1 PID ")).toBe(expected);
});

// kill on such a job while it is still in the table: bash's kill_pid() skips
// its dead processes and succeeds silently; once `jobs` reported it, no such
// job (recorded like the test above; the `bash -c` side is cases/kill_done_jobs.sh).
const killScript = `sleep 0.1 &
sleep 0.3
kill %1; echo "rc=$?"
kill %1; echo "rc=$?"
jobs; echo "jobs rc=$?"
kill %1; echo "rc=$?"
sleep 0.1 | cat &
sleep 0.3
kill %+; echo "rc=$?"
wait
`;

const killExpected = `rc=0
rc=0
[1]+  Done                    sleep 0.1
jobs rc=0
script.sh: line 6: kill: %1: no such job
rc=1
rc=0
[exit 0]
`;

it("kills an exited job still in the table silently when bash reads a file", async () => {
  expect(await runFile(killScript)).toBe(killExpected);
});
