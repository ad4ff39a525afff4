"""Atheris fuzz harnesses for every newsparse entry point, and the checks they share with tests."""
