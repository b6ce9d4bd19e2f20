echo a
{ echo b
