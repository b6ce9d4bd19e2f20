exec 3>out3
echo hello >&3
exec 3>&-
cat out3
exec 2>/dev/null
nosuchcommand
echo "st=$?"
