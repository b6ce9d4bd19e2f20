ls nosuchfile > out.txt 2>&1; cat out.txt | sed 's/^ls: //'
ls nosuchfile 2>&1 > out2.txt | sed 's/^ls: //'
cat out2.txt; echo "[empty]"
