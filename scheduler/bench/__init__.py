"""The benchmark behind ``respite bench``: greedy against CP-SAT on generated scenarios.

``runner`` runs every (size, seed, method) in a child process of its own (``child``) so that
its peak memory is that run's alone; ``measurements`` turns a solve into one flat row;
``results`` reads and writes ``results.csv``; ``table`` prints the medians; ``plot`` draws
``results.png``; ``machine`` records where it ran.
"""
