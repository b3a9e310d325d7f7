"""Evaluation of ddnews output against gold annotations.

:mod:`ddnews.evaluation.score` is the project's shared scorer, vendored so that the quality gate runs from a
fresh clone (``python -m ddnews.evaluation.score --gold DIR --pred FILE.jsonl [--json] [--verbose]``).
"""
