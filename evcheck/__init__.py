"""evcheck: checks the numbers in automotive and EV market news.

The pipeline, one package a layer, data flowing one way:
read → extract → relate → tables → rules → report.
"""

__version__ = "0.1.0"
