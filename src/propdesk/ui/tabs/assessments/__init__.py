"""The monthly assessment tab (月度考核)."""
