x=1
{ x=2; echo "bg x=$x"; } &
wait
echo "fg x=$x"
(exit 3) &
wait $!; echo "st=$?"
