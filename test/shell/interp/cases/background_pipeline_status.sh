false | true &
wait $!; echo "st=$?"
true | (exit 4) &
wait $!; echo "st=$?"
