sleep 0.1 &
wait
jobs
sleep 0.1 &
sleep 0.3
jobs
echo end
