exec 3> f3
echo to-three >&3
echo more >&3
exec 3>&-
cat f3
exec 4< f3
read line <&4; echo "read: $line"
read line <&4; echo "read: $line"
exec 4<&-
echo nope >&5
echo "st=$?"
