"""Précis: language, extractive summary and key actors of a news article, offline.

`analyse()` is the NLP core (no Flask); `create_app()` builds the HTTP service around it. Flask is only
imported when `create_app` is first used, so the core stays importable without the web layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from .pipeline import Analysis, AnalysisError, analyse

if TYPE_CHECKING:
    from .api import create_app

__all__ = ["Analysis", "AnalysisError", "__version__", "analyse", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .api import create_app

        return create_app
    raise AttributeError(name)
