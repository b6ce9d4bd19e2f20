nosuch_cmd
echo "st=$?"
nosuch_cmd arg 2>/dev/null || echo "failed $?"
./nosuch
echo "st=$?"
/etc
echo "st=$?"
