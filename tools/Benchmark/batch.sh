#!/bin/sh
# The real `build` on generated input (tools/SampleInput `synthetic`), once per N: prints N, wall
# time, CPU time (user + sys), per-unit wall and CPU, and peak memory (max RSS). Not a test:
# figures depend on the machine and its load, so the load average is printed with them.
#   tools/Benchmark/batch.sh [SEED] [N ...]        default: seed 1, N = 10 100 1000
# Inputs are generated once into $JB_BENCH (default /tmp/junebudget-bench) and reused: units 1..100
# distinct, every later unit one of them renamed (`synthetic … --shapes $JB_SHAPES`, default 100;
# 1,000 units in ~6 min instead of ~1 h of ClosedXML).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
seed=${1:-1}
[ $# -gt 0 ] && shift
sizes=${*:-10 100 1000}
work=${JB_BENCH:-/tmp/junebudget-bench}
mkdir -p "$work"

dotnet build -c Release "$root/pipeline" -v q -nologo >/dev/null
dotnet build -c Release "$root/tools/SampleInput" -v q -nologo >/dev/null
tool="$root/pipeline/bin/Release/net10.0/JuneBudget.dll"
generator="$root/tools/SampleInput/bin/Release/net10.0/JuneBudget.SampleInput.dll"

echo "commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
printf '%6s %9s %9s %12s %12s %10s   %s\n' N wall_s cpu_s wall_ms/unit cpu_ms/unit peak_MB load
for n in $sizes; do
  input="$work/seed$seed-n$n"
  [ -d "$input" ] || dotnet "$generator" synthetic "$seed" "$n" "$input" --shapes "${JB_SHAPES:-100}" >/dev/null
  output="$work/out-seed$seed-n$n"
  rm -rf "$output"
  load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
  # Exit 2 (validation findings) and 3 are results, not failures of the measurement.
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" dotnet "$tool" build --input "$input" --output "$output" >/dev/null 2>&1 || [ $? -le 3 ]
  read -r wall user sys rss < "$work/time"
  awk -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v l="$load" 'BEGIN {
    printf "%6d %9.2f %9.2f %12.1f %12.1f %10.0f   %s\n", n, w, u + s, 1000 * w / n, 1000 * (u + s) / n, m / 1024, l }'
done
