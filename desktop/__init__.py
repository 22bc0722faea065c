"""ZonePlanner — 开发区集群对标规划助手."""

__version__ = "0.1.0"
