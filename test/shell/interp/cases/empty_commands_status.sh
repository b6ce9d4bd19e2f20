false
$empty
echo "st after empty expansion: $?"
false
x=1
echo "st after assignment: $?"
false; $(true); echo "st after comsub: $?"
