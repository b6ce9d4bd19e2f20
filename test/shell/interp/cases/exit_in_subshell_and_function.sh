f() { exit 3; }
( f ); echo "sub st=$?"
g() { ( exit 4 ); echo "in g st=$?"; }
g
f
echo not-reached
