FUNCNEST=5
f() { f; }
f
echo "not reached"
