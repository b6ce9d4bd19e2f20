sleep 0.1 &
p=$!
sleep 0.3 &
wait $p
echo "first: $?"
(sleep 0.1; exit 3) &
wait $!
echo "second: $?"
wait
echo all
