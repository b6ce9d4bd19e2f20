sleep 1 &
echo started
wait
echo done
