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

it("keeps exited background jobs for wait when bash reads a file", async () => {
  const w = new World({ bare: true });
  let merged = "";
  const r = await w.run(script, {
    scriptName: "script.sh",
    onStdout: (t) => (merged += t),
    onStderr: (t) => (merged += t),
  });
  expect(merged.replace(/(: line \d+:) +\d+ /g, "$1 PID ") + `[exit ${r.status}]\n`).toBe(expected);
});
