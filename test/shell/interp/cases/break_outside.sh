break
continue
echo "st=$?"
for i in 1; do break 0; done
echo "st=$?"
