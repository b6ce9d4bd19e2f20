echo a
( echo b
