f() { return 3; }
f; echo $?
g() { false; }
g; echo $?
h() { true; return; }
h; echo $?
r() { (exit 42); return; }
r; echo $?
