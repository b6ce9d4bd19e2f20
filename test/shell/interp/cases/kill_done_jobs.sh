# kill on a job that ended but was not yet reported (still in the table): without
# job control bash reading a file succeeds silently (kill_pid skips dead
# processes) until jobs/wait reported it (file-mode-jobs.test.ts); under
# bash -c, as here, the job is reaped at once: no such job.
sleep 0.1 &
sleep 0.3
echo a; true; echo b
kill %1; echo "rc=$?"
kill %1; echo "rc=$?"
jobs; echo "jobs rc=$?"
kill %1; echo "rc=$?"
sleep 0.1 | cat &
sleep 0.3
kill -9 %2; echo "rc=$?"
kill %+; echo "rc=$?"
sleep 0.1 &
sleep 0.3
kill %3; echo "rc=$?"
