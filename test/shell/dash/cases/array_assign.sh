echo before
a=(1 2)
