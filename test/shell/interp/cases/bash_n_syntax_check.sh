printf 'echo hi\nif then\n' > bad.sh
bash -n bad.sh
echo "st=$?"
printf 'echo fine\n' > good.sh
bash -n good.sh
echo "st=$?"
bash -n -c 'for'
echo "st=$?"
