# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by the comparison scripts: every process they compare is timed the same way, whole, from
# its start to its exit.

# The median of the numbers on standard input, one per line.
median_ms() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Runs "$@" $runs times (a variable of the caller), its output discarded; prints each wall time in
# milliseconds.
time_ms() {
    for _ in $(seq "$runs"); do
        local t0 t1
        t0=$(date +%s%N); "$@" > /dev/null; t1=$(date +%s%N)
        echo $(( (t1 - t0) / 1000000 ))
    done
}
