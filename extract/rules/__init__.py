"""Extraction rules (being written in main)."""
