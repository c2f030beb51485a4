"""Respite-bed booking scheduler for Danish municipalities."""
