shopt nullglob extglob
shopt -s nullglob; shopt nullglob
shopt -q nullglob && echo on
shopt -u nullglob
shopt -s nosuchopt
echo "st=$?"
shopt -p xpg_echo
