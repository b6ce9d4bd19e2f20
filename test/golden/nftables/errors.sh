# nft's syntax errors (command line and -f file, carets under tabs kept),
# missing tables of other families, unknown options.
nft list foo; echo rc=$?
nft list table inet x; echo rc=$?
nft bogus; echo rc=$?
printf 'table ip filter {\n\tchain INPUT {\n\t\tbogus\n\t}\n}\n' > f.nft
nft -f f.nft; echo rc=$?
nft add table ip t1; echo rc=$?
nft list tables; echo rc=$?
nft list table ip t1; echo rc=$?
nft delete table ip t1; echo rc=$?
nft list tables; echo rc=$?
nft -x; echo rc=$?
