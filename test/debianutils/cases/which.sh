which; echo "[$?]"; which ip nope cat; echo "[$?]"; which -a cat; which -x; echo "[$?]"; which -- cat; which sh bash
which /usr/bin/cat ./nope /; echo "[$?]"; mkdir d; touch d/prog; chmod +x d/prog; PATH=d:$PATH which prog; echo "[$?]"
touch noexec; which ./noexec; echo "[$?]"; which -ax 2>&1; echo "[$?]"; PATH=/usr/bin: which nope; echo "[$?]"
