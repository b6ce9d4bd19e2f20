s="hello"
a=(1 22 333)
echo ${#s} ${#a[@]} ${#a[1]} ${#a}
unset n; echo ${#n}
s="héllo"; echo ${#s}
