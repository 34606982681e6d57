# The page runs its script on import; it is tested through AppTest (tests/test_app.py),
# not collected for doctests.
collect_ignore = ["leaderboard/app.py"]
