{ echo out; echo err >&2; } |& cat
ls /nonexistent |& sed 's/^ls: //'
