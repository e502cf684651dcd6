"""Server-side benchmarks of the busiest pages: `make bench` (python -m benchmarks)."""
