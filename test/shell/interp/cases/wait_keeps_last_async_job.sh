# A bare `wait` forgets finished jobs except the one whose last process is $!
# when it had finished before the wait (bash's mark_dead_jobs_as_notified in
# a non-interactive shell), so the next job's number follows it; it clears the
# statuses of reaped processes (bgp_clear); the `+`/`-` jobs follow
# reset_current/set_current_job.
sleep 0.1 & p1=$!
sleep 0.1 & p2=$!
sleep 0.5
wait
jobs
wait $p1 2>/dev/null; echo "p1 $?"
wait $p2 2>/dev/null; echo "p2 $?"
(exit 3) & p3=$!
sleep 0.3
wait
sleep 2 &
jobs
kill %2 && echo "killed 2"
wait; echo "w $?"
wait $p3 2>/dev/null; echo "p3 $?"
sleep 0.05 & p4=$!
wait
wait $p4 2>/dev/null; echo "p4 $?"
sleep 0.05 &
sleep 1 &
sleep 0.3
jobs
kill %2; wait
