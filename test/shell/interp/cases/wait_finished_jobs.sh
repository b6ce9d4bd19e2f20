# A job that exited on its own stays in a non-interactive shell's table until
# wait or jobs reports it (bash jobs.c notify_of_job_status); jobs prints
# "Exit N" outside posix mode.
sleep 0.1 &
sleep 0.1 &
sleep 0.3
wait %1; echo "rc1=$?"
wait %2; echo "rc2=$?"
(exit 3) &
sleep 0.1
jobs
wait %1; echo "rc3=$?"
(exit 4) &
sleep 0.1
wait $!; echo "rc4=$?"
(exit 5) &
sleep 0.1
echo y
wait %1; echo "rc5=$?"
wait %1; echo "rc6=$?"
sleep 5 &
kill -9 %1
sleep 0.1
wait %1; echo "rc7=$?"
