sleep 0.3 & sleep 0.1 &
wait -n
echo "first done $?"
wait
