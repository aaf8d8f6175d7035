"""Thin QGIS adapters: layers and features to and from pandas frames, styles, layouts, network."""
