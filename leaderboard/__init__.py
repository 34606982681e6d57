"""Leaderboard: store, boards, export, CLI and page on top of extract/."""
