read -t 1 x < <(sleep 3; echo late)
echo "st=$?"
