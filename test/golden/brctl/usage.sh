brctl; echo rc=$?
brctl foo; echo rc=$?
brctl addbr; echo rc=$?
brctl addif br0; echo rc=$?
brctl addbr "a/b"; echo rc=$?
brctl addbr abcdefghijklmnopq; echo rc=$?
brctl show
