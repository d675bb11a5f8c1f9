"""The performance suite (``python -m benchmarks``): P1–P9 as ratios to same-run baselines."""
