set -- a b c
unset 1 2>&1
echo "$#"
shift 3; echo "$#"
shift; echo "st=$?"
