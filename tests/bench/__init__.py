"""Benchmarks (``make bench``): each figure is printed as a ratio against a floor measured in the same run."""
