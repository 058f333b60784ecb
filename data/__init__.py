"""The bundled reference tables (the CSV files beside this file).

Installed as the package `evcheck.bundled` (see pyproject.toml), so the tables travel inside every
install, wheel, --user or venv alike, and evcheck reads them with importlib.resources.
"""
