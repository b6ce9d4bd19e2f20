printf '1\n2\n3\n4\n' > nums
{ read a; read b; cat; } < nums
exec 5< nums
read x <&5; read y <&5
echo "$x $y"
head -1 <&5
