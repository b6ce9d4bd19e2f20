x=~; echo $x
y=a*b; echo "$y"
touch a1b; z=a*b; echo $z
w=$(echo 1 2); echo "$w"
v="$w"; echo "$v"
u=${w:-x}; echo $u
a=1 b=$a; echo $b
