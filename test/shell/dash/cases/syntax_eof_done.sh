while false; do
