sleep 10 &
kill $!
wait $!
echo "st=$?"
sleep 10 &
kill -9 %1
wait %1
echo "st=$?"
sleep 10 &
kill -s INT $!
kill -TERM %1
wait
echo end
