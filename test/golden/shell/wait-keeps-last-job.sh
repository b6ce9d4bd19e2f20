# File mode (bash reading a script): a bare wait keeps the finished $! job (its slot and status), see
# test/shell/interp/cases/wait_keeps_last_async_job.sh for the bash -c side.
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
