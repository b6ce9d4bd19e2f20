x=1
{ x=2; echo in-group $x; }
echo $x
( x=3; echo in-sub $x )
echo $x
( exit 5 ); echo $?
{ echo a; echo b; } | cat
(cd /; pwd); pwd >/dev/null
