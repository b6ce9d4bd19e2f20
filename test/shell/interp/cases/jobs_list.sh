sleep 10 &
sleep 20 | cat &
jobs
jobs -p | wc -l
kill %1 %2
wait
echo killed
jobs
