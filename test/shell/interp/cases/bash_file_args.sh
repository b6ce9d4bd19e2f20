printf 'echo "0=$0 1=$1 #=$#"\nnosuch\nexit 4\n' > f.sh
bash f.sh arg1 arg2
echo "st=$?"
bash ./nofile.sh
echo "st=$?"
bash -c 'bash "$@"' x f.sh q
