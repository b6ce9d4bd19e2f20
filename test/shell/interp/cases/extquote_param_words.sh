# shopt extquote (default on): $'…' is decoded inside ${…} words within double quotes
out=$'a\nb\nc'
echo "[${out%%$'\n'*}]"
echo "[${out#*$'\n'}]"
echo "[${out%$'\n'*}]"
echo "[${out##*$'\n'}]"
nl=$'\n'
echo "[${out%%$nl*}]"
echo "[${out//$'\n'/,}]"
t=$'x\ty'; echo "[${t%$'\t'*}]"
case "$out" in *$'\n'*) echo multi;; esac
[[ $out == *$'\n'b* ]] && echo dbl
echo "[${u:-$'a\tb'}]" "[${u:-'lit'}]" "[${out:+$'q\n'}]"
echo "$'not decoded'" "[${out/$'\n'/ }]"
