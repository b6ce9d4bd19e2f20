trap 'echo got USR1' USR1
( sleep 0.2; kill -USR1 $$ ) &
sleep 1 &
wait $!
echo "wait returned $?"
wait
