for i in 1 2; do echo $i; done > loop.out
cat loop.out
while read l; do echo "<$l>"; done < loop.out
if true; then echo if-out; fi >> loop.out
tail -1 loop.out
f() { echo func-out; }
f > fo; cat fo
