"""The numbers: plain Python/numpy/pandas, no Qt and no QGIS.

Every module here can be imported and tested without QGIS.
"""
