wait 999999
echo "st=$?"
wait %4
echo "st=$?"
wait
echo "st=$?"
