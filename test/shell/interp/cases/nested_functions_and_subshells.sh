f() { g() { echo "g defined by f"; }; g; }
f; g
( h() { echo in-sub-h; }; h ); h 2>&1 | sed 's/.*: //'
echo $( f )
