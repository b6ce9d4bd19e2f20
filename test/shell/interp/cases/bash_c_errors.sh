bash -c 'nosuch' NAME
bash -c 'echo ${x:?boom}' NAME2
echo "st=$?"
bash -c 'exit 9'; echo "st=$?"
bash -c 'echo $((1+))' N3; echo "st=$?"
