"""Claimboard's leaderboards: from claims to what users see."""
