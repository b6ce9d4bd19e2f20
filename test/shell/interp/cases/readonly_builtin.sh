readonly A=1
echo $A
A=2
echo "not reached"
